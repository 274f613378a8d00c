package io.github.aimilestones.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@code -o} and {@code --out-dir} write to (issue 16, point 3), on real files: through a device or a pipe,
 * through a symbolic link, never over the root, a directory or an input; with the mode of the file replaced; and
 * errors that say why.
 */
final class OutputTargetsTest {

    private static final Path CHECK_FIXTURES = Path.of(
            "../milestones-validate/src/test/resources/io/github/aimilestones/validate/check");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
    }

    private String listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList().toString();
        }
    }

    @Test
    void devNull_staysACharacterDevice() throws IOException {
        assertThat(run("export", "--format", "json", "-o", "/dev/null")).isZero();
        assertThat(run("validate", "-o", "/dev/null")).isZero();

        assertThat(Files.readAttributes(Path.of("/dev/null"), BasicFileAttributes.class).isOther()).isTrue();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aNamedPipe_isWrittenThrough_notReplaced() throws Exception {
        Path fifo = dir.resolve("pipe");
        assumeThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(fifo);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(run("export", "--format", "csv", "-o", fifo.toString())).isZero();

        assertThat(new String(reader.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8)).startsWith("id,");
        assertThat(Files.readAttributes(fifo, BasicFileAttributes.class).isOther()).isTrue();
        assertThat(listing()).isEqualTo("[pipe]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "timeline-json", "csv", "markdown", "mermaid", "timelinejs", "html"})
    void export_toDevFull_saysNoSpace_andExitsTwo(String format) {
        assertThat(run("export", "--format", format, "-o", "/dev/full")).as(err.toString()).isEqualTo(2);

        assertThat(err.toString()).isEqualTo("error: cannot write /dev/full: no space left on device (it was left as it was)\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif", "github"})
    void validate_toDevFull_saysNoSpace_andExitsTwo(String format) {
        assertThat(run("validate", "--format", format, "-o", "/dev/full")).as(err.toString()).isEqualTo(2);

        assertThat(err.toString()).isEqualTo("error: cannot write /dev/full: no space left on device\n");
    }

    @Test
    void aSymbolicLink_isFollowed_andItsTargetReplaced() throws IOException {
        Files.createDirectory(dir.resolve("site"));
        Path target = Files.writeString(dir.resolve("site/timeline.html"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.html"), Path.of("site/timeline.html"));

        assertThat(run("export", "--format", "html", "-o", link.toString())).isZero();

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("site/timeline.html"));
        assertThat(Files.readString(target)).startsWith("<!DOCTYPE html>");
        assertThat(listing()).isEqualTo("[link.html, site]");
        try (Stream<Path> files = Files.list(dir.resolve("site"))) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aDanglingSymbolicLink_createsItsTarget() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("report.json"), Path.of("reports-target.json"));

        assertThat(run("validate", "--format", "json", "-o", link.toString())).isZero();

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("reports-target.json"))).startsWith("{\n  \"$schema\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "check", "export"})
    void theRootDirectory_isAUsageError(String command) {
        List<String> args = command.equals("check")
                ? List.of("check", "-o", "/", CHECK_FIXTURES.resolve("planted.csv").toString())
                : command.equals("export") ? List.of("export", "--format", "json", "-o", "/") : List.of(command, "-o", "/");

        assertThat(run(args.toArray(String[]::new))).isEqualTo(2);

        assertThat(err.toString()).isEqualTo("error: -o /: is the root directory: name a file\n");
    }

    @Test
    void aDirectory_isAUsageError() {
        assertThat(run("validate", "-o", dir.toString())).isEqualTo(2);

        assertThat(err.toString()).isEqualTo("error: -o " + dir + ": is a directory: name a file\n");
    }

    @Test
    void theMainJob_refusesTheRootDirectory() {
        assertThat(run("--out-dir", "/")).isEqualTo(2);

        assertThat(err.toString()).isEqualTo("error: --out-dir /: is the root directory: name a folder of its own\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void validate_refusesToWriteOverItsInput() throws IOException {
        Path same = Files.writeString(dir.resolve("same.json"), "{\"people\": []}");

        assertThat(run("validate", "-o", same.toString(), same.toString())).isEqualTo(2);

        assertThat(Files.readString(same)).isEqualTo("{\"people\": []}");
        assertThat(err.toString()).startsWith("error: -o " + same + " is also an input (" + same + ")");
    }

    @Test
    void check_refusesToWriteOverItsTimeline_evenThroughALink() throws IOException {
        Path timeline = Files.writeString(dir.resolve("t.md"), "- 2012: AlexNet\n");
        Path link = Files.createSymbolicLink(dir.resolve("report.md"), timeline.getFileName());

        assertThat(run("check", "-o", link.toString(), timeline.toString())).isEqualTo(2);

        assertThat(Files.readString(timeline)).isEqualTo("- 2012: AlexNet\n");
        assertThat(err.toString()).contains("is also an input").doesNotContain("Exception");
    }

    @Test
    void export_refusesToWriteOverItsInput() throws IOException {
        Path catalog = dir.resolve("f.json");
        assertThat(run("export", "--format", "json", "-o", catalog.toString())).isZero();
        byte[] before = Files.readAllBytes(catalog);

        assertThat(run("export", "--format", "json", "-o", catalog.toString(), catalog.toString())).isEqualTo(2);

        assertThat(Files.readAllBytes(catalog)).isEqualTo(before);
        assertThat(err.toString()).contains("is also an input");
    }

    @Test
    void aReplacedFile_keepsItsMode() throws IOException {
        Path file = Files.writeString(dir.resolve("timeline.html"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Path report = Files.writeString(dir.resolve("report.txt"), "old");
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-rw----"));

        assertThat(run("export", "--format", "html", "-o", file.toString())).isZero();
        assertThat(run("validate", "-o", report.toString())).isZero();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rw-rw----");
    }

    @Test
    void aLongOutputName_isWritten() throws IOException {
        Path file = dir.resolve("t".repeat(250) + ".json");

        assertThat(run("export", "--format", "json", "-o", file.toString())).as(err.toString()).isZero();

        assertThat(listing()).isEqualTo("[" + file.getFileName() + "]");
    }

    @Test
    void theMainJob_refusesAFolderWhereAFileGoes_beforeWriting() throws IOException {
        Path old = Files.writeString(dir.resolve("catalog.json"), "old");
        Files.createDirectory(dir.resolve("timeline.en.html"));
        String before = listing();

        assertThat(run("--out-dir", dir.toString())).isEqualTo(2);

        assertThat(err.toString()).isEqualTo("error: --out-dir " + dir.resolve("timeline.en.html")
                + ": is a directory: name a file\n");
        assertThat(Files.readString(old)).isEqualTo("old");
        assertThat(listing()).isEqualTo(before);
    }

    @Test
    void aMainJobThatFailsMidway_leavesTheFolderAsItWas() throws IOException {
        Path old = Files.writeString(dir.resolve("catalog.json"), "old");
        Files.createSymbolicLink(dir.resolve("timeline.zh.html"), Path.of("/dev/full"));  // the last file fails
        String before = listing();

        assertThat(run("--out-dir", dir.toString())).isEqualTo(2);

        assertThat(err.toString()).isEqualTo("error: cannot write " + dir.resolve("timeline.zh.html")
                + ": no space left on device: no file was written\n");
        assertThat(Files.readString(old)).isEqualTo("old");
        assertThat(listing()).isEqualTo(before);
        assertThat(out.toString()).doesNotContain("wrote ");
    }

    @Test
    void theMainJob_writesEveryFile() throws IOException {
        assertThat(run("--out-dir", dir.toString())).isZero();

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).hasSize(13).noneMatch(f -> f.getFileName().toString().startsWith("."));
        }
        assertThat(out.toString()).contains("wrote " + dir.resolve("catalog.json"));
    }

    @Test
    void aReadOnlyFolder_saysPermissionDenied_withoutATemporaryName() throws IOException {
        assumeThat(System.getProperty("user.name")).as("root may write anywhere").isNotEqualTo("root");
        Path folder = Files.createDirectory(dir.resolve("read-only"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThat(run("export", "--format", "json", "-o", folder.resolve("f.json").toString())).isEqualTo(2);

            assertThat(err.toString()).isEqualTo("error: cannot write " + folder.resolve("f.json")
                    + ": permission denied (it was left as it was)\n");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void reasons_areTheSystemsWords_withoutTheTemporaryFile() {
        assertThat(IoErrors.reason(new AccessDeniedException("/site/.timeline.html.1234.tmp"))).isEqualTo("permission denied");
        assertThat(IoErrors.reason(new FileSystemException("/site/.timeline.html.1234.tmp", null, "Read-only file system")))
                .isEqualTo("read-only file system");
        assertThat(IoErrors.reason(new IOException("No space left on device"))).isEqualTo("no space left on device");
        assertThat(IoErrors.reason(new IOException("JSON too deep"))).isEqualTo("JSON too deep");
    }
}
