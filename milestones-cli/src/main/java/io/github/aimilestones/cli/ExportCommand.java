package io.github.aimilestones.cli;

import io.github.aimilestones.data.CatalogReader;
import io.github.aimilestones.data.Milestones;
import io.github.aimilestones.data.ReadProblem;
import io.github.aimilestones.data.ReadResult;
import io.github.aimilestones.export.ExportFormat;
import io.github.aimilestones.export.ExportOptions;
import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Category;
import io.github.aimilestones.model.EventKind;
import io.github.aimilestones.model.Language;
import io.github.aimilestones.model.PartialDate;
import io.github.aimilestones.validate.Finding;
import io.github.aimilestones.validate.Report;
import io.github.aimilestones.validate.Severity;
import io.github.aimilestones.validate.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code export --format F [options] [FILES...]}: one format to standard output or, atomically, to a file. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Exports the embedded dataset (or catalog files) in one format.",
            "Catalog files are validated first: a catalog with errors is not exported (the errors are listed) unless"
                    + " --force is given.",
            "Exit codes: 0 written; 1 the catalog has errors, or the filters select no milestone (nothing is"
                    + " written); 2 usage error, unreadable input, or the output could not be written (an existing"
                    + " output file is then left untouched)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  milestones export --format mermaid --from 2012 --to 2014 --category model,architecture",
            "  milestones export --format csv --lang zh --bom -o milestones.zh.csv",
            "  milestones export --format markdown --date-by publication",
            "  milestones export --format html -o timeline.html my-registry.json my-milestones.json",
            "The formats are described in docs/export.md."})
final class ExportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Catalog files to export instead of the embedded dataset, merged into one catalog.")
    private List<Path> files = new ArrayList<>();

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            completionCandidates = Candidates.ExportFormats.class,
            description = "json, timeline-json, csv, markdown, mermaid, timelinejs or html.")
    private ExportFormat format;

    @Option(names = {"-l", "--lang"}, paramLabel = "LANG", defaultValue = "en", converter = LanguageConverter.class,
            completionCandidates = Candidates.Languages.class,
            description = "Language of names and texts: en or zh. Default: ${DEFAULT-VALUE}.")
    private Language language;

    @Option(names = "--from", paramLabel = "DATE", converter = DateConverter.class,
            description = "Only milestones that may fall on or after this date (e.g. 2012 or 2012-06).")
    private PartialDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = DateConverter.class,
            description = "Only milestones that may fall on or before this date.")
    private PartialDate to;

    @Option(names = "--category", paramLabel = "CATEGORY", split = ",", converter = CategoryConverter.class,
            completionCandidates = Candidates.Categories.class,
            description = "Only these categories (repeat or separate with commas): theory, algorithm, architecture,"
                    + " technique, model, system, dataset, framework, hardware, product, organization, event.")
    private List<Category> categories = new ArrayList<>();

    @Option(names = "--id", paramLabel = "ID", split = ",", description = "Only these milestones.")
    private List<String> ids = new ArrayList<>();

    @Option(names = "--tag", paramLabel = "TAG", split = ",", description = "Only milestones with one of these tags.")
    private List<String> tags = new ArrayList<>();

    @Option(names = "--group", paramLabel = "GROUPING", defaultValue = "era",
            converter = GroupingConverter.class,
            completionCandidates = Candidates.Groupings.class, description = "Sections by era, decade or year. Default: ${DEFAULT-VALUE}.")
    private ExportOptions.Grouping grouping;

    @Option(names = "--newest-first", description = "List the newest milestones first.")
    private boolean newestFirst;

    @Option(names = "--bom", description = "Start CSV and Markdown output with a UTF-8 byte order mark (for Excel).")
    private boolean bom;

    @Option(names = "--date-by", paramLabel = "KIND", converter = EventKindConverter.class,
            completionCandidates = Candidates.EventKinds.class,
            description = "Date each milestone by its documented event of this kind (e.g. publication, release),"
                    + " or by its own date when it has none: report, preprint, publication, presentation,"
                    + " announcement, release, competition-result, match, award or other. The json format keeps"
                    + " the records' own dates.")
    private EventKind dateBy;

    @Option(names = "--force", description = "Export a catalog that has errors (the exporters still escape every"
            + " field; the errors are counted on standard error).")
    private boolean force;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to this file, atomically, instead of standard output.")
    private Path output;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** How many errors a refusal lists; validate lists them all. */
    private static final int LISTED_ERRORS = 50;

    /** Creates the command; picocli sets its options and parameters from the arguments. */
    ExportCommand() {
    }

    /**
     * Exports the catalog in the chosen format.
     *
     * @return the exit code: 0 written, 1 a catalog with errors or an empty selection, 2 a usage error, unreadable
     *         input or output that could not be written
     */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> refusal = output == null ? Optional.empty() : Outputs.refusal("-o", output, files);
        if (refusal.isPresent()) {
            err.println(refusal.get());
            return CommandLine.ExitCode.USAGE;
        }
        Catalog catalog;
        if (files.isEmpty()) {
            catalog = Milestones.catalog();  // validated when it is built: it has no error
        } else {
            ReadResult read = CatalogReader.create().read(files);
            Report report = Validator.create().validate(read);
            Optional<Integer> verdict = verdict(report, err);
            if (verdict.isPresent()) {
                return verdict.get();
            }
            catalog = read.catalog();
        }
        ExportOptions options = new ExportOptions(language, from, to, new LinkedHashSet<>(categories),
                new LinkedHashSet<>(ids), new LinkedHashSet<>(tags), grouping, newestFirst, bom, dateBy);
        Optional<String> empty = emptySelection(catalog, options);
        if (empty.isPresent()) {
            err.println("error: nothing to export: " + empty.get());
            return 1;
        }
        try {
            if (output == null) {
                format.exporter().export(catalog, options, spec.commandLine().getOut());
            } else {
                AtomicFiles.write(output, out -> format.exporter().export(catalog, options, out));
            }
        } catch (IOException e) {
            err.println(output == null ? "error: the export failed: " + IoErrors.reason(e)
                    : "error: cannot write " + output + ": " + IoErrors.reason(e) + " (it was left as it was)");
            return CommandLine.ExitCode.USAGE;
        }
        return CommandLine.ExitCode.OK;
    }

    /**
     * What the validation of the files means for the export: unreadable input stops it (2), errors stop it (1)
     * unless --force; each error is listed first.
     */
    private Optional<Integer> verdict(Report report, PrintWriter err) {
        List<Finding> errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        boolean unreadable = errors.stream().anyMatch(f -> f.rule().readKind().filter(ReadProblem.Kind::unreadable).isPresent());
        if (force && !unreadable) {
            err.println("warning: the catalog has " + errors.size() + (errors.size() == 1 ? " error" : " errors")
                    + ": exported anyway (--force); milestones validate lists them");
            return Optional.empty();
        }
        errors.stream().limit(LISTED_ERRORS).forEach(err::println);
        if (errors.size() > LISTED_ERRORS) {
            err.println((errors.size() - LISTED_ERRORS) + " more errors not shown: milestones validate lists every finding");
        }
        err.println(unreadable ? "error: the input cannot be read: nothing was exported"
                : "error: the catalog has " + errors.size() + (errors.size() == 1 ? " error" : " errors")
                        + ": nothing was exported (fix them, or give --force to export it as it is)");
        err.flush();
        return Optional.of(unreadable ? CommandLine.ExitCode.USAGE : 1);
    }

    /**
     * Why the filters select nothing, if they do: the filters are applied one at a time (dates, categories, ids,
     * tags), and the first that leaves no milestone is named.
     */
    static Optional<String> emptySelection(Catalog catalog, ExportOptions options) {
        if (!options.select(catalog).isEmpty()) {
            return Optional.empty();
        }
        if (catalog.milestones().isEmpty()) {
            return Optional.of("the catalog has no milestone");
        }
        ExportOptions step = ExportOptions.defaults().withDateBy(options.dateBy()).withRange(options.from(), options.to());
        if (step.select(catalog).isEmpty()) {
            return Optional.of("no milestone falls " + range(options) + " (of " + catalog.milestones().size() + ")");
        }
        int before = step.select(catalog).size();
        step = step.withCategories(options.categories());
        if (step.select(catalog).isEmpty()) {
            return Optional.of("none of the " + before + " milestones" + (options.from() != null || options.to() != null
                    ? " " + range(options) : "") + " has the category "
                    + options.categories().stream().map(Category::slug).collect(Collectors.joining(" or ")));
        }
        before = step.select(catalog).size();
        step = step.withIds(options.ids());
        if (step.select(catalog).isEmpty()) {
            return Optional.of("--id " + String.join(",", options.ids()) + " names none of the " + before
                    + " milestones the other filters select");
        }
        before = step.select(catalog).size();
        return Optional.of("none of the " + before + " milestones the other filters select has the tag "
                + String.join(" or ", options.tags()));
    }

    private static String range(ExportOptions options) {
        return options.from() != null && options.to() != null ? "between " + options.from() + " and " + options.to()
                : options.from() != null ? "on or after " + options.from() : "on or before " + options.to();
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            return convertOrExplain(() -> ExportFormat.fromSlug(value));
        }
    }

    static final class EventKindConverter implements CommandLine.ITypeConverter<EventKind> {
        @Override
        public EventKind convert(String value) {
            return convertOrExplain(() -> EventKind.fromSlug(value));
        }
    }

    static final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return convertOrExplain(() -> Language.of(value));
        }
    }

    static final class DateConverter implements CommandLine.ITypeConverter<PartialDate> {
        @Override
        public PartialDate convert(String value) {
            return convertOrExplain(() -> PartialDate.parse(value));
        }
    }

    static final class CategoryConverter implements CommandLine.ITypeConverter<Category> {
        @Override
        public Category convert(String value) {
            return convertOrExplain(() -> Category.fromSlug(value));
        }
    }

    static final class GroupingConverter implements CommandLine.ITypeConverter<ExportOptions.Grouping> {
        @Override
        public ExportOptions.Grouping convert(String value) {
            for (ExportOptions.Grouping grouping : ExportOptions.Grouping.values()) {
                if (grouping.name().equalsIgnoreCase(value)) {
                    return grouping;
                }
            }
            throw new CommandLine.TypeConversionException("unknown grouping \"" + value + "\": use era, decade or year");
        }
    }

    /** Turns our precise IllegalArgumentException messages into picocli's usage errors. */
    private static <T> T convertOrExplain(java.util.function.Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
