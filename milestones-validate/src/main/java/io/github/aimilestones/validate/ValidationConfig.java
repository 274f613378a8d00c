package io.github.aimilestones.validate;

import io.github.aimilestones.model.PartialDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which rules run and how serious their findings are, and the start of the era.
 *
 * <p>In a file (see {@link ConfigFile}), {@code {"eraStart": "1940", "rules": {"date.far-from-source": "off",
 * "name.missing-translation": "info"}}}.
 *
 * @param severities the severity of each rule that differs from its default; an empty value switches the rule off
 * @param eraStart dates before this are reported by {@code date.before-era}
 */
public record ValidationConfig(Map<Rule, Optional<Severity>> severities, PartialDate eraStart) {

    /** The default start of the era: the McCulloch-Pitts neuron is from 1943, so 1900 leaves room. */
    public static final PartialDate DEFAULT_ERA_START = PartialDate.ofYear(1900);

    private static final ValidationConfig DEFAULTS = new ValidationConfig(Map.of(), DEFAULT_ERA_START);

    /**
     * Copies the map.
     *
     * @param severities the severity of each rule that differs from its default; an empty value switches the rule off
     * @param eraStart dates before this are reported by {@code date.before-era}
     */
    public ValidationConfig {
        severities = Map.copyOf(severities);
        Objects.requireNonNull(eraStart, "eraStart");
    }

    /**
     * Every rule on, at its default severity; the era starts in 1900.
     *
     * @return the default configuration
     */
    public static ValidationConfig defaults() {
        return DEFAULTS;
    }

    /**
     * This configuration with one rule at another severity.
     *
     * @param rule the rule
     * @param severity its severity
     * @return a new configuration
     */
    public ValidationConfig withSeverity(Rule rule, Severity severity) {
        return with(rule, Optional.of(severity));
    }

    /**
     * This configuration with one rule switched off.
     *
     * @param rule the rule
     * @return a new configuration
     */
    public ValidationConfig without(Rule rule) {
        return with(rule, Optional.empty());
    }

    /**
     * This configuration with another start of the era.
     *
     * @param start the earliest date that is not reported
     * @return a new configuration
     */
    public ValidationConfig withEraStart(PartialDate start) {
        return new ValidationConfig(severities, start);
    }

    /**
     * The severity of a rule's findings.
     *
     * @param rule the rule
     * @return the configured or default severity, or empty if the rule is off
     */
    public Optional<Severity> severityOf(Rule rule) {
        return severities.getOrDefault(rule, Optional.of(rule.defaultSeverity()));
    }

    private ValidationConfig with(Rule rule, Optional<Severity> severity) {
        Map<Rule, Optional<Severity>> changed = new EnumMap<>(Rule.class);
        changed.putAll(severities);
        changed.put(Objects.requireNonNull(rule, "rule"), severity);
        return new ValidationConfig(changed, eraStart);
    }
}
