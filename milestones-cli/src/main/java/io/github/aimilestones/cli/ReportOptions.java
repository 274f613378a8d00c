package io.github.aimilestones.cli;

import io.github.aimilestones.validate.ConfigFile;
import io.github.aimilestones.validate.Language;
import io.github.aimilestones.validate.Report;
import io.github.aimilestones.validate.ReportFormat;
import io.github.aimilestones.validate.Severity;
import io.github.aimilestones.validate.ValidationConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The report options that {@code validate} and {@code check} share: format, threshold, configuration, output. */
final class ReportOptions {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            converter = FormatConverter.class, completionCandidates = Candidates.ReportFormats.class,
            description = "Report format: text, json, sarif, github (workflow annotations), gitlab (Code Quality) or junit. Default: ${DEFAULT-VALUE}.")
    private ReportFormat format = ReportFormat.TEXT;  // the default also here: validate without options runs without picocli

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error", converter = SeverityConverter.class,
            completionCandidates = Candidates.Severities.class,
            description = "Lowest severity that fails: error, warning or info. Default: ${DEFAULT-VALUE}.")
    private Severity failOn = Severity.ERROR;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = {"Configuration file: {\"profile\": \"english-only\", \"eraStart\": \"1900\", \"rules\":"
                    + " {\"rule.id\": \"off|info|warning|error\"}}.",
                "Default: " + ConfigFile.FILE_NAME + " in the working directory or the nearest parent that has one,"
                        + " up to the repository's root (the folder with .git); standard error names the one used."})
    private Path config;

    @Option(names = "--no-config", description = "Use the default configuration, even if a " + ConfigFile.FILE_NAME
            + " is found.")
    private boolean noConfig;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to this file (atomically) and only the summary to standard output.")
    private Path output;

    @Option(names = {"-q", "--quiet"},
            description = "Print only the findings at or above --fail-on, without the summary line: nothing when"
                    + " there is none (with -o: the file gets the whole report, and nothing is printed)."
                    + " The exit code is the same.")
    private boolean quiet;

    Severity failOn() {
        return failOn;
    }

    /**
     * The configuration of {@code --config}, or the default one.
     *
     * @param err where a configuration that cannot be used is explained
     * @return the configuration, or empty after the explanation
     */
    Optional<ValidationConfig> configuration(PrintWriter err) {
        return configuration(err, Path.of(""));
    }

    /**
     * The configuration of {@code --config}, or the one found from a folder upwards, or the default one.
     *
     * @param err where a configuration that cannot be used is explained, and one that was found is named
     * @param workingDirectory where to look for {@value ConfigFile#FILE_NAME} when {@code --config} is not given
     * @return the configuration, or empty after the explanation
     */
    Optional<ValidationConfig> configuration(PrintWriter err, Path workingDirectory) {
        Path file = config;
        if (file == null && !noConfig) {
            file = ConfigFile.find(workingDirectory).orElse(null);
            if (file != null) {  // said, since it changes the outcome without being asked for
                err.println("note: configuration " + file + " (found from the working directory; --no-config ignores it)");
            }
        }
        if (file == null) {
            return Optional.of(ValidationConfig.defaults());
        }
        Path config = file;
        try {
            return Optional.of(ConfigFile.read(config));
        } catch (NoSuchFileException e) {
            err.println("error: " + config + ": configuration file not found");
        } catch (IOException e) {
            err.println("error: " + config + ": cannot read the configuration: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
        }
        return Optional.empty();
    }

    /**
     * Why {@code -o} may not be written, before anything is read.
     *
     * @param inputs the files the command reads
     * @return the error line, or empty if there is no {@code -o} or it may be written
     */
    Optional<String> outputRefusal(Collection<Path> inputs) {
        return output == null ? Optional.empty() : Outputs.refusal("-o", output, inputs);
    }

    /**
     * Writes the report to {@code -o}, and its summary to standard output; or the report to standard output.
     *
     * @param report the report
     * @param out standard output
     * @param err where a report that cannot be written is explained
     * @return whether it was written
     */
    boolean write(Report report, PrintWriter out, PrintWriter err) {
        return write(report, out, err, out instanceof Outputs.Standard && Colour.forStandardOutput());
    }

    /**
     * {@link #write(Report, PrintWriter, PrintWriter)} with the decision about colour made.
     *
     * @param report the report
     * @param out standard output
     * @param err where a report that cannot be written is explained
     * @param colour whether a text report on standard output shows the severities in colour
     * @return whether it was written
     */
    boolean write(Report report, PrintWriter out, PrintWriter err, boolean colour) {
        try {
            if (output == null) {
                Report shown = quiet ? new Report(report.findings().stream()
                        .filter(finding -> finding.severity().compareTo(failOn) >= 0).toList(),
                        report.recordsChecked()) : report;
                if (quiet && shown.findings().isEmpty()) {
                    return true;
                }
                if (format == ReportFormat.TEXT && (quiet || colour)) {
                    writeText(shown, out, colour);
                } else {
                    format.write(shown, out);
                }
                return true;
            }
            AtomicFiles.write(output, file -> format.write(report, file));
        } catch (IOException e) {
            err.println("error: cannot write " + (output == null ? "the report" : output) + ": " + IoErrors.reason(e));
            return false;
        }
        if (!quiet) {
            out.println(report.summary());
        }
        return true;
    }

    /**
     * The text report, with its findings' severities in colour and without the summary line when quiet. The
     * report is written as {@link ReportFormat#TEXT} writes it, then changed line by line: a line that is a
     * finding is coloured; the last line, the summary, is left out when quiet.
     */
    private void writeText(Report report, PrintWriter out, boolean colour) throws IOException {
        java.io.StringWriter text = new java.io.StringWriter();
        ReportFormat.TEXT.write(report, text);
        List<String> lines = text.toString().lines().toList();
        int shown = quiet ? lines.size() - 1 : lines.size();
        for (int i = 0; i < shown; i++) {
            String line = lines.get(i);
            if (colour && i < report.findings().size() && line.equals(report.findings().get(i).toString())) {
                line = Colour.line(report.findings().get(i));
            }
            out.println(line);
        }
    }

    /** Parses {@code --format} case-insensitively. */
    static final class FormatConverter implements CommandLine.ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            for (ReportFormat candidate : ReportFormat.values()) {
                if (candidate.name().equalsIgnoreCase(value)) {
                    return candidate;
                }
            }
            throw new CommandLine.TypeConversionException("unknown format \"" + value + "\": use text, json, sarif, github, gitlab or junit");
        }
    }

    /** Parses {@code --lang}: {@code en} or {@code zh}, also as a regional tag such as {@code zh-CN}. */
    static final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return Language.ofTag(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "unknown language \"" + value + "\": use en or zh"));
        }
    }

    /** Parses {@code --fail-on}. */
    static final class SeverityConverter implements CommandLine.ITypeConverter<Severity> {
        @Override
        public Severity convert(String value) {
            try {
                return Severity.of(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
