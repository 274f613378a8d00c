package io.github.aimilestones.data;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A problem that kept part of a catalog file from being read: bad JSON, a wrong type, an unknown field, a
 * duplicate key or id. The reader reports every problem it can find and reads on where it can.
 *
 * @param kind what kind of problem it is
 * @param message what is wrong and how to fix it
 * @param chineseMessage the same in Chinese; quoted values, field names and ids are the same in both
 * @param location where it is
 * @param fix how to fix it, where that is knowable: the field's right name, the date in EDTF
 */
public record ReadProblem(Kind kind, String message, String chineseMessage, Location location, @Nullable Fix fix) {

    /** The kinds of reading problem, each with a stable rule id. */
    public enum Kind {
        /** The file is not well-formed JSON. */
        SYNTAX("read.syntax", true),
        /** The file exceeds a limit of the format (nesting depth, string length). */
        LIMIT("read.limit", true),
        /** The file is not valid UTF-8. */
        ENCODING("read.encoding", true),
        /** The file cannot be read. */
        IO("read.io", true),
        /** The file is empty. */
        EMPTY("read.empty", true),
        /** A value has the wrong JSON type. */
        TYPE("read.type", false),
        /** A field is not part of the format. */
        UNKNOWN_FIELD("read.unknown-field", false),
        /** A required field is missing. */
        MISSING_FIELD("read.missing-field", false),
        /** A value is not allowed (a bad date, an unknown category). */
        INVALID_VALUE("read.invalid-value", false),
        /** A field is null instead of left out. */
        NULL("read.null", false),
        /** An object has the same key twice. */
        DUPLICATE_KEY("read.duplicate-key", false),
        /** Two records of one kind share an id. */
        DUPLICATE_ID("read.duplicate-id", false),
        /** The file is a JSON Schema, such as the format's own, not a catalog: it is skipped. */
        SCHEMA_DOCUMENT("read.schema-document", false);

        private final String id;
        private final boolean unreadable;

        Kind(String id, boolean unreadable) {
            this.id = id;
            this.unreadable = unreadable;
        }

        /**
         * The stable rule id.
         *
         * @return e.g. {@code read.unknown-field}
         */
        public String id() {
            return id;
        }

        /**
         * Whether a problem of this kind means that the input could not be read at all, rather than read with
         * errors.
         *
         * @return true for a file that cannot be read, is not UTF-8, is not JSON, exceeds a limit or is empty
         */
        public boolean unreadable() {
            return unreadable;
        }
    }

    /**
     * Requires every field.
     *
     * @param kind what kind of problem it is
     * @param message what is wrong and how to fix it
     * @param chineseMessage the same in Chinese
     * @param location where it is
     * @param fix how to fix it, or null
     */
    public ReadProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(chineseMessage, "chineseMessage");
        Objects.requireNonNull(location, "location");
    }

    /**
     * A problem without a known fix.
     *
     * @param kind what kind of problem it is
     * @param message what is wrong and how to fix it
     * @param chineseMessage the same in Chinese
     * @param location where it is
     */
    public ReadProblem(Kind kind, String message, String chineseMessage, Location location) {
        this(kind, message, chineseMessage, location, null);
    }

    /**
     * The problem as one line.
     *
     * @return {@code file:line:column: message [rule]}
     */
    @Override
    public String toString() {
        return location + ": " + message + " [" + kind.id() + "]";
    }
}
