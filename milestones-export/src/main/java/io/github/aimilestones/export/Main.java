package io.github.aimilestones.export;

import io.github.aimilestones.validate.ValidateCommand;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code milestones [validate ...]}. With no subcommand it runs the main job on the embedded
 * dataset: the validation gate.
 */
@Command(name = "milestones", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        subcommands = {ValidateCommand.class, CommandLine.HelpCommand.class},
        description = {"AI Milestones: a curated, source-backed, bilingual dataset of AI milestones.",
            "With no command, validates the embedded dataset."})
public final class Main implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String... args) {
        java.util.logging.Logger.getLogger("org.hibernate.validator").setLevel(java.util.logging.Level.WARNING);
        System.exit(commandLine().execute(args));
    }

    /**
     * The command line with UTF-8 standard streams.
     *
     * @return a new command line
     */
    public static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true))
                .setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    }

    @Override
    public Integer call() {
        return spec.commandLine().execute("validate");
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"ai-milestones " + (version == null ? "(development build)" : version)};
        }
    }
}
