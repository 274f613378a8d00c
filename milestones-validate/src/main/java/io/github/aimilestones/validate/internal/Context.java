package io.github.aimilestones.validate.internal;

import io.github.aimilestones.data.RecordKind;
import io.github.aimilestones.data.SourceMap;
import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.validate.Rule;
import io.github.aimilestones.validate.ValidationConfig;
import java.time.LocalDate;

/** What every catalog check sees, and the sink it reports to: findings on fields of records. */
final class Context {

    private final Catalog catalog;
    private final LocalDate today;
    private final ValidationConfig config;
    private final FindingSink<SourceMap.Field> sink;

    Context(Catalog catalog, LocalDate today, ValidationConfig config) {
        this.catalog = catalog;
        this.today = today;
        this.config = config;
        this.sink = new FindingSink<>(config);
    }

    /** The catalog under check. */
    Catalog catalog() {
        return catalog;
    }

    /** Today, from the validator's clock. */
    LocalDate today() {
        return today;
    }

    /** The configuration. */
    ValidationConfig config() {
        return config;
    }

    /** Whether a rule is on; checks skip expensive work for rules that are off. */
    boolean isOn(Rule rule) {
        return sink.isOn(rule);
    }

    /**
     * Reports a finding on a field of a record, in both languages: the configured one is kept.
     *
     * @param rule the rule
     * @param kind the kind of record
     * @param id the record's id
     * @param path the JSON pointer of the field within the record, or "" for the record
     * @param english what is wrong and how to fix it
     * @param chinese the same in Chinese
     */
    void report(Rule rule, RecordKind kind, String id, String path, String english, String chinese) {
        report(rule, kind, id, path, english, chinese, FindingSink.Extra.NONE);
    }

    /**
     * Reports a finding on a field of a record, in both languages, with what else the check knows (a fix, the
     * expected value, the evidence).
     *
     * @param rule the rule
     * @param kind the kind of record
     * @param id the record's id
     * @param path the JSON pointer of the field within the record, or "" for the record
     * @param english what is wrong and how to fix it
     * @param chinese the same in Chinese
     * @param extra the fix, expected value and evidence
     */
    void report(Rule rule, RecordKind kind, String id, String path, String english, String chinese,
            FindingSink.Extra extra) {
        sink.report(rule, new SourceMap.Field(kind, id, path), english, chinese, extra);
    }

    /** Where this context's findings are. */
    FindingSink<SourceMap.Field> sink() {
        return sink;
    }
}
