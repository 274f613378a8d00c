package io.github.aimilestones.data;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How to fix a problem: what to do, in words, and, where it is known exactly, the edit that does it.
 *
 * @param description what to do, e.g. {@code replace "yan-lecun" with "yann-lecun"}
 * @param edit the exact change of the file's text, or null when the fix is known only in words
 */
public record Fix(String description, @Nullable Edit edit) {

    /**
     * An exact change of a file's text: the JSON text {@code replaced} that starts at {@code at} becomes
     * {@code inserted}. Both are JSON texts as they stand in the file, quotes included.
     *
     * @param at where the replaced text starts (its line and column, in UTF-16 units)
     * @param replaced the text that is replaced, e.g. {@code "yan-lecun"}
     * @param inserted the text that replaces it, e.g. {@code "yann-lecun"}
     */
    public record Edit(Location at, String replaced, String inserted) {

        /**
         * Requires every field, and a location with a line and column.
         *
         * @param at where the replaced text starts
         * @param replaced the text that is replaced
         * @param inserted the text that replaces it
         */
        public Edit {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(replaced, "replaced");
            Objects.requireNonNull(inserted, "inserted");
            if (at.line() < 1 || at.column() < 1) {
                throw new IllegalArgumentException("an edit needs a line and column: " + at);
            }
            if (replaced.contains("\n")) {
                throw new IllegalArgumentException("an edit replaces text on one line: " + replaced);
            }
        }
    }

    /**
     * Requires the description.
     *
     * @param description what to do
     * @param edit the exact change, or null
     */
    public Fix {
        Objects.requireNonNull(description, "description");
    }

    /**
     * A fix known only in words.
     *
     * @param description what to do
     * @return the fix
     */
    public static Fix described(String description) {
        return new Fix(description, null);
    }
}
