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
 * A text that may be absent but, when present, is not blank. ({@code @NotBlank} rejects {@code null} too.)
 */
@Documented
@Constraint(validatedBy = OptionalText.OptionalTextValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface OptionalText {

    /**
     * The message of a violation.
     *
     * @return the message template
     */
    String message() default "must not be blank: remove the field or write the text";

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
     * Checks a text: absent, or with a character other than an ASCII space, tab, line feed, vertical tab, form feed or
     * carriage return (as the pattern {@code (?s).*\S.*} would say, without its cost on every text of a catalog).
     */
    final class OptionalTextValidator implements ConstraintValidator<OptionalText, CharSequence> {

        /** Created by the validation provider. */
        public OptionalTextValidator() {
        }

        @Override
        public boolean isValid(@Nullable CharSequence text, ConstraintValidatorContext context) {
            if (text == null) {
                return true;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
                    return true;
                }
            }
            return false;
        }
    }
}
