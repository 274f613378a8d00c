package io.github.aimilestones.cli;

import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.validate.Report;
import io.github.aimilestones.validate.Rule;
import io.github.aimilestones.validate.TimelineCheck;
import io.github.aimilestones.validate.ValidationConfig;
import io.github.aimilestones.validate.Finding;
import io.github.aimilestones.validate.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
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

    /** The text files a directory holds that are read as timelines. */
    private static final List<String> TEXT_FILES = List.of(".md", ".markdown", ".txt", ".csv", ".tsv");
    private static final String STDIN = "-";

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The timelines: .md, .csv or text files; directories"
            + " (their .md, .markdown, .txt, .csv and .tsv files); - for standard input. At most "
            + (TimelineCheck.MAX_FILE_BYTES >> 20) + " MiB each.")
    private List<String> files = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "LANG", converter = ReportOptions.LanguageConverter.class,
            completionCandidates = Candidates.Languages.class,
            description = "Language of the findings' messages: en or zh (rule ids are the same in both)."
                    + " Default: each document's own language (zh when a fifth of its letters are Chinese characters).")
    private @Nullable Language lang;

    @Option(names = "--reference", paramLabel = "FILE", arity = "1..*",
            description = "Catalog files to check against instead of the embedded dataset.")
    private List<Path> reference = new ArrayList<>();

    @Option(names = "--missing", description = "Also list the reference milestones of the timeline's period that it leaves out.")
    private boolean missing;

    @CommandLine.Mixin
    private ReportOptions report;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** The documents to check, directories expanded, in order; null stands for standard input. */
    private Optional<List<Path>> documents(PrintWriter err) {
        List<Path> documents = new ArrayList<>();
        for (String file : files) {
            if (file.equals(STDIN)) {
                documents.add(null);
                continue;
            }
            Path path = Path.of(file);
            if (!Files.isDirectory(path)) {
                documents.add(path);
                continue;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile).filter(p -> TEXT_FILES.stream()
                        .anyMatch(ext -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(ext))).sorted().forEach(documents::add);
            } catch (IOException | UncheckedIOException e) {
                err.println("error: cannot read the directory " + file + ": " + e.getMessage());
                return Optional.empty();
            }
        }
        return Optional.of(documents);
    }

    private static String size(Path file) {
        try {
            return String.format(Locale.ROOT, "%.1f MB", Files.size(file) / 1e6);
        } catch (IOException e) {
            return "size unknown";
        }
    }

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
        Optional<List<Path>> documents = documents(err);
        if (documents.isEmpty()) {
            return CommandLine.ExitCode.USAGE;
        }
        documents.get().stream().filter(d -> d != null).forEach(inputs::add);
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
        TimelineCheck check = TimelineCheck.against(catalog.get()).withConfig(lang == null ? configuration.get()
                : configuration.get().withLanguage(lang)).reportingMissing(missing).inDocumentLanguage(lang == null);
        List<Finding> findings = new ArrayList<>();
        int checked = 0;
        for (Path document : documents.get()) {
            String name = document == null ? "<stdin>" : document.toString();
            try {
                Report one = document == null ? check.check("<stdin>", System.in) : check.check(document);
                findings.addAll(one.findings());
                checked += one.recordsChecked();
            } catch (OutOfMemoryError e) {
                // A document shaped to need more memory than the JVM has: say which, not a stack trace.
                err.println("error: checking " + name + (document == null ? "" : " (" + size(document) + ")")
                        + " needs more memory than this JVM has: give it more (JAVA_OPTS=-Xmx4g) or split the document");
                return CommandLine.ExitCode.USAGE;
            }
        }
        Report result = new Report(findings, checked);
        if (!report.write(result, spec.commandLine().getOut(), err)) {
            return CommandLine.ExitCode.USAGE;
        }
        if (!result.findings(Rule.CHECK_UNREADABLE).isEmpty()) {
            return CommandLine.ExitCode.USAGE;
        }
        return result.hasAtLeast(report.failOn()) ? 1 : 0;
    }
}
