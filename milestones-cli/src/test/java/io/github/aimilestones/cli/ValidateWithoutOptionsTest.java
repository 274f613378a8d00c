package io.github.aimilestones.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code validate} followed only by files runs without picocli's model ({@link ValidateCommand#withoutOptions}): the
 * command it gives must be the one picocli would build from the same arguments, and run the same; anything with
 * something to parse must be left to picocli.
 */
final class ValidateWithoutOptionsTest {

    @TempDir
    Path dir;

    private Path catalog() throws IOException {
        return Files.copy(Path.of("../milestones-validate/src/test/resources/io/github/aimilestones/validate/valid-catalog.json"),
                dir.resolve("catalog.json"));
    }

    /** Every instance field of the command and of its report options but picocli's spec, by name. */
    private static Map<String, Object> state(ValidateCommand command) throws ReflectiveOperationException {
        Map<String, Object> state = new LinkedHashMap<>();
        for (Field field : ValidateCommand.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) || field.getName().equals("spec")) {
                continue;
            }
            field.setAccessible(true);
            Object value = field.get(command);
            if (value instanceof ReportOptions options) {
                for (Field option : ReportOptions.class.getDeclaredFields()) {
                    if (!Modifier.isStatic(option.getModifiers())) {
                        option.setAccessible(true);
                        state.put(field.getName() + "." + option.getName(), option.get(options));
                    }
                }
            } else {
                state.put(field.getName(), value);
            }
        }
        return state;
    }

    private static ValidateCommand parsedByPicocli(String... args) {
        CommandLine.ParseResult parsed = Main.commandLine(args).parseArgs(args);
        return (ValidateCommand) parsed.subcommand().commandSpec().userObject();
    }

    @Test
    void filesOnly_giveTheCommandPicocliWouldBuild() throws Exception {
        for (List<String> args : List.of(List.of("validate"), List.of("validate", "data/registry.json"),
                List.of("validate", "a.json", "dir/", "validate", "help", "x=y", "中文.json"))) {
            String[] array = args.toArray(String[]::new);
            Optional<ValidateCommand> command = ValidateCommand.withoutOptions(array);
            assertThat(command).as("%s", args).isPresent();
            Map<String, Object> state = state(command.get());
            assertThat(state).as("%s", args).isEqualTo(state(parsedByPicocli(array)));
            assertThat(state.get("files")).isEqualTo(args.stream().skip(1).map(Path::of).toList());
        }
    }

    @Test
    void anythingToParse_isLeftToPicocli() {
        for (List<String> args : List.<List<String>>of(List.of(), List.of("check"), List.of("--out-dir", "x", "validate"),
                List.of("validate", "--help"), List.of("validate", "-h"), List.of("validate", "-V"),
                List.of("validate", "-q"), List.of("validate", "data/", "--quiet"), List.of("validate", "-fjson"),
                List.of("validate", "--format=json", "a.json"), List.of("validate", "-"), List.of("validate", "--"),
                List.of("validate", "@arguments.txt"), List.of("validate", ""), List.of("validate", "a\u0000b.json"))) {
            assertThat(ValidateCommand.withoutOptions(args.toArray(String[]::new))).as("%s", args).isEmpty();
        }
    }

    @Test
    void aPicocliProperty_isLeftToPicocli() {
        System.setProperty("picocli.trace", "OFF");
        try {
            assertThat(ValidateCommand.withoutOptions("validate")).isEmpty();
        } finally {
            System.clearProperty("picocli.trace");
        }
        assertThat(ValidateCommand.withoutOptions("validate")).isPresent();
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run withPicocli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine(args);
        commandLine.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        return new Run(commandLine.execute(args), out.toString(), err.toString());
    }

    private static Run withoutPicocli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        int exit = Main.written(ValidateCommand.withoutOptions(args).orElseThrow().run(outWriter, errWriter),
                outWriter, errWriter);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void filesOnly_runAsWithPicocli() throws IOException {
        Path catalog = catalog();
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"milestones\": [");
        for (List<String> args : List.of(List.of("validate"), List.of("validate", catalog.toString()),
                List.of("validate", dir.toString()), List.of("validate", broken.toString()),
                List.of("validate", dir.resolve("missing.json").toString()))) {
            String[] array = args.toArray(String[]::new);
            Run expected = withPicocli(array);
            assertThat(withoutPicocli(array)).as("%s", args).isEqualTo(expected);
        }
        assertThat(withoutPicocli("validate", catalog.toString()).exit()).isZero();
        assertThat(withoutPicocli("validate", broken.toString()).exit()).isNotZero();
    }
}
