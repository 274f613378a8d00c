package io.github.aimilestones.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The check command: exit codes and report files. */
final class CheckCommandTest {

    private static final Path FIXTURES = Path.of("../milestones-validate/src/test/resources/io/github/aimilestones/validate/check");

    private static Path fixture(String name) {
        return FIXTURES.resolve(name);
    }

    @Test
    void fileWithoutATimeline_isUnreadable(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("notes.md"), "# Notes\n\nNothing dated here.\n");
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new CheckCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(out));

        assertThat(command.execute(file.toString())).isEqualTo(2);
        assertThat(out.toString()).contains("notes.md: error: no Markdown table with a name column, no line that starts"
                + " with a year (such as \"- 2012: AlexNet\") and no sentence that names a milestone of the reference"
                + " [check.unreadable]");
        assertThat(command.execute(dir.resolve("missing.md").toString())).isEqualTo(2);
    }

    @Test
    void command_exitsOneOnErrors_andWritesSarif(@TempDir Path dir) throws Exception {
        Path sarif = dir.resolve("check.sarif");
        CommandLine command = new CommandLine(new CheckCommand()).setOut(new PrintWriter(new StringWriter()));

        assertThat(command.execute("--format", "sarif", "-o", sarif.toString(), fixture("planted.csv").toString())).isEqualTo(1);
        assertThat(Files.readString(sarif)).contains("\"ruleId\" : \"check.date-mismatch\"");
        assertThat(new CommandLine(new CheckCommand()).setOut(new PrintWriter(new StringWriter()))
                .execute("--fail-on", "error", fixture("seed-table.md").toString()))
                .isEqualTo(1);
    }

    @Test
    void quiet_printsOnlyTheFindingsAtOrAboveFailOn() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new CheckCommand()).setOut(new PrintWriter(out, true));

        assertThat(command.execute("--quiet", fixture("planted.csv").toString())).isEqualTo(1);
        assertThat(out.toString()).isNotEmpty().doesNotContain("checked", ": warning: ", ": info: ");
        assertThat(out.toString().lines()).allMatch(line -> line.contains(": error: "));
    }
}
