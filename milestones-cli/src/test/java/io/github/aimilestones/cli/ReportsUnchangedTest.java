package io.github.aimilestones.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The command line's reports stay byte for byte what they were: every format of {@code validate} and {@code check}
 * on the embedded dataset, the rule fixtures, the check fixtures and every file of the hostile corpus. The expected
 * files under {@code reports/} were written by {@code java -jar milestones.jar} before the restructuring into
 * modules (out and err together, then the exit code), run in the input's folder so that reports name the bare file.
 *
 * <p>A report that changes on purpose is written again with {@code REPORTS_WRITE=1 mvn -pl milestones-cli test
 * -Dtest=ReportsUnchangedTest}; the diff then shows what changed.
 */
final class ReportsUnchangedTest {

    private static final Path EXPECTED = Path.of("src/test/resources/io/github/aimilestones/cli/reports");
    private static final Path VALIDATE_RESOURCES = Path.of("../milestones-validate/src/test/resources/io/github/aimilestones/validate");

    /** One report: which expected file, which folder its input lies in, and the arguments. */
    record Case(Path expected, Path folder, List<String> arguments) {
        @Override
        public String toString() {
            return EXPECTED.relativize(expected).toString();
        }
    }

    static Stream<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.walk(EXPECTED)) {
            for (Path expected : files.filter(Files::isRegularFile).sorted().toList()) {
                // NAME.COMMAND.FORMAT, in a folder that says where NAME lies.
                String name = expected.getFileName().toString();
                String format = name.substring(name.lastIndexOf('.') + 1);
                String rest = name.substring(0, name.lastIndexOf('.'));
                String command = rest.substring(rest.lastIndexOf('.') + 1);
                String input = rest.substring(0, rest.lastIndexOf('.'));
                String group = expected.getParent().getFileName().toString();
                Path folder = switch (group) {
                    case "hostile" -> Path.of("src/test/resources/io/github/aimilestones/cli/hostile");
                    case "check" -> VALIDATE_RESOURCES.resolve("check");
                    case "fixtures" -> VALIDATE_RESOURCES;
                    case "embedded" -> null;
                    default -> throw new IllegalStateException("unknown folder of expected reports: " + group);
                };
                List<String> arguments = new ArrayList<>(List.of(command, "--format", format));
                if (folder != null) {
                    arguments.add(folder.resolve(input).toString());
                }
                cases.add(new Case(expected, folder, arguments));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void report_isByteForByteAsBefore(Case c) throws IOException {
        StringWriter output = new StringWriter();
        PrintWriter both = new PrintWriter(output, true);
        int exit = Main.commandLine().setOut(both).setErr(both).execute(c.arguments().toArray(String[]::new));
        String actual = output + "exit " + exit + "\n";
        if (c.folder() != null) {
            actual = actual.replace(c.folder() + "/", "");
        }
        // The version comes from the jar's manifest, absent when the tests run on compiled classes.
        actual = actual.replaceAll("\"semanticVersion\" : \"[^\"]*\"", "\"semanticVersion\" : \"0.1.0-SNAPSHOT\"");

        if (System.getenv("REPORTS_WRITE") != null) {
            Files.writeString(c.expected(), actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(c.expected(), StandardCharsets.UTF_8));
    }
}
