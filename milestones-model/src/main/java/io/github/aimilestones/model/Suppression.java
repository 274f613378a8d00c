package io.github.aimilestones.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Objects;

/**
 * Silences one validation rule on one record, for a stated reason.
 *
 * @param rule the rule id, e.g. {@code date.far-from-source}
 * @param reason why the finding does not apply; mandatory
 */
public record Suppression(@Syntax(value = Syntax.Kind.RULE_ID, message = "must be a rule id such as date.future")
        String rule, @NotBlank String reason) {

    /**
     * Requires the rule id.
     *
     * @param rule the rule id, e.g. {@code date.far-from-source}
     * @param reason why the finding does not apply; mandatory
     */
    public Suppression {
        Objects.requireNonNull(rule, "rule");
    }
}
