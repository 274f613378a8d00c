package io.github.aimilestones.cli;

import io.github.aimilestones.validate.ConfigFile;
import io.github.aimilestones.validate.Report;
import io.github.aimilestones.validate.ReportFormat;
import io.github.aimilestones.validate.Severity;
import io.github.aimilestones.validate.ValidationConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The report options that {@code validate} and {@code check} share: format, threshold, configuration, output. */
final class ReportOptions {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            converter = FormatConverter.class, completionCandidates = Candidates.ReportFormats.class,
            description = "Report format: text, json, sarif or github (workflow annotations). Default: ${DEFAULT-VALUE}.")
    private ReportFormat format;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error", converter = SeverityConverter.class,
            completionCandidates = Candidates.Severities.class,
            description = "Lowest severity that fails: error, warning or info. Default: ${DEFAULT-VALUE}.")
    private Severity failOn;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Configuration file: {\"eraStart\": \"1900\", \"rules\": {\"rule.id\": \"off|info|warning|error\"}}.")
    private Path config;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to this file (atomically) and only the summary to standard output.")
    private Path output;

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
        if (config == null) {
            return Optional.of(ValidationConfig.defaults());
        }
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
     * @param commandLine the command line, for standard output
     * @param err where a report that cannot be written is explained
     * @return whether it was written
     */
    boolean write(Report report, CommandLine commandLine, PrintWriter err) {
        try {
            if (output == null) {
                format.write(report, commandLine.getOut());
                return true;
            }
            AtomicFiles.write(output, out -> format.write(report, out));
        } catch (IOException e) {
            err.println("error: cannot write " + (output == null ? "the report" : output) + ": " + IoErrors.reason(e));
            return false;
        }
        commandLine.getOut().println(report.summary());
        return true;
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
            throw new CommandLine.TypeConversionException("unknown format \"" + value + "\": use text, json, sarif or github");
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
