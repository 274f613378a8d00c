package io.github.aimilestones.model;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An id: lowercase ASCII letters and digits, words joined by single hyphens, at most 80 characters
 * ({@code geoffrey-hinton}, {@code gpt-2}). {@code null} is valid; add {@code @NotNull} where an id is required.
 */
@Documented
@Pattern(regexp = Slug.PATTERN)
@Size(max = 80)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Slug {

    /** The regular expression an id matches. */
    String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    /**
     * The message of a violation.
     *
     * @return the message template
     */
    String message() default "must be an id of lowercase letters and digits joined by single hyphens (e.g. geoffrey-hinton)";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
