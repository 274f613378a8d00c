package io.github.aimilestones.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Findings grow with the input, not with its square: thousands of people of one name give one finding each, and
 * every report format caps what it lists, with a count of the rest (issue 16, point 4).
 */
final class FindingsBoundedTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int validate(Path file, String format) {
        return Main.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute("validate", "--format", format, file.toString());
    }

    private Path johnSmiths(int people) throws IOException {
        return Files.writeString(dir.resolve("smiths.json"), HostileInputTest.sameName(people), StandardCharsets.UTF_8);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void threeThousandJohnSmiths_giveOneCollisionEach_againstTheFirst() throws IOException {
        Path file = johnSmiths(3000);

        assertThat(validate(file, "json")).isZero();

        JsonNode report = JsonMapper.shared().readTree(out.toString());
        int collisions = 0;
        for (JsonNode finding : report.get("findings")) {
            if (finding.get("rule").asString().equals("name.alias-collision")) {
                collisions++;
                assertThat(finding.get("message").asString()).startsWith("\"John Smith\" also names p0 (");
            }
        }
        assertThat(collisions).isEqualTo(2999);
        assertThat(report.get("summary").get("warnings").asInt()).isEqualTo(2999 + 3000);  // and registry.unused
        assertThat(report.get("summary").has("notShown")).isFalse();
        assertThat(out.toString().length()).isLessThan(5_000_000);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void sixThousandJohnSmiths_inText_listTenThousand_andCountTheRest() throws IOException {
        Path file = johnSmiths(6000);

        assertThat(validate(file, "text")).isZero();

        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(10_000 + 2);
        assertThat(lines[10_000]).isEqualTo("1999 more findings not shown: a report lists the first 10000");
        assertThat(lines[10_001]).isEqualTo("6000 records checked: 0 errors, 11999 warnings, 0 infos");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void sixThousandJohnSmiths_inJson_listTenThousand_andCountTheRest() throws IOException {
        Path file = johnSmiths(6000);

        assertThat(validate(file, "json")).isZero();

        JsonNode report = JsonMapper.shared().readTree(out.toString());
        assertThat(report.get("findings").size()).isEqualTo(10_000);
        assertThat(report.get("summary").get("warnings").asInt()).isEqualTo(11_999);
        assertThat(report.get("summary").get("notShown").asInt()).isEqualTo(1999);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void sixThousandJohnSmiths_inSarifAndGithub_areBounded() throws IOException {
        Path file = johnSmiths(6000);

        assertThat(validate(file, "sarif")).isZero();
        JsonNode sarif = JsonMapper.shared().readTree(out.toString());
        assertThat(sarif.get("runs").get(0).get("results").size()).isEqualTo(11_999);
        assertThat(out.toString().length()).isLessThan(20_000_000);

        out.getBuffer().setLength(0);
        assertThat(validate(file, "github")).isZero();
        assertThat(out.toString().lines()).hasSize(10 + 2);
        assertThat(out.toString()).contains("11989 more findings not shown as annotations");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void threeThousandMilestonesOfOneNameAndDate_giveOneDuplicateEach() throws IOException {
        StringBuilder text = new StringBuilder("{\"milestones\": [\n");
        for (int i = 0; i < 3000; i++) {
            text.append(i == 0 ? "" : ",\n").append("  {\"id\": \"m").append(i).append("\", \"date\": \"2012\",")
                    .append(" \"category\": \"model\", \"name\": {\"en\": \"AlexNet\", \"zh\": \"AlexNet\"},")
                    .append(" \"summary\": {\"en\": \"A network.\", \"zh\": \"网络。\"}}");
        }
        Path file = Files.writeString(dir.resolve("alexnets.json"), text.append("\n]}\n"), StandardCharsets.UTF_8);

        validate(file, "json");

        JsonNode report = JsonMapper.shared().readTree(out.toString());
        int duplicates = 0;
        for (JsonNode finding : report.get("findings")) {
            if (finding.get("rule").asString().equals("milestone.duplicate")) {
                duplicates++;
                assertThat(finding.get("message").asString()).contains(" with m0 ");
            }
        }
        assertThat(duplicates).isEqualTo(2999);
    }
}
