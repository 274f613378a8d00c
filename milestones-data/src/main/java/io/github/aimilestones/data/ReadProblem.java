package io.github.aimilestones.data;

import java.util.Objects;

/**
 * A problem that kept part of a catalog file from being read: bad JSON, a wrong type, an unknown field, a
 * duplicate key or id. The reader reports every problem it can find and reads on where it can.
 *
 * @param rule a stable rule id such as {@code read.unknown-field}
 * @param message what is wrong and how to fix it
 * @param location where it is
 */
public record ReadProblem(String rule, String message, Location location) {

    /**
     * Requires every field.
     *
     * @param rule a stable rule id such as {@code read.unknown-field}
     * @param message what is wrong and how to fix it
     * @param location where it is
     */
    public ReadProblem {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
    }

    /**
     * The problem as one line.
     *
     * @return {@code file:line:column: message [rule]}
     */
    @Override
    public String toString() {
        return location + ": " + message + " [" + rule + "]";
    }
}
