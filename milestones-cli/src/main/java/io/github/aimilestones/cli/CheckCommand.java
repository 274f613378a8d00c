package io.github.aimilestones.cli;

import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.validate.Report;
import io.github.aimilestones.validate.Rule;
import io.github.aimilestones.validate.TimelineCheck;
import io.github.aimilestones.validate.ValidationConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code check FILE}: a user's own timeline against the reference dataset, with the same reports as the gate. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
            "Checks your own timeline (a Markdown table, a CSV file, or a bullet list such as \"- 2012: AlexNet\")"
                    + " against the reference dataset: wrong dates, misspelled or wrong people, known errors, unknown"
                    + " and duplicate rows, each with the evidence.",
            "Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage error, unreadable input, or a report that could not be written."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  milestones check my-timeline.md",
            "  milestones check --missing --format github slides.csv",
            "  milestones check --quiet my-timeline.md       # only the errors, or nothing",
            "  milestones check notes.txt --reference my-registry.json my-milestones.json"})
final class CheckCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The timeline: .md, .csv or a text file.")
    private Path file;

    @Option(names = "--reference", paramLabel = "FILE", arity = "1..*",
            description = "Catalog files to check against instead of the embedded dataset.")
    private List<Path> reference = new ArrayList<>();

    @Option(names = "--missing", description = "Also list the reference milestones of the timeline's period that it leaves out.")
    private boolean missing;

    @CommandLine.Mixin
    private ReportOptions report;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Creates the command; picocli sets its options and parameters from the arguments. */
    CheckCommand() {
    }

    /**
     * Checks the timeline against the reference and writes the report.
     *
     * @return the exit code: 0 nothing at or above {@code --fail-on}, 1 findings at or above it, 2 a usage error or
     *         a file that cannot be read as a timeline
     */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> inputs = new ArrayList<>(reference);
        inputs.add(file);
        Optional<String> refusal = report.outputRefusal(inputs);
        if (refusal.isPresent()) {
            err.println(refusal.get());
            return CommandLine.ExitCode.USAGE;
        }
        Optional<ValidationConfig> configuration = report.configuration(err);
        if (configuration.isEmpty()) {
            return CommandLine.ExitCode.USAGE;
        }
        Optional<Catalog> catalog = CatalogFiles.read(reference, err,
                problems -> "error: the reference cannot be read: run validate on it first");
        if (catalog.isEmpty()) {
            return CommandLine.ExitCode.USAGE;
        }
        Report result = TimelineCheck.against(catalog.get()).withConfig(configuration.get()).reportingMissing(missing).check(file);
        if (!report.write(result, spec.commandLine(), spec.commandLine().getErr())) {
            return CommandLine.ExitCode.USAGE;
        }
        if (!result.findings(Rule.CHECK_UNREADABLE).isEmpty()) {
            return CommandLine.ExitCode.USAGE;
        }
        return result.hasAtLeast(report.failOn()) ? 1 : 0;
    }
}
