package io.github.aimilestones.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.aimilestones.validate.Rule;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

final class ValidateCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine command = new CommandLine(new ValidateCommand());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    private Path fixture(String... edits) throws IOException {
        String json = Files.readString(Path.of("../milestones-validate/src/test/resources/io/github/aimilestones/validate/valid-catalog.json"));
        for (int i = 0; i < edits.length; i += 2) {
            json = json.replace(edits[i], edits[i + 1]);
        }
        return Files.writeString(dir.resolve("catalog.json"), json);
    }

    @Test
    void cleanFile_exitsZero() throws IOException {
        assertThat(run(fixture().toString())).isZero();
        assertThat(out.toString()).isEqualTo("8 records checked: 0 errors, 0 warnings, 0 infos\n");
    }

    @Test
    void errors_exitOne_withFileLineAndColumn() throws IOException {
        Path file = fixture("\"people\": [\"geoffrey-hinton\"],", "\"people\": [\"geoffrey-hintn\"],");

        assertThat(run(file.toString())).isEqualTo(1);
        assertThat(out.toString()).isEqualTo(file + ":10:20: error: \"geoffrey-hintn\" is not a person id: did you mean"
                + " \"geoffrey-hinton\"? [reference.unresolved]\n8 records checked: 1 error, 0 warnings, 0 infos\n");
    }

    @Test
    void langZh_givesChineseMessages_withTheSameRuleIdsAndPlaces() throws IOException {
        Path file = fixture("\"people\": [\"geoffrey-hinton\"],", "\"people\": [\"geoffrey-hintn\"],",
                "\"born\": \"1947-12-06\"", "\"born\": \"1947-12-06\", \"died\": \"1940\"");

        assertThat(run("--lang", "zh", file.toString())).isEqualTo(1);
        assertThat(out.toString()).isEqualTo(file + ":10:20: error: \"geoffrey-hintn\" 不是人物 id：是否应为 \"geoffrey-hinton\"？"
                + " [reference.unresolved]\n"
                + file + ":24:39: warning: geoffrey-hinton 卒于 1940，早于该里程碑（2012-10）：如果成果是在其身后发表的，"
                + "请用 suppression 屏蔽此项并写明理由 [date.person-dead]\n"
                + file + ":52:29: error: died 1940 早于 born 1947-12-06：请更正其中一个日期 [date.registry-order]\n"
                + "8 records checked: 2 errors, 1 warning, 0 infos\n");
    }

    @Test
    void langZh_inTheConfigFile_andLangOnTheCommandLineWins() throws IOException {
        Path file = fixture("\"category\": \"algorithm\",", "\"category\": \"algorithm\", \"colour\": 1,");
        Path chinese = Files.writeString(dir.resolve("zh.json"), "{\"language\": \"zh-CN\"}");

        assertThat(run("-c", chinese.toString(), file.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("error: milestone 中没有字段 \"colour\"：已知的字段有 ").endsWith(" [read.unknown-field]\n"
                + "8 records checked: 1 error, 0 warnings, 0 infos\n");
        out.getBuffer().setLength(0);
        assertThat(run("-c", chinese.toString(), "--lang", "en", file.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("error: unknown field \"colour\" in a milestone: the known fields are ");
    }

    @Test
    void langZh_inJson_changesOnlyTheTexts() throws IOException {
        Path file = fixture("\"people\": [\"geoffrey-hinton\"],", "\"people\": [\"geoffrey-hintn\"],");

        run("--format", "json", file.toString());
        JsonNode english = JsonMapper.shared().readTree(out.toString());
        out.getBuffer().setLength(0);
        run("--format", "json", "--lang", "zh", file.toString());
        JsonNode chinese = JsonMapper.shared().readTree(out.toString());

        assertThat(chinese.at("/findings/0/message").asString()).isEqualTo("\"geoffrey-hintn\" 不是人物 id：是否应为 \"geoffrey-hinton\"？");
        assertThat(chinese.at("/findings/0/fix/description").asString()).isEqualTo("把 \"geoffrey-hintn\" 改为 \"geoffrey-hinton\"");
        ((tools.jackson.databind.node.ObjectNode) chinese.at("/findings/0")).set("message", english.at("/findings/0/message"));
        ((tools.jackson.databind.node.ObjectNode) chinese.at("/findings/0/fix")).set("description",
                english.at("/findings/0/fix/description"));
        assertThat(chinese).isEqualTo(english);
    }

    @Test
    void unknownLang_isAUsageError() throws IOException {
        Path config = Files.writeString(dir.resolve("fr.json"), "{\"language\": \"fr\"}");

        assertThat(run("--lang", "fr", fixture().toString())).isEqualTo(2);
        assertThat(err.toString()).contains("unknown language \"fr\": use en or zh");
        err.getBuffer().setLength(0);
        assertThat(run("-c", config.toString(), fixture().toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("error: " + config + ": language: unknown language \"fr\": use en or zh\n");
    }

    @Test
    void warnings_passByDefault_andFailWithFailOnWarning() throws IOException {
        Path file = fixture("\"published\": \"1986-10-09\"", "\"published\": \"1990\"");

        assertThat(run(file.toString())).isZero();
        assertThat(run("--fail-on", "warning", file.toString())).isEqualTo(1);
    }

    @Test
    void config_changesSeverityAndSwitchesRulesOff() throws IOException {
        Path file = fixture("\"published\": \"1986-10-09\"", "\"published\": \"1990\"");
        Path raise = Files.writeString(dir.resolve("raise.json"), "{\"rules\": {\"date.far-from-source\": \"error\"}}");
        Path off = Files.writeString(dir.resolve("off.json"), "{\"rules\": {\"date.far-from-source\": \"off\"}}");

        assertThat(run("--config", raise.toString(), file.toString())).isEqualTo(1);
        assertThat(run("--fail-on", "info", "-c", off.toString(), file.toString())).isZero();
    }

    @Test
    void badConfig_isAUsageError_withoutStackTrace() throws IOException {
        Path config = Files.writeString(dir.resolve("bad.json"), "{\"rules\": {\"date.nope\": \"error\"}}");

        assertThat(run("--config", config.toString(), fixture().toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("error: " + config
                + ": unknown rule \"date.nope\": see docs/validation.md for the rule ids\n");
    }

    @Test
    void unreadableInput_exitsTwo() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"milestones\": [");

        assertThat(run(broken.toString())).isEqualTo(2);
        assertThat(out.toString()).startsWith(broken + ":1:17: error: invalid JSON: unexpected end-of-input")
                .doesNotContain("Exception");
        assertThat(run(dir.resolve("missing.json").toString())).isEqualTo(2);
    }

    @Test
    void usageErrors_exitTwo() {
        assertThat(run("--format", "xml")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown format \"xml\": use text, json, sarif, github, gitlab or junit");
        assertThat(run("--fail-on", "fatal")).isEqualTo(2);
    }

    @Test
    void json_isMachineReadable() throws IOException {
        Path file = fixture("\"people\": [\"geoffrey-hinton\"],", "\"people\": [\"geoffrey-hintn\"],");

        run("--format", "json", file.toString());

        JsonNode json = JsonMapper.shared().readTree(out.toString());
        assertThat(json.at("/summary/errors").asInt()).isEqualTo(1);
        assertThat(json.at("/summary/records").asInt()).isEqualTo(8);
        JsonNode finding = json.at("/findings/0");
        assertThat(finding.at("/rule").asString()).isEqualTo("reference.unresolved");
        assertThat(finding.at("/severity").asString()).isEqualTo("error");
        assertThat(finding.at("/file").asString()).isEqualTo(file.toString());
        assertThat(finding.at("/line").asInt()).isEqualTo(10);
        assertThat(finding.at("/column").asInt()).isEqualTo(20);
        assertThat(finding.at("/pointer").asString()).isEqualTo("/milestones/0/contributors/people/0");
        assertThat(finding.at("/record").asString()).isEqualTo("backpropagation");
    }

    @Test
    void sarif_hasStableRuleIdsAndRegions() throws IOException {
        Path file = fixture("\"people\": [\"geoffrey-hinton\"],", "\"people\": [\"geoffrey-hintn\"],");
        Path sarif = dir.resolve("report.sarif");

        assertThat(run("--format", "sarif", "--output", sarif.toString(), file.toString())).isEqualTo(1);

        JsonNode json = JsonMapper.shared().readTree(Files.readString(sarif));
        assertThat(json.at("/version").asString()).isEqualTo("2.1.0");
        JsonNode run = json.at("/runs/0");
        assertThat(run.at("/tool/driver/rules")).hasSize(Rule.values().length);
        JsonNode result = run.at("/results/0");
        assertThat(result.at("/ruleId").asString()).isEqualTo("reference.unresolved");
        assertThat(run.at("/tool/driver/rules/" + result.at("/ruleIndex").asInt() + "/id").asString())
                .isEqualTo("reference.unresolved");
        assertThat(result.at("/level").asString()).isEqualTo("error");
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asString()).isEqualTo(file.toString());
        assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(10);
        assertThat(result.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(20);
        assertThat(out.toString()).isEqualTo("8 records checked: 1 error, 0 warnings, 0 infos\n");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("catalog.json", "report.sarif");
        }
    }

    @Test
    void github_annotatesWithinTheLimits_andSaysHowManyWereNotShown() throws IOException {
        StringBuilder people = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            // Short, distinct names: no two of them are near duplicates.
            people.append(",\n    {\"id\": \"person-").append((char) ('a' + i)).append("\", \"name\": {\"en\": \"P")
                    .append((char) ('a' + i)).append("\", \"zh\": \"").append("甲乙丙丁戊己庚辛壬癸子丑".charAt(i)).append("\"}}");
        }
        Path file = fixture("\"name\": {\"en\": \"Alex Krizhevsky\", \"zh\": \"亚历克斯·克里热夫斯基\"}\n    }",
                "\"name\": {\"en\": \"Alex Krizhevsky\", \"zh\": \"亚历克斯·克里热夫斯基\"}\n    }" + people);

        run("--format", "github", file.toString());

        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(12);
        assertThat(lines[0]).startsWith("::warning file=" + file + ",line=").contains(",title=registry.unused::no milestone names person-a");
        assertThat(lines[10]).isEqualTo("2 more findings not shown as annotations (GitHub shows 10 errors, 10 warnings"
                + " and 10 notices per step): run with --format text for all of them");
        assertThat(lines[11]).isEqualTo("20 records checked: 0 errors, 12 warnings, 0 infos");
    }

    @Test
    void noFiles_validatesTheEmbeddedDataset() {
        int exit = run();

        assertThat(out.toString()).contains("records checked: 0 errors");
        assertThat(exit).isZero();
    }

    @Test
    void aDirectory_standsForEveryCatalogFileBelowIt_sortedAndWithoutSchemas() throws IOException {
        Path valid = fixture();
        Path data = Files.createDirectories(dir.resolve("data/nested"));
        Files.move(valid, data.resolve("b.json"));
        Files.writeString(data.resolve("a.json"), "{\"sources\": [{\"id\": \"Not_A_Slug\", \"kind\": \"paper\", \"title\": \"A\"}]}");
        Files.writeString(dir.resolve("data/catalog.schema.json"), "not a catalog");
        Files.writeString(dir.resolve("data/notes.txt"), "not a catalog");

        assertThat(run(dir.resolve("data").toString())).isEqualTo(1);

        String report = out.toString();
        assertThat(report).contains(data.resolve("a.json") + ":").doesNotContain("schema.json", "notes.txt");
        assertThat(report.indexOf(data.resolve("a.json").toString())).isLessThan(report.lastIndexOf("records checked"));
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aDirectory_readsTheSameCatalogAsItsFiles() throws IOException {
        Path valid = fixture();
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.move(valid, data.resolve("catalog.json"));

        assertThat(run(data.toString())).isZero();
        assertThat(out.toString()).isEqualTo("8 records checked: 0 errors, 0 warnings, 0 infos\n");
    }

    @Test
    void aDirectoryWithNoCatalogFile_isAUsageError_thatSaysSo() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("catalog.schema.json"), "{}");

        assertThat(run(empty.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("error: " + empty + ": is a directory with no catalog file (*.json, not"
                + " *.schema.json) below it\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void standardInput_mustBeTheOnlyFile() throws IOException {
        assertThat(run("-", fixture().toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: - (standard input) must be the only FILE");
    }

    @Test
    void quiet_printsNothing_whenNothingIsAtOrAboveFailOn() throws IOException {
        Path file = fixture("\"published\": \"1986-10-09\"", "\"published\": \"1990\"");

        assertThat(run("--quiet", file.toString())).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(run("-q", fixture().toString())).isZero();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void quiet_printsOnlyTheFindingsAtOrAboveFailOn_withoutTheSummary() throws IOException {
        Path file = fixture("\"published\": \"1986-10-09\"", "\"published\": \"1990\"");
        assertThat(run(file.toString())).isZero();
        String warnings = out.toString().lines().filter(line -> line.contains(": warning: "))
                .map(line -> line + "\n").collect(java.util.stream.Collectors.joining());
        out.getBuffer().setLength(0);

        assertThat(run("--quiet", "--fail-on", "warning", file.toString())).isEqualTo(1);
        assertThat(out.toString()).isNotEmpty().isEqualTo(warnings).doesNotContain("records checked");
    }

    @Test
    void quiet_withAnOutputFile_writesTheWholeReport_andPrintsNothing() throws IOException {
        Path report = dir.resolve("report.txt");

        assertThat(run("--quiet", "-o", report.toString(), fixture().toString())).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(Files.readString(report)).isEqualTo("8 records checked: 0 errors, 0 warnings, 0 infos\n");
    }

    @Test
    void reference_comparesWithTheEmbeddedDataset_orAnotherCatalog() throws IOException {
        Path reference = Files.move(fixture(), dir.resolve("reference.json"));
        Path changed = fixture("\"date\": \"1986-10-09\",", "\"date\": \"1987\",");

        run("--fail-on", "info", changed.toString());
        assertThat(out.toString()).doesNotContain("reference.date-differs");
        out.getBuffer().setLength(0);
        run("--reference", changed.toString());
        assertThat(out.toString()).contains("warning: date 1987 differs from the reference's 1985-09 for backpropagation"
                + " (settled by rumelhart-1985-internal-representations)");
        out.getBuffer().setLength(0);
        run("--reference-catalog", reference.toString(), changed.toString());
        assertThat(out.toString()).contains("warning: date 1987 differs from the reference's 1986-10-09 for backpropagation");
    }

    @Test
    void localClock_isAtTheZonesOffsetNow_inZonesAheadBehindAndBetweenHours() {
        java.util.TimeZone before = java.util.TimeZone.getDefault();
        try {
            for (String zone : java.util.List.of("UTC", "Pacific/Kiritimati", "Etc/GMT+12", "Asia/Kolkata",
                    "America/St_Johns", "Asia/Shanghai", "Europe/Paris")) {
                java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(zone));
                java.time.Clock clock = ValidateCommand.localClock();

                assertThat(clock.getZone()).as(zone)
                        .isEqualTo(java.time.ZoneId.of(zone).getRules().getOffset(clock.instant()));
            }
        } finally {
            java.util.TimeZone.setDefault(before);
        }
    }
}
