package io.github.aimilestones.model;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/**
 * A text written in one of the formats a source or a suppression uses: a URL, a DOI, an arXiv id, a language tag, a
 * rule id. Each kind says what {@code @Pattern} would with its {@linkplain Kind#pattern() regular expression}, read by
 * hand: compiling five expressions was a tenth of the validator's start, and matching them a share of every check.
 * {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = Syntax.SyntaxValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Syntax {

    /**
     * The format the text is written in.
     *
     * @return the kind of text
     */
    Kind value();

    /**
     * The message of a violation.
     *
     * @return the message template
     */
    String message() default "is not written in its format";

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

    /** The formats, each the whole text, as {@link java.util.regex.Matcher#matches()} would match its pattern. */
    enum Kind {
        /** An absolute http or https URL without whitespace. */
        HTTP_URL("https?://\\S+"),
        /** A DOI without its resolver: {@code 10.1038/323533a0}. */
        DOI("10\\.\\d{4,9}/\\S+"),
        /** An arXiv id without a version suffix: {@code 1706.03762}, {@code cs/0101001}, {@code math.GT/0309136}. */
        ARXIV_ID("\\d{4}\\.\\d{4,5}|[a-z-]+(\\.[A-Z]{2})?/\\d{7}"),
        /** A language tag: {@code en}, {@code zh-Hans}. */
        LANGUAGE_TAG("[a-z]{2,3}(-[A-Za-z0-9]+)*"),
        /** A rule id: {@code date.future}, {@code source.doi-syntax}. */
        RULE_ID("[a-z]+(\\.[a-z0-9-]+)+");

        private final String pattern;

        Kind(String pattern) {
            this.pattern = pattern;
        }

        /**
         * The regular expression this kind of text matches as a whole.
         *
         * @return the pattern, in {@link java.util.regex.Pattern}'s syntax
         */
        public String pattern() {
            return pattern;
        }

        /**
         * Whether a text is written in this format.
         *
         * @param text the text
         * @return whether the whole text matches {@link #pattern()}
         */
        public boolean matches(CharSequence text) {
            return switch (this) {
                case HTTP_URL -> {
                    int scheme = startsWith(text, "https://") ? 8 : startsWith(text, "http://") ? 7 : -1;
                    yield scheme > 0 && nonBlankToEnd(text, scheme);
                }
                case DOI -> {
                    int slash = startsWith(text, "10.") ? skipDigits(text, 3) : -1;
                    yield slash >= 3 + 4 && slash <= 3 + 9 && slash < text.length() && text.charAt(slash) == '/'
                            && nonBlankToEnd(text, slash + 1);
                }
                case ARXIV_ID -> newStyleArxivId(text) || oldStyleArxivId(text);
                case LANGUAGE_TAG -> {
                    int letters = skip(text, 0, Kind::isLower);
                    yield letters >= 2 && letters <= 3 && groupsToEnd(text, letters, '-', Kind::isAsciiLetterOrDigit);
                }
                case RULE_ID -> {
                    int letters = skip(text, 0, Kind::isLower);
                    yield letters > 0 && letters < text.length() && groupsToEnd(text, letters, '.', Kind::isRuleChar);
                }
            };
        }

        /** {@code \d{4}\.\d{4,5}}. */
        private static boolean newStyleArxivId(CharSequence text) {
            return (text.length() == 9 || text.length() == 10) && skipDigits(text, 0) == 4 && text.charAt(4) == '.'
                    && skipDigits(text, 5) == text.length();
        }

        /** {@code [a-z-]+(\.[A-Z]{2})?/\d{7}}. */
        private static boolean oldStyleArxivId(CharSequence text) {
            int slash = text.length() - 8;
            if (slash < 1 || text.charAt(slash) != '/' || skipDigits(text, slash + 1) != text.length()) {
                return false;
            }
            int archive = slash >= 4 && text.charAt(slash - 3) == '.' && isUpper(text.charAt(slash - 2))
                    && isUpper(text.charAt(slash - 1)) ? slash - 3 : slash;
            return archive > 0 && skip(text, 0, c -> isLower(c) || c == '-') == archive;
        }

        private static boolean startsWith(CharSequence text, String prefix) {
            if (text.length() < prefix.length()) {
                return false;
            }
            for (int i = 0; i < prefix.length(); i++) {
                if (text.charAt(i) != prefix.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        /** The index after the ASCII digits from {@code from}. */
        private static int skipDigits(CharSequence text, int from) {
            return skip(text, from, Kind::isDigit);
        }

        /** The index after the characters of a class from {@code from}. */
        private static int skip(CharSequence text, int from, IntPredicate inClass) {
            int i = from;
            while (i < text.length() && inClass.test(text.charAt(i))) {
                i++;
            }
            return i;
        }

        /** {@code (separator[class]+)*} from {@code from} to the end. */
        private static boolean groupsToEnd(CharSequence text, int from, char separator, IntPredicate inClass) {
            int i = from;
            while (i < text.length()) {
                int end = text.charAt(i) == separator ? skip(text, i + 1, inClass) : i;
                if (end <= i + 1) {
                    return false;
                }
                i = end;
            }
            return true;
        }

        /** {@code \S+} from {@code from} to the end: at least one character, none of them ASCII whitespace. */
        private static boolean nonBlankToEnd(CharSequence text, int from) {
            for (int i = from; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                    return false;
                }
            }
            return from < text.length();
        }

        private static boolean isDigit(int c) {
            return c >= '0' && c <= '9';
        }

        private static boolean isLower(int c) {
            return c >= 'a' && c <= 'z';
        }

        private static boolean isUpper(int c) {
            return c >= 'A' && c <= 'Z';
        }

        private static boolean isAsciiLetterOrDigit(int c) {
            return isLower(c) || isUpper(c) || isDigit(c);
        }

        private static boolean isRuleChar(int c) {
            return isLower(c) || isDigit(c) || c == '-';
        }
    }

    /** Checks a text against its annotation's {@link Kind}. */
    final class SyntaxValidator implements ConstraintValidator<Syntax, CharSequence> {

        private Kind kind = Kind.HTTP_URL;

        /** Created by the validation provider. */
        public SyntaxValidator() {
        }

        @Override
        public void initialize(Syntax annotation) {
            kind = annotation.value();
        }

        @Override
        public boolean isValid(@Nullable CharSequence text, ConstraintValidatorContext context) {
            return text == null || kind.matches(text);
        }
    }
}
