package io.github.aimilestones.model;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;

/**
 * An id: lowercase ASCII letters and digits, words joined by single hyphens, at most 80 characters
 * ({@code geoffrey-hinton}, {@code gpt-2}). {@code null} is valid; add {@code @NotNull} where an id is required.
 */
@Documented
@Constraint(validatedBy = Slug.SlugValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Slug {

    /** The regular expression an id matches. */
    String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    /** The most characters an id has. */
    int MAX_LENGTH = 80;

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

    /**
     * Checks an id: at most {@link #MAX_LENGTH} characters matching {@link #PATTERN}, read by hand. Every record and
     * every reference has an id, and a regular expression with a repeated group, behind Hibernate Validator's pattern
     * constraint, cost a fifth of the constraint checks of a large catalog.
     */
    final class SlugValidator implements ConstraintValidator<Slug, CharSequence> {

        /** Created by the validation provider. */
        public SlugValidator() {
        }

        @Override
        public boolean isValid(@Nullable CharSequence id, ConstraintValidatorContext context) {
            if (id == null) {
                return true;
            }
            if (id.isEmpty() || id.length() > MAX_LENGTH || id.charAt(0) == '-' || id.charAt(id.length() - 1) == '-') {
                return false;
            }
            for (int i = 0; i < id.length(); i++) {
                char c = id.charAt(i);
                boolean letterOrDigit = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
                if (!letterOrDigit && (c != '-' || id.charAt(i - 1) == '-')) {
                    return false;
                }
            }
            return true;
        }
    }
}
