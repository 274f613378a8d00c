package io.github.aimilestones.validate;

import java.util.Locale;

/** How serious a finding is; a gate fails on findings at or above its threshold. */
public enum Severity {
    /** Worth knowing; never fails a gate unless asked to. */
    INFO,
    /** Probably wrong, or missing evidence. */
    WARNING,
    /** Wrong: the data contradicts itself, its sources or the format. */
    ERROR;

    /**
     * The lowercase name used in reports and configuration.
     *
     * @return {@code info}, {@code warning} or {@code error}
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The severity with the given label.
     *
     * @param label {@code info}, {@code warning} or {@code error}, in any case
     * @return the severity
     * @throws IllegalArgumentException for any other label
     */
    public static Severity of(String label) {
        for (Severity severity : values()) {
            if (severity.label().equalsIgnoreCase(label)) {
                return severity;
            }
        }
        throw new IllegalArgumentException("unknown severity \"" + label + "\": use info, warning or error");
    }
}
