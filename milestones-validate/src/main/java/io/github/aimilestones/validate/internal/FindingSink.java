package io.github.aimilestones.validate.internal;

import io.github.aimilestones.data.Fix;
import io.github.aimilestones.data.Location;
import io.github.aimilestones.validate.Language;
import io.github.aimilestones.validate.Rule;
import io.github.aimilestones.validate.Severity;
import io.github.aimilestones.validate.ValidationConfig;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where checks report: keeps what rules that are on find, at their configured severity, in the order reported.
 * The position is whatever the check knows: a field of a record for the catalog checks, a cell for the timeline check.
 *
 * @param <P> the position of a finding
 */
final class FindingSink<P> {

    /** A finding before it is located and becomes a {@link io.github.aimilestones.validate.Finding}. */
    record Reported<P>(Rule rule, Severity severity, P at, String message, Extra extra) {
    }

    /**
     * What a check knows beyond its message: the fix in words (in the configured language once reported), and the
     * JSON text that replaces the value at the finding's place when the fix is exact; the expected value; the source.
     */
    record Extra(@Nullable String fixEnglish, @Nullable String fixChinese, @Nullable String replaced,
            @Nullable String inserted, @Nullable String expected, @Nullable String evidence) {

        static final Extra NONE = new Extra(null, null, null, null, null, null);

        /** A fix in words. */
        static Extra fix(String english, String chinese) {
            return new Extra(english, chinese, null, null, null, null);
        }

        /** A fix that replaces the JSON value at the finding's place, e.g. {@code "yan-lecun"}, with another. */
        static Extra replace(String english, String chinese, String replaced, String inserted) {
            return new Extra(english, chinese, replaced, inserted, null, null);
        }

        Extra expected(@Nullable String value) {
            return new Extra(fixEnglish, fixChinese, replaced, inserted, value, evidence);
        }

        Extra evidence(@Nullable String sourceId) {
            return new Extra(fixEnglish, fixChinese, replaced, inserted, expected, sourceId);
        }

        /** The fix in the configured language, with its edit when it is exact and the finding is at the value. */
        @Nullable Fix fix(Language language, @Nullable Location at, String path) {
            if (fixEnglish == null || fixChinese == null) {
                return null;
            }
            boolean exact = replaced != null && inserted != null && at != null && at.line() > 0 && !path.isEmpty()
                    && at.pointer().endsWith(path) && path.substring(path.lastIndexOf('/') + 1).matches("\\d+");
            return new Fix(language.pick(fixEnglish, fixChinese),
                    exact ? new Fix.Edit(at, replaced, inserted) : null);
        }
    }

    private final ValidationConfig config;
    private final List<Reported<P>> reported = new ArrayList<>();

    FindingSink(ValidationConfig config) {
        this.config = config;
    }

    /** Whether a rule is on; checks skip expensive work for rules that are off. */
    boolean isOn(Rule rule) {
        return config.isOn(rule);
    }

    /** Keeps a finding with what else the check knows, unless its rule is off. */
    private void report(Rule rule, P at, String message, Extra extra) {
        config.severityOf(rule).ifPresent(severity -> reported.add(new Reported<>(rule, severity, at, message, extra)));
    }

    /** Keeps a finding, unless its rule is off, with its message in the configured language. */
    void report(Rule rule, P at, String english, String chinese) {
        report(rule, at, english, chinese, Extra.NONE);
    }

    /** Keeps a finding with what else the check knows, unless its rule is off, in the configured language. */
    void report(Rule rule, P at, String english, String chinese, Extra extra) {
        if (config.isOn(rule)) {
            report(rule, at, config.language().pick(english, chinese), extra);
        }
    }

    /** The language of messages and fixes. */
    Language language() {
        return config.language();
    }

    /** Everything kept so far. */
    List<Reported<P>> reported() {
        return reported;
    }
}
