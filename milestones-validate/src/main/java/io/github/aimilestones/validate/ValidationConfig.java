package io.github.aimilestones.validate;

import io.github.aimilestones.model.PartialDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which rules run and how serious their findings are, and the start of the era. Immutable: each {@code with...}
 * returns a new configuration.
 *
 * <p>In a file (see {@link ConfigFile}), {@code {"eraStart": "1940", "rules": {"date.far-from-source": "off",
 * "name.missing-translation": "info"}}}.
 */
public final class ValidationConfig {

    /** The default start of the era: the McCulloch-Pitts neuron is from 1943, so 1900 leaves room. */
    public static final PartialDate DEFAULT_ERA_START = PartialDate.ofYear(1900);

    private static final ValidationConfig DEFAULTS =
            new ValidationConfig(new EnumMap<>(Rule.class), DEFAULT_ERA_START, Language.EN);

    /** The rules whose severity differs from their default; an empty severity switches the rule off. */
    private final Map<Rule, Optional<Severity>> changed;
    private final PartialDate eraStart;
    private final Language language;

    private ValidationConfig(EnumMap<Rule, Optional<Severity>> changed, PartialDate eraStart, Language language) {
        this.changed = changed;
        this.eraStart = Objects.requireNonNull(eraStart, "eraStart");
        this.language = Objects.requireNonNull(language, "language");
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
        return with(rule, Optional.of(Objects.requireNonNull(severity, "severity")));
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
        return new ValidationConfig(new EnumMap<>(changed), start, language);
    }

    /**
     * This configuration with messages in another language.
     *
     * @param language the language of findings' messages
     * @return a new configuration
     */
    public ValidationConfig withLanguage(Language language) {
        return new ValidationConfig(new EnumMap<>(changed), eraStart, language);
    }

    /**
     * The language of findings' messages.
     *
     * @return English unless configured otherwise
     */
    public Language language() {
        return language;
    }

    /**
     * The start of the era: dates before it are reported by {@link Rule#DATE_BEFORE_ERA}.
     *
     * @return the earliest date that is not reported
     */
    public PartialDate eraStart() {
        return eraStart;
    }

    /**
     * The severity of a rule's findings.
     *
     * @param rule the rule
     * @return the configured or default severity, or empty if the rule is off
     */
    public Optional<Severity> severityOf(Rule rule) {
        return changed.getOrDefault(Objects.requireNonNull(rule, "rule"), Optional.of(rule.defaultSeverity()));
    }

    /**
     * Whether a rule runs at all.
     *
     * @param rule the rule
     * @return false if the rule is switched off
     */
    public boolean isOn(Rule rule) {
        return severityOf(rule).isPresent();
    }

    private ValidationConfig with(Rule rule, Optional<Severity> severity) {
        EnumMap<Rule, Optional<Severity>> copy = new EnumMap<>(changed);
        copy.put(Objects.requireNonNull(rule, "rule"), severity);
        return new ValidationConfig(copy, eraStart, language);
    }

    /**
     * Configurations are equal when every rule has the same severity, the era starts at the same date and
     * messages are in the same language.
     *
     * @param other another object
     * @return whether it is an equal configuration
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof ValidationConfig config && eraStart.equals(config.eraStart)
                && language == config.language
                && Arrays.stream(Rule.values()).allMatch(r -> severityOf(r).equals(config.severityOf(r)));
    }

    /**
     * A hash consistent with {@link #equals}.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return Objects.hash(eraStart, language, Arrays.stream(Rule.values()).map(this::severityOf).toList());
    }

    /**
     * The era's start and the rules that differ from their default.
     *
     * @return e.g. {@code ValidationConfig[eraStart=1900, language=en, changed={DATE_FUTURE=Optional.empty}]}
     */
    @Override
    public String toString() {
        return "ValidationConfig[eraStart=" + eraStart + ", language=" + language.tag() + ", changed=" + changed + "]";
    }
}
