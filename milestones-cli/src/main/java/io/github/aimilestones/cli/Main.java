package io.github.aimilestones.cli;

import io.github.aimilestones.data.CatalogReader;
import io.github.aimilestones.data.Milestones;
import io.github.aimilestones.data.ReadResult;
import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.export.ExportFormat;
import io.github.aimilestones.export.ExportOptions;
import io.github.aimilestones.model.Language;
import io.github.aimilestones.validate.Report;
import io.github.aimilestones.validate.ReportFormat;
import io.github.aimilestones.validate.Severity;
import io.github.aimilestones.validate.Validator;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The command line: {@code milestones [validate|check|export|schema|rules|explain|generate-completion ...]}, run as
 * {@code java -jar milestones.jar}. With no command it runs the main job: it validates the embedded dataset and, if
 * the dataset has no error, writes every format in both languages into one folder.
 */
@Command(name = "milestones", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"AI Milestones: a curated, source-backed, bilingual dataset of AI milestones, with its"
                + " validation gate and exporters. Run it as java -jar milestones.jar, or through an alias:"
                + " alias milestones='java -jar /path/to/milestones.jar'.",
            "With no command: validates the embedded dataset (or the FILEs), then, if there is no error, writes every"
                    + " format in both languages to --out-dir.",
            "Exit codes: 0 written; 1 the catalog has errors or cannot be read (nothing is written); 2 usage error"
                    + " or a file that could not be written."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  milestones validate --format sarif -o results.sarif data/*.json",
            "  milestones check --missing my-timeline.md",
            "  milestones export --format mermaid --from 2012 --to 2014 -o timeline.mmd",
            "  milestones explain date.person-not-born      # what a rule means, an example, the fix",
            "  source <(milestones generate-completion)     # TAB completion in bash or zsh",
            "Run milestones COMMAND --help for a command's options."})
public final class Main implements Callable<Integer> {

    @CommandLine.Option(names = "--out-dir", paramLabel = "DIR", defaultValue = "milestones-out",
            description = "Where the main job writes its files. Default: ${DEFAULT-VALUE}.")
    private Path outDir;

    @CommandLine.Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Catalog files to validate and export instead of the embedded dataset.")
    private List<Path> files = new java.util.ArrayList<>();

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Creates the command; picocli sets its options and parameters from the arguments. */
    public Main() {
    }

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String... args) {
        if (args.length == 0 || args[0].equals("validate")) {
            Validator.prepare();  // on the other core, while the arguments and the catalog are read
        }
        int exit;
        try {
            Optional<ValidateCommand> gate = ValidateCommand.withoutOptions(args);
            if (gate.isPresent()) {
                PrintWriter out = Outputs.standardOutput();
                PrintWriter err = standardError();
                exit = written(gate.get().run(out, err), out, err);
            } else {
                exit = commandLine(args).execute(args);
            }
        } catch (OutOfMemoryError e) {
            System.err.println("milestones: out of memory: the catalog does not fit in the Java heap ("
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB); give Java more, as in"
                    + " java -Xmx8g -jar milestones.jar ... (docs/performance.md says how much a catalog needs)");
            exit = 2;
        }
        System.exit(exit);
    }

    /**
     * The command line with every command and UTF-8 standard streams.
     *
     * @return a new command line
     */
    static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command line for these arguments: when the first names a command that does work, only that command is
     * built. picocli reads the annotations of every command it is given, and its classes cannot go into a class data
     * sharing archive or an AOT cache, so the model of the commands that do not run is start-up time spent for nothing.
     *
     * @param args the arguments the command line will run with
     * @return a new command line
     */
    static CommandLine commandLine(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        Class<?> only = args.length == 0 ? null : switch (args[0]) {
            case "validate" -> ValidateCommand.class;
            case "check" -> CheckCommand.class;
            case "export" -> ExportCommand.class;
            case "schema" -> SchemaCommand.class;
            case "rules" -> RulesCommand.class;
            case "explain" -> ExplainCommand.class;
            default -> null;
        };
        if (only != null) {
            commandLine.addSubcommand(only);
        } else {  // help, completion, suggestions for a mistyped command and the main job: every command
            for (Class<?> command : List.of(ValidateCommand.class, CheckCommand.class, ExportCommand.class,
                    SchemaCommand.class, RulesCommand.class, ExplainCommand.class, AutoComplete.GenerateCompletion.class,
                    CommandLine.HelpCommand.class)) {
                commandLine.addSubcommand(command);
            }
        }
        commandLine.setOut(Outputs.standardOutput()).setErr(standardError());
        commandLine.setParameterExceptionHandler((error, arguments) -> Suggestions.handle(commandLine, error,
                arguments));
        CommandLine.IExecutionStrategy run = commandLine.getExecutionStrategy();
        commandLine.setExecutionStrategy(parseResult -> written(run.execute(parseResult), commandLine.getOut(),
                commandLine.getErr()));
        return commandLine;
    }

    /** Standard error, in UTF-8 and flushed at each line. */
    private static PrintWriter standardError() {
        return new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    }

    /**
     * A command's exit code, or 2 if what it wrote to standard output was lost: a report that could not be written
     * must not pass the gate.
     *
     * @param exit the command's exit code
     * @param out standard output, which the command wrote to
     * @param err standard error, where the failure is explained
     * @return the exit code
     */
    static int written(int exit, PrintWriter out, PrintWriter err) {
        Optional<String> failure = out instanceof Outputs.Standard standard ? standard.failure()
                : out.checkError() ? Optional.of("write error") : Optional.empty();
        if (failure.isPresent()) {
            err.println("error: cannot write to standard output: " + failure.get());
            return CommandLine.ExitCode.USAGE;
        }
        return exit;
    }

    /**
     * Runs the main job: validates the catalog and, if it has no error, writes every format.
     *
     * @return the exit code: 0 written, 1 the catalog has errors or cannot be read (nothing written), 2 a file
     *         could not be written
     */
    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> mistyped = Suggestions.mistypedCommand(spec.commandLine(),
                files.stream().map(Path::toString).toList());
        if (mistyped.isPresent()) {
            err.println(mistyped.get());
            return CommandLine.ExitCode.USAGE;
        }
        if (outDir.toAbsolutePath().normalize().getParent() == null) {
            err.println("error: --out-dir " + outDir + ": is the root directory: name a folder of its own");
            return CommandLine.ExitCode.USAGE;
        }
        List<Output> outputs = new ArrayList<>();
        for (ExportFormat format : ExportFormat.values()) {
            for (Language language : format.isLocalized() ? List.of(Language.EN, Language.ZH) : List.of(Language.EN)) {
                Output output = new Output(outDir.resolve(format.fileName(language)), format, language);
                Optional<String> refusal = Outputs.refusal("--out-dir", output.file(), files);
                if (refusal.isPresent()) {
                    err.println(refusal.get());
                    return CommandLine.ExitCode.USAGE;
                }
                outputs.add(output);
            }
        }
        Validator validator = Validator.create();  // first: it prepares its checks while the catalog is read
        ReadResult read = files.isEmpty() ? Milestones.read() : CatalogReader.create().read(files);
        Report report = validator.validate(read);
        try {
            ReportFormat.TEXT.write(report, out);
        } catch (IOException e) {
            err.println("error: cannot write the report: " + IoErrors.reason(e));
            return CommandLine.ExitCode.USAGE;
        }
        if (report.hasAtLeast(Severity.ERROR)) {
            err.println("error: the catalog has errors: nothing was exported");
            return 1;
        }
        Catalog catalog = read.catalog();
        Path current = outDir;
        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            for (Output output : outputs) {
                current = output.file();
                ExportOptions options = ExportOptions.defaults().withLanguage(output.language());
                batch.add(current, writer -> output.format().exporter().export(catalog, options, writer));
            }
            current = outDir;
            batch.commit();
        } catch (AtomicFiles.PartlyWritten e) {
            err.println("error: cannot write to " + outDir + ": " + e.getMessage() + ": " + (e.replaced().isEmpty()
                    ? "no file was replaced" : "only " + e.replaced().size() + " of " + outputs.size()
                            + " files were replaced: " + e.replaced()));
            return CommandLine.ExitCode.USAGE;
        } catch (IOException e) {
            err.println("error: cannot write " + current + ": " + IoErrors.reason(e) + ": no file was written");
            return CommandLine.ExitCode.USAGE;
        }
        outputs.forEach(output -> out.println("wrote " + output.file()));
        return 0;
    }

    /** One file of the main job: a format in a language. */
    private record Output(Path file, ExportFormat format, Language language) {
    }
}
