package io.github.aimilestones.validate;

import io.github.aimilestones.data.Fix;
import io.github.aimilestones.data.Location;
import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing the validator found: which rule, how serious, what is wrong and how to fix it, and where.
 *
 * @param rule the rule that found it
 * @param severity how serious it is, after configuration
 * @param message what is wrong and how to fix it
 * @param location where it is; null for a catalog that was not read from files
 * @param recordId the id of the record concerned; null when it concerns a whole file
 * @param fix how to fix it, where that is knowable, with the exact edit where that is known; or null
 * @param expected the value the rule expected there, e.g. the reference's date; or null
 * @param evidence the id of the source that settles it; or null
 */
public record Finding(Rule rule, Severity severity, String message, @Nullable Location location,
        @Nullable String recordId, @Nullable Fix fix, @Nullable String expected, @Nullable String evidence) {

    /** Findings in report order: file, line, column, then rule id, record and message. */
    public static final Comparator<Finding> REPORT_ORDER = Comparator
            .comparing((Finding f) -> f.location == null ? "" : f.location.file())
            .thenComparingInt(f -> f.location == null ? 0 : f.location.line())
            .thenComparingInt(f -> f.location == null ? 0 : f.location.column())
            .thenComparing(f -> f.rule.id())  // by id, not declaration order: reports stay sorted as they always were
            .thenComparing(f -> f.recordId == null ? "" : f.recordId)
            .thenComparing(Finding::message);

    /**
     * Requires rule, severity and message.
     *
     * @param rule the rule that found it
     * @param severity how serious it is, after configuration
     * @param message what is wrong and how to fix it
     * @param location where it is; null for a catalog that was not read from files
     * @param recordId the id of the record concerned; null when it concerns a whole file
     * @param fix how to fix it, or null
     * @param expected the value the rule expected there, or null
     * @param evidence the id of the source that settles it, or null
     */
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /**
     * A finding without fix, expected value or evidence.
     *
     * @param rule the rule that found it
     * @param severity how serious it is, after configuration
     * @param message what is wrong and how to fix it
     * @param location where it is; null for a catalog that was not read from files
     * @param recordId the id of the record concerned; null when it concerns a whole file
     */
    public Finding(Rule rule, Severity severity, String message, @Nullable Location location, @Nullable String recordId) {
        this(rule, severity, message, location, recordId, null, null, null);
    }

    /**
     * The finding as one line, as compilers write them. A character of the data that would break the line or hide
     * itself (a line break, another control or format character such as a bidi control or a zero-width space, a lone
     * surrogate) is written as its escape ({@code \n}, {@code \u202e}), so that no text in a catalog or timeline can
     * start a line of its own in the report, such as a forged {@code ::error} workflow command.
     *
     * @return {@code file:line:column: severity: message [rule]}, on one line
     */
    @Override
    public String toString() {
        return oneLine((location == null ? recordId == null ? "" : recordId + ": " : location + ": ")
                + severity.label() + ": " + message + " [" + rule.id() + "]");
    }

    private static String oneLine(String text) {
        StringBuilder line = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            int type = Character.getType(c);
            boolean hidden = !pair && (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR);
            if (hidden && line == null) {
                line = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (pair) {
                i++;
                if (line != null) {
                    line.append(c).append(text.charAt(i));
                }
            } else if (line != null) {
                if (!hidden) {
                    line.append(c);
                } else if (c == '\n' || c == '\r' || c == '\t') {
                    line.append('\\').append(c == '\n' ? 'n' : c == '\r' ? 'r' : 't');
                } else {
                    line.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                }
            }
        }
        return line == null ? text : line.toString();
    }
}
