package io.github.aimilestones.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's usability in a process of its own (issue 18, point 6): standard input, mistyped commands. */
final class UsabilityProcessTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static List<String> java(String... args) {
        String classPath = Stream.of("jdk.module.path", "java.class.path").map(System::getProperty)
                .filter(p -> p != null && !p.isEmpty()).collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, Main.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** Runs the command line with this standard input and these environment variables. */
    private Run run(String stdin, Map<String, String> environment, String... args) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(java(args)).directory(dir.toFile())
                .redirectError(dir.resolve("stderr.txt").toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        try (var in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out, Files.readString(dir.resolve("stderr.txt")));
    }

    @Test
    void validateDash_readsACatalogFromStandardInput_namedStdinInTheFindings() throws Exception {
        Run run = run("{\"sources\": [{\"id\": \"Not_A_Slug\", \"kind\": \"paper\", \"title\": \"A title\"}]}\n",
                Map.of(), "validate", "-");

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).startsWith("<stdin>:1:").contains("[id.syntax]").endsWith("1 error, 1 warning, 0 infos\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void validateDash_aCleanCatalogOnStandardInput_exitsZero() throws Exception {
        String catalog = Files.readString(Path.of(
                "../milestones-validate/src/test/resources/io/github/aimilestones/validate/valid-catalog.json"));

        Run run = run(catalog, Map.of(), "validate", "-");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("8 records checked: 0 errors, 0 warnings, 0 infos\n");
    }

    /** Runs the command line with standard output on a terminal (a pseudo-terminal of util-linux script(1)). */
    private String onATerminal(String noColor, String... args) throws Exception {
        Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux")
                && Files.isExecutable(Path.of("/usr/bin/script")), "needs util-linux script(1)");
        String command = java(args).stream().map(word -> "'" + word.replace("'", "'\\''") + "'")
                .collect(Collectors.joining(" "));
        ProcessBuilder builder = new ProcessBuilder("script", "-qec", command, "/dev/null").directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectError(dir.resolve("stderr.txt").toFile());
        builder.environment().remove("NO_COLOR");
        if (noColor != null) {
            builder.environment().put("NO_COLOR", noColor);
        }
        builder.environment().put("TERM", "xterm");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    @Test
    void onATerminal_theSeveritiesAreInColour_unlessNoColorIsSet() throws Exception {
        Path catalog = Files.writeString(dir.resolve("bad.json"),
                "{\"sources\": [{\"id\": \"Not_A_Slug\", \"kind\": \"paper\", \"title\": \"A title\"}]}\n");

        String coloured = onATerminal(null, "validate", catalog.toString());
        String plain = onATerminal("1", "validate", catalog.toString());

        assertThat(coloured).contains(": \u001B[31merror\u001B[39m: id \"Not_A_Slug\"",
                ": \u001B[33mwarning\u001B[39m: no milestone cites");
        assertThat(plain).contains(": error: id \"Not_A_Slug\"").doesNotContain("\u001B[");
        assertThat(coloured.replaceAll("\u001B\\[[0-9;]*m", "")).isEqualTo(plain);
    }

    @Test
    void onATerminal_aFileWrittenWithO_hasNoColour() throws Exception {
        Path catalog = Files.writeString(dir.resolve("bad.json"),
                "{\"sources\": [{\"id\": \"Not_A_Slug\", \"kind\": \"paper\", \"title\": \"A title\"}]}\n");

        onATerminal(null, "validate", "-o", "report.txt", catalog.toString());

        assertThat(Files.readString(dir.resolve("report.txt"))).contains(": error: ").doesNotContain("\u001B[");
    }
}
