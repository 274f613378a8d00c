package io.github.aimilestones.validate.internal;

import io.github.aimilestones.validate.Rule;
import io.github.aimilestones.validate.Severity;
import io.github.aimilestones.validate.ValidationConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * Where checks report: keeps what rules that are on find, at their configured severity, in the order reported.
 * The position is whatever the check knows: a field of a record for the catalog checks, a cell for the timeline check.
 *
 * @param <P> the position of a finding
 */
final class FindingSink<P> {

    /** A finding before it is located and becomes a {@link io.github.aimilestones.validate.Finding}. */
    record Reported<P>(Rule rule, Severity severity, P at, String message) {
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

    /** Keeps a finding, unless its rule is off. */
    void report(Rule rule, P at, String message) {
        config.severityOf(rule).ifPresent(severity -> reported.add(new Reported<>(rule, severity, at, message)));
    }

    /** Keeps a finding, unless its rule is off, with its message in the configured language. */
    void report(Rule rule, P at, String english, String chinese) {
        if (config.isOn(rule)) {
            report(rule, at, config.language().pick(english, chinese));
        }
    }

    /** Everything kept so far. */
    List<Reported<P>> reported() {
        return reported;
    }
}
