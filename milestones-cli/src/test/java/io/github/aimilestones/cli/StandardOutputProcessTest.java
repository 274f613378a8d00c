package io.github.aimilestones.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line in a process of its own, with real standard streams: output that cannot be written is an error,
 * {@code -o /dev/stdout} writes into the pipe, and new files get the mode the umask gives (issue 16, point 3).
 */
final class StandardOutputProcessTest {

    private static final Path CHECK_FIXTURES = Path.of(
            "../milestones-validate/src/test/resources/io/github/aimilestones/validate/check");

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    /** The test's class path and module path together, as a plain class path. */
    private static String classPath() {
        return Stream.of("jdk.module.path", "java.class.path").map(System::getProperty)
                .filter(p -> p != null && !p.isEmpty()).collect(Collectors.joining(File.pathSeparator));
    }

    private static List<String> java(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath(), Main.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    private Run run(ProcessBuilder builder) throws Exception {
        Path err = dir.resolve("stderr.txt");
        Process process = builder.redirectError(err.toFile()).start();
        String out = builder.redirectOutput() == ProcessBuilder.Redirect.PIPE
                ? new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8) : "";
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out, Files.readString(err));
    }

    private Run toDevFull(String... args) throws Exception {
        return run(new ProcessBuilder(java(args)).redirectOutput(new File("/dev/full")));
    }

    @Test
    void export_toAFullStandardOutput_exitsTwo_andSaysSo() throws Exception {
        Run run = toDevFull("export", "--format", "json");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: cannot write to standard output: no space left on device\n");
    }

    @Test
    void validate_toAFullStandardOutput_exitsTwo_andSaysSo() throws Exception {
        Run run = toDevFull("validate");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: cannot write to standard output: no space left on device\n");
    }

    @Test
    void check_toAFullStandardOutput_exitsTwo_andSaysSo() throws Exception {
        Path timeline = Files.writeString(dir.resolve("t.md"), "- 2012: AlexNet\n");

        Run run = toDevFull("check", timeline.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: cannot write to standard output: no space left on device\n");
    }

    @Test
    void outputDevStdout_writesIntoThePipe() throws Exception {
        Run run = run(new ProcessBuilder(java("export", "--format", "csv", "-o", "/dev/stdout")));

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("id,");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void newFiles_getTheModeOfTheUmask() throws Exception {
        String command = java("export", "--format", "html", "-o", "timeline.html").stream()
                .map(word -> "'" + word.replace("'", "'\\''") + "'").collect(Collectors.joining(" "));
        Run run = run(new ProcessBuilder("sh", "-c", "umask 022 && " + command + " && umask 027 && "
                + command.replace("timeline.html", "private.html")).directory(dir.toFile()));

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(mode(dir.resolve("timeline.html"))).isEqualTo("rw-r--r--");
        assertThat(mode(dir.resolve("private.html"))).isEqualTo("rw-r-----");
    }

    @Test
    void theMainJob_givesItsFilesTheModeOfTheUmask() throws Exception {
        Path out = dir.resolve("site");
        String command = java("--out-dir", out.toString()).stream()
                .map(word -> "'" + word.replace("'", "'\\''") + "'").collect(Collectors.joining(" "));
        Run run = run(new ProcessBuilder("sh", "-c", "umask 022 && " + command).redirectOutput(dir.resolve("out.txt").toFile()));

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(mode(out.resolve("timeline.en.html"))).isEqualTo("rw-r--r--");
        assertThat(mode(out.resolve("catalog.json"))).isEqualTo("rw-r--r--");
    }

    @Test
    void validate_readsACatalogFromAPipe_onStandardInput() throws Exception {
        Process process = new ProcessBuilder(java("validate", "/dev/stdin")).redirectError(dir.resolve("err.txt").toFile())
                .start();
        try (var stdin = process.getOutputStream()) {
            stdin.write(HostileInputTest.sameName(300).getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(out).doesNotContain("Illegal seek").endsWith("300 records checked: 0 errors, 599 warnings, 0 infos\n");
        assertThat(process.exitValue()).isZero();
    }

    private static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }
}
