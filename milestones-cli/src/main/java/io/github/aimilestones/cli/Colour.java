package io.github.aimilestones.cli;

import io.github.aimilestones.validate.Finding;
import io.github.aimilestones.validate.Severity;
import picocli.CommandLine;

/**
 * Colour in the text report: the severities in red, yellow and cyan, only on a terminal and only when
 * {@code NO_COLOR} is unset or empty (<a href="https://no-color.org">no-color.org</a>). Never in a file.
 */
final class Colour {

    private Colour() {
    }

    /**
     * Whether standard output gets colour.
     *
     * @param terminal whether standard output is a terminal ({@code System.console() != null})
     * @param noColor the value of the environment variable {@code NO_COLOR}, or {@code null} if it is unset
     * @param ansi picocli's decision from its own settings ({@code picocli.ansi}, {@code TERM}, the platform)
     * @return true only on a terminal, with {@code NO_COLOR} unset or empty, and when picocli's decision allows it
     */
    static boolean enabled(boolean terminal, String noColor, CommandLine.Help.Ansi ansi) {
        return terminal && (noColor == null || noColor.isEmpty()) && ansi.enabled();
    }

    /**
     * Whether this process's standard output gets colour.
     *
     * @return the decision of {@link #enabled(boolean, String, CommandLine.Help.Ansi)} for this process
     */
    static boolean forStandardOutput() {
        // Off a terminal the answer is no without asking picocli, whose classes a piped gate then does not load.
        return System.console() != null && enabled(true, System.getenv("NO_COLOR"), CommandLine.Help.Ansi.AUTO);
    }

    /**
     * One line of the text report, its severity coloured.
     *
     * @param finding the finding
     * @return the line ({@link Finding#toString()}) with the severity's label between escape sequences
     */
    static String line(Finding finding) {
        String line = finding.toString();
        String label = finding.severity().label();
        String tail = label + ": " + finding.message() + " [" + finding.rule().id() + "]";
        if (!line.endsWith(tail)) {
            return line;
        }
        int at = line.length() - tail.length();
        CommandLine.Help.Ansi.Style style = switch (finding.severity()) {
            case ERROR -> CommandLine.Help.Ansi.Style.fg_red;
            case WARNING -> CommandLine.Help.Ansi.Style.fg_yellow;
            case INFO -> CommandLine.Help.Ansi.Style.fg_cyan;
        };
        return line.substring(0, at) + style.on() + label + style.off() + line.substring(at + label.length());
    }
}
