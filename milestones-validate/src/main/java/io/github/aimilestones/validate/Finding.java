package io.github.aimilestones.validate;

import io.github.aimilestones.data.Location;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing the validator found: which rule, how serious, what is wrong and how to fix it, and where.
 *
 * @param rule the stable rule id, e.g. {@code date.before-dependency}
 * @param severity how serious it is, after configuration
 * @param message what is wrong and how to fix it
 * @param location where it is, or {@code null} for a catalog that was not read from files
 * @param recordId the id of the record concerned, or {@code null} when it concerns a file
 */
public record Finding(String rule, Severity severity, String message, Location location, String recordId) {

    /** Findings in report order: file, line, column, then rule, record and message. */
    public static final Comparator<Finding> REPORT_ORDER = Comparator
            .comparing((Finding f) -> f.location == null ? "" : f.location.file())
            .thenComparingInt(f -> f.location == null ? 0 : f.location.line())
            .thenComparingInt(f -> f.location == null ? 0 : f.location.column())
            .thenComparing(Finding::rule)
            .thenComparing(f -> f.recordId == null ? "" : f.recordId)
            .thenComparing(Finding::message);

    /**
     * Requires rule, severity and message.
     *
     * @param rule the stable rule id, e.g. {@code date.before-dependency}
     * @param severity how serious it is, after configuration
     * @param message what is wrong and how to fix it
     * @param location where it is, or {@code null} for a catalog that was not read from files
     * @param recordId the id of the record concerned, or {@code null} when it concerns a file
     */
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Where it is.
     *
     * @return the location, or empty for a catalog built in code
     */
    public Optional<Location> where() {
        return Optional.ofNullable(location);
    }

    /**
     * The id of the record concerned.
     *
     * @return the id, or empty when the finding concerns a whole file
     */
    public Optional<String> record() {
        return Optional.ofNullable(recordId);
    }

    /**
     * The finding as one line, as compilers write them.
     *
     * @return {@code file:line:column: severity: message [rule]}
     */
    @Override
    public String toString() {
        return (location == null ? recordId == null ? "" : recordId + ": " : location + ": ")
                + severity.label() + ": " + message + " [" + rule + "]";
    }
}
