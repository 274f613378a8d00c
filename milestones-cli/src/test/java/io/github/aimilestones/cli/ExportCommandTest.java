package io.github.aimilestones.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export validates catalog files first, refuses one with errors unless --force, and explains an empty selection. */
final class ExportCommandTest {

    /** A milestone whose id and tag are spreadsheet formulas: three errors (id.syntax twice, citation.missing). */
    private static final String FORMULAS = """
            {"milestones": [{"id": "=10+1", "date": "2015", "category": "model",
              "name": {"en": "Formula", "zh": "公式"}, "tags": ["=20+2"]}]}
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
    }

    @Test
    void catalogWithErrors_isRefused_withItsErrorsListed_andTheOutputLeftAsItWas() throws IOException {
        Path catalog = Files.writeString(dir.resolve("formulas.json"), FORMULAS, StandardCharsets.UTF_8);
        Path output = Files.writeString(dir.resolve("out.csv"), "previous");

        assertThat(run("export", "--format", "csv", "-o", output.toString(), catalog.toString())).isEqualTo(1);

        assertThat(err.toString()).contains("formulas.json:2:", "[id.syntax]", "[citation.missing]")
                .contains("the catalog has 3 errors: nothing was exported (fix them, or give --force")
                .doesNotContain("Exception");
        assertThat(Files.readString(output)).isEqualTo("previous");
    }

    @Test
    void force_exportsAnyway_withEveryFieldEscaped() throws IOException {
        Path catalog = Files.writeString(dir.resolve("formulas.json"), FORMULAS, StandardCharsets.UTF_8);

        assertThat(run("export", "--force", "--format", "csv", catalog.toString())).isZero();

        assertThat(out.toString()).contains("\"'=10+1\"", "\"'=20+2\"").doesNotContain(",=");
        assertThat(err.toString()).contains("warning: the catalog has 3 errors: exported anyway (--force)");
    }

    @Test
    void unreadableInput_isExitTwo_evenWithForce() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"milestones\": [");

        assertThat(run("export", "--force", "--format", "csv", broken.toString())).isEqualTo(2);

        assertThat(err.toString()).contains("broken.json:1:17:", "[read.syntax]", "the input cannot be read");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void emptySelection_isAnError_thatNamesTheFilterThatEmptiedIt() {
        assertThat(run("export", "--format", "csv", "--from", "1900", "--to", "1901")).isEqualTo(1);
        assertThat(err.toString()).contains("error: nothing to export: no milestone falls between 1900 and 1901 (of ");

        assertThat(run("export", "--format", "csv", "--from", "2012", "--to", "2012", "--category", "hardware",
                "--tag", "transformer")).isEqualTo(1);
        assertThat(err.toString()).contains("milestones between 2012 and 2012 has the category hardware");

        assertThat(run("export", "--format", "csv", "--id", "alexnet", "--tag", "no-such-tag")).isEqualTo(1);
        assertThat(err.toString()).contains("none of the 1 milestones the other filters select has the tag no-such-tag");

        assertThat(run("export", "--format", "csv", "--id", "no-such-id")).isEqualTo(1);
        assertThat(err.toString()).contains("--id no-such-id names none of the ");
        assertThat(out.toString()).isEmpty();
    }
}
