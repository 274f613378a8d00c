package io.github.aimilestones.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aimilestones.export.ExportFormat;
import io.github.aimilestones.export.ExportOptions;
import io.github.aimilestones.data.Milestones;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

final class AtomicFilesTest {

    @TempDir
    Path dir;

    private String listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList().toString();
        }
    }

    @Test
    void failingExport_leavesThePreviousFileByteForByte_andNoTemporaryFile() throws IOException {
        Path file = dir.resolve("timeline.mmd");
        byte[] previous = "timeline\n    title previous\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(file, previous);

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            ExportFormat.MERMAID.exporter().export(Milestones.catalog(), ExportOptions.defaults(), out);
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(Files.readAllBytes(file)).isEqualTo(previous);
        assertThat(listing()).isEqualTo("[timeline.mmd]");
    }

    @Test
    void failingWriter_midStream_leavesNothingBehind() {
        Path file = dir.resolve("new.csv");

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("id,date\r\n");
            throw new IllegalStateException("exporter bug");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(file).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void successfulExport_replacesTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("catalog.json"), "old");

        AtomicFiles.write(file, out -> ExportFormat.JSON.exporter().export(Milestones.catalog(), ExportOptions.defaults(), out));

        assertThat(Files.readString(file)).startsWith("{\n  \"milestones\": [");
        assertThat(listing()).isEqualTo("[catalog.json]");
    }

    @Test
    void exportCommand_withUnreadableInput_exitsTwo_andWritesNothing() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"milestones\": [");
        Path output = Files.writeString(dir.resolve("out.md"), "previous");
        StringWriter err = new StringWriter();

        int exit = Main.commandLine().setErr(new PrintWriter(err, true))
                .execute("export", "--format", "markdown", "-o", output.toString(), broken.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(Files.readString(output)).isEqualTo("previous");
        assertThat(err.toString()).contains("broken.json:1:17: error: invalid JSON").contains("nothing was exported")
                .doesNotContain("Exception");
    }

    @Test
    void exportCommand_rejectsBadOptionsClearly() {
        StringWriter err = new StringWriter();
        CommandLine command = Main.commandLine().setErr(new PrintWriter(err, true));

        assertThat(command.execute("export", "--format", "pdf")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown format \"pdf\": use json, timeline-json, csv, markdown, mermaid,"
                + " timelinejs or html");
        assertThat(command.execute("export", "--format", "csv", "--from", "2012-13")).isEqualTo(2);
        assertThat(err.toString()).contains("invalid date \"2012-13\": month must be 01 to 12");
    }

    @Test
    void aBatchWhoseSecondMoveFails_namesTheFileItReplaced_andLeavesNoTemporaryFile() throws IOException {
        Path first = Files.writeString(dir.resolve("a.json"), "old a");
        Path second = dir.resolve("b.json");
        AtomicFiles.PartlyWritten failure;
        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            batch.add(first, out -> out.write("new a"));
            batch.add(second, out -> out.write("new b"));
            Files.createDirectory(second);  // in the way once everything is written: the second move fails
            Files.writeString(second.resolve("keep"), "x");
            failure = org.assertj.core.api.Assertions.catchThrowableOfType(AtomicFiles.PartlyWritten.class, batch::commit);
        }

        assertThat(failure.replaced()).containsExactly(first.toRealPath());
        assertThat(Files.readString(first)).isEqualTo("new a");
        assertThat(listing()).isEqualTo("[a.json, b.json]");
    }
}
