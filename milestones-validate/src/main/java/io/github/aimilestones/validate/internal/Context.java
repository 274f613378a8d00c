package io.github.aimilestones.validate.internal;

import io.github.aimilestones.data.RecordKind;
import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.validate.Rule;
import io.github.aimilestones.validate.ValidationConfig;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What every check sees, and where it reports. Internal: not part of the API. */
public final class Context {

    /** A finding before severities, suppressions and locations are applied. */
    public record Raw(Rule rule, RecordKind kind, String id, String path, String message) {
    }

    private final Catalog catalog;
    private final LocalDate today;
    private final ValidationConfig config;
    private final List<Raw> findings = new ArrayList<>();

    /**
     * A context.
     *
     * @param catalog the catalog to check
     * @param today the current date, from the validator's clock
     * @param config the configuration
     */
    public Context(Catalog catalog, LocalDate today, ValidationConfig config) {
        this.catalog = catalog;
        this.today = today;
        this.config = config;
    }

    /** The catalog under check. */
    public Catalog catalog() {
        return catalog;
    }

    /** Today, from the validator's clock. */
    public LocalDate today() {
        return today;
    }

    /** The configuration. */
    public ValidationConfig config() {
        return config;
    }

    /** Whether a rule is on; checks skip expensive work for rules that are off. */
    public boolean isOn(Rule rule) {
        return config.severityOf(rule).isPresent();
    }

    /**
     * Reports a finding on a field of a record.
     *
     * @param rule the rule
     * @param kind the kind of record
     * @param id the record's id
     * @param path the JSON pointer of the field within the record, or "" for the record
     * @param message what is wrong and how to fix it
     */
    public void report(Rule rule, RecordKind kind, String id, String path, String message) {
        findings.add(new Raw(rule, kind, id, path, message));
    }

    /** Everything reported so far. */
    public List<Raw> findings() {
        return findings;
    }
}
