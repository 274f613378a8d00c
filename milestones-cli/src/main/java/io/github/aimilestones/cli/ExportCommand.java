package io.github.aimilestones.cli;

import io.github.aimilestones.export.ExportFormat;
import io.github.aimilestones.export.ExportOptions;
import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Category;
import io.github.aimilestones.model.EventKind;
import io.github.aimilestones.model.Language;
import io.github.aimilestones.model.PartialDate;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code export --format F [options] [FILES...]}: one format to standard output or, atomically, to a file. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Exports the embedded dataset (or catalog files) in one format.",
            "Exit codes: 0 written; 2 usage error, unreadable input, or the output could not be written"
                    + " (an existing output file is then left untouched)."},
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

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to this file, atomically, instead of standard output.")
    private Path output;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Creates the command; picocli sets its options and parameters from the arguments. */
    ExportCommand() {
    }

    /**
     * Exports the catalog in the chosen format.
     *
     * @return the exit code: 0 written, 2 a usage error, unreadable input or output that could not be written
     */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> refusal = output == null ? Optional.empty() : Outputs.refusal("-o", output, files);
        if (refusal.isPresent()) {
            err.println(refusal.get());
            return CommandLine.ExitCode.USAGE;
        }
        Optional<Catalog> input = CatalogFiles.read(files, err,
                problems -> "error: the input has " + problems + " problems: nothing was exported");
        if (input.isEmpty()) {
            return CommandLine.ExitCode.USAGE;
        }
        Catalog catalog = input.get();
        ExportOptions options = new ExportOptions(language, from, to, new LinkedHashSet<>(categories),
                new LinkedHashSet<>(ids), new LinkedHashSet<>(tags), grouping, newestFirst, bom, dateBy);
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
