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

    @Test
    void severalFilesDirectoriesAndStandardInput_areCheckedInOrder_eachInItsLanguage(@TempDir Path dir) throws Exception {
        Path notes = Files.createDirectory(dir.resolve("notes"));
        Files.writeString(notes.resolve("en.md"), "- 2011: AlexNet\n");
        Files.writeString(notes.resolve("zh.txt"), "- 2011年：AlexNet 在图像识别比赛中夺冠\n");
        Files.writeString(notes.resolve("skip.json"), "{}");
        Path single = Files.writeString(dir.resolve("single.md"), "- 2013: Word2Vec\n");
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new CheckCommand()).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(out, true));
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("- 2019: GPT-3\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(command.execute(notes.toString(), single.toString(), "-")).isEqualTo(1);
        } finally {
            System.setIn(stdin);
        }
        java.util.List<String> lines = out.toString().lines().toList();
        assertThat(lines).filteredOn(l -> l.contains("check.date-mismatch")).hasSize(3);
        assertThat(lines.get(0)).contains("en.md:1:3: error: 2011 is wrong for AlexNet");
        assertThat(lines.get(1)).contains("zh.txt:1:3: error: ").contains("参考数据集的日期是");
        assertThat(lines.get(2)).startsWith("<stdin>:1:3: error: 2019 is wrong for");
        assertThat(out.toString()).doesNotContain("skip.json");
    }

    @Test
    void langZh_writesEveryMessageInChinese_andAnOversizedFileIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path en = Files.writeString(dir.resolve("en.md"), "- 2011: AlexNet\n");
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new CheckCommand()).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(out, true));

        assertThat(command.execute("--lang", "zh", en.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("参考数据集的日期是").doesNotContain("is wrong");

        Path big = dir.resolve("big.md");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            file.setLength((10L << 20) + 1);  // sparse: refused by its size, never read
        }
        StringWriter refused = new StringWriter();
        assertThat(new CommandLine(new CheckCommand()).setOut(new PrintWriter(refused, true)).execute(big.toString())).isEqualTo(2);
        assertThat(refused.toString()).contains("big.md: error: the file is larger than 10 MiB");
    }
}
