package io.github.aimilestones.cli;

import io.github.aimilestones.data.CatalogReader;
import io.github.aimilestones.data.Milestones;
import io.github.aimilestones.data.ReadProblem;
import io.github.aimilestones.validate.Language;
import io.github.aimilestones.data.ReadResult;
import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.validate.Report;
import io.github.aimilestones.validate.Rule;
import io.github.aimilestones.validate.ValidationConfig;
import io.github.aimilestones.validate.Validator;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * The validation gate: {@code validate [FILES...]}. Exit code 0 when nothing is at or above the threshold,
 * 1 when something is, 2 for a usage error or input that cannot be read at all.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
            "Validates catalog files (or, with no files, the embedded dataset): the format, the constraints and the"
                    + " cross-checks of dates, names and citations.",
            "Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage error, unreadable input, or a report that could not be written."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  milestones validate                                    # the embedded dataset",
            "  milestones validate data/registry.json data/milestones.json",
            "  milestones validate data/                              # all *.json below it",
            "  milestones validate --quiet --fail-on warning data/    # only what fails",
            "  curl -s https://example.org/catalog.json | milestones validate -",
            "  milestones validate --format sarif -o results.sarif data/*.json",
            "  milestones validate --format github --fail-on warning data/*.json",
            "  milestones validate --lang zh data/                    # messages in Chinese",
            "  milestones validate --reference data/*.json                # and against the embedded dataset",
            "The rules and the configuration file are described in docs/validation.md."})
final class ValidateCommand implements Callable<Integer> {

    /** The name of standard input among the files, and in the findings. */
    static final String STDIN = "-";

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = {"Catalog files in the JSON format, merged into one catalog. Default: the embedded dataset.",
                "A directory stands for every *.json file below it (not *.schema.json), in the order of their paths;"
                        + " - alone reads one catalog from standard input, named <stdin> in the findings."})
    private List<Path> files = new ArrayList<>();

    @CommandLine.Option(names = "--reference",
            description = "Also compare the catalog with the embedded dataset: milestones it has with another date,"
                    + " people and organizations spelled or dated otherwise, sources cited for another date.")
    private boolean reference;

    @CommandLine.Option(names = "--reference-catalog", paramLabel = "FILE",
            description = "Compare with these catalog files instead of the embedded dataset (implies --reference;"
                    + " repeat it for several files).")
    private List<Path> referenceCatalog = new ArrayList<>();

    @CommandLine.Mixin
    private ReportOptions report;

    @CommandLine.Option(names = "--lang", paramLabel = "LANG", converter = ReportOptions.LanguageConverter.class,
            completionCandidates = Candidates.Languages.class,
            description = "Language of the findings' messages: en or zh (rule ids are the same in both)."
                    + " Default: the configuration file's \"language\", or en.")
    private @Nullable Language lang;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Creates the command; picocli sets its options and parameters from the arguments. */
    ValidateCommand() {
    }

    /**
     * The command for arguments that need no parsing: {@code validate} followed only by files, which is how the gate
     * usually runs. picocli's model costs about a tenth of such a run (its classes cannot go into a start-up cache),
     * so it is built only when there is something to parse: an option, a help request, {@code -} for standard
     * input, an {@code @file}, or a mistake to explain. Anything else, and a {@code picocli.*} system property that
     * could change how picocli reads the arguments, goes to picocli.
     *
     * @param args the command line's arguments
     * @return the command with its files and every option at its default, or empty if picocli must read the arguments
     */
    static Optional<ValidateCommand> withoutOptions(String... args) {
        if (args.length == 0 || !args[0].equals("validate")) {
            return Optional.empty();
        }
        for (Object property : System.getProperties().keySet()) {
            if (property instanceof String name && name.startsWith("picocli.")) {
                return Optional.empty();
            }
        }
        ValidateCommand command = new ValidateCommand();
        command.report = new ReportOptions();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.isEmpty() || arg.startsWith("-") || arg.startsWith("@")) {
                return Optional.empty();
            }
            try {
                command.files.add(Path.of(arg));
            } catch (InvalidPathException e) {  // picocli says what is wrong with it
                return Optional.empty();
            }
        }
        return Optional.of(command);
    }

    /**
     * Runs the gate: validates the files, or the embedded dataset, and writes the report.
     *
     * @return the exit code: 0 nothing at or above {@code --fail-on}, 1 findings at or above it, 2 a usage error or
     *         input that cannot be read
     */
    @Override
    public Integer call() {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /**
     * Runs the gate with these standard streams.
     *
     * @param out standard output, for the report
     * @param err standard error, for what stops the gate
     * @return the exit code, as {@link #call()}
     */
    int run(PrintWriter out, PrintWriter err) {
        boolean stdin = files.contains(Path.of(STDIN));
        if (stdin && files.size() > 1) {
            err.println("error: - (standard input) must be the only FILE: give the files, or the catalog on standard"
                    + " input, not both");
            return CommandLine.ExitCode.USAGE;
        }
        Optional<List<Path>> inputs = stdin ? Optional.of(List.of()) : CatalogFiles.expand(files, err);
        if (inputs.isEmpty()) {
            return CommandLine.ExitCode.USAGE;
        }
        Optional<String> refusal = report.outputRefusal(inputs.get());
        if (refusal.isPresent()) {
            err.println(refusal.get());
            return CommandLine.ExitCode.USAGE;
        }
        Optional<ValidationConfig> configuration = report.configuration(err);
        if (configuration.isEmpty()) {
            return CommandLine.ExitCode.USAGE;
        }
        Optional<Catalog> against = Optional.empty();
        if (!referenceCatalog.isEmpty()) {
            against = CatalogFiles.read(referenceCatalog, err,
                    problems -> "error: the reference catalog cannot be read: run validate on it first");
            if (against.isEmpty()) {
                return CommandLine.ExitCode.USAGE;
            }
        } else if (reference) {
            against = Optional.of(Milestones.catalog());
        }
        ValidationConfig config = lang == null ? configuration.get() : configuration.get().withLanguage(lang);
        Validator validator = Validator.create(config, localClock());
        ReadResult read = stdin ? CatalogReader.create().read("<stdin>", System.in)
                : files.isEmpty() ? Milestones.read() : CatalogReader.create().read(inputs.get());
        Report result = against.isPresent() ? validator.validate(read, against.get()) : validator.validate(read);
        if (!report.write(result, out, err)) {
            return CommandLine.ExitCode.USAGE;
        }
        if (result.findings().stream().anyMatch(f -> f.rule().readKind()
                .filter(ReadProblem.Kind::unreadable).isPresent())) {
            return CommandLine.ExitCode.USAGE;
        }
        return result.hasAtLeast(report.failOn()) ? 1 : 0;
    }

    /**
     * The clock of the user's time zone at its current offset, which gives today's date there as the zone would:
     * a zone's id made java.time read its database of zone rules, 10-30 ms of a gate.
     */
    static Clock localClock() {
        int offsetMillis = TimeZone.getDefault().getOffset(System.currentTimeMillis());
        return Clock.system(ZoneOffset.ofTotalSeconds(offsetMillis / 1000));
    }
}
