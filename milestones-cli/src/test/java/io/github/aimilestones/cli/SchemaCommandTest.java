package io.github.aimilestones.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.aimilestones.validate.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schemas for editors and tools (issue 17): printed by {@code schema}, published under docs/schema/ where their
 * https {@code $id} points, and a JSON Schema among the catalog files is skipped, not read as a catalog.
 */
final class SchemaCommandTest {

    private static final String PUBLISHED = "https://aimilestones.github.io/ai-milestones/schema/";
    private static final Path EVERY_MISTAKE =
            Path.of("../milestones-validate/src/test/resources/io/github/aimilestones/validate/authoring/every-mistake.json");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
    }

    @Test
    void printsTheCatalogSchema_asPublished() throws IOException {
        assertThat(run("schema")).isZero();

        assertThat(out.toString()).isEqualTo(Files.readString(Path.of("../docs/schema/milestones.schema.json")));
        assertThat(JsonMapper.shared().readTree(out.toString()).path("$id").asString())
                .isEqualTo(PUBLISHED + "milestones.schema.json");
    }

    @Test
    void printsTheReportSchema_asPublished() throws IOException {
        assertThat(run("schema", "--report")).isZero();

        assertThat(out.toString()).isEqualTo(Files.readString(Path.of("../docs/schema/report.schema.json")))
                .isEqualTo(ReportFormat.jsonSchema());
        assertThat(JsonMapper.shared().readTree(out.toString()).path("$id").asString())
                .isEqualTo(PUBLISHED + "report.schema.json").isEqualTo(ReportFormat.JSON_SCHEMA_ID);
    }

    @Test
    void theJsonReport_isValidAgainstItsSchema_withToolVersionAndFixes() {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(ReportFormat.jsonSchema(), InputFormat.JSON);
        assertThat(run("validate", "--format", "json", EVERY_MISTAKE.toString())).isEqualTo(1);

        assertThat(schema.validate(out.toString(), InputFormat.JSON).stream().map(Error::toString)).isEmpty();
        JsonNode report = JsonMapper.shared().readTree(out.toString());
        assertThat(report.path("$schema").asString()).isEqualTo(ReportFormat.JSON_SCHEMA_ID);
        assertThat(report.path("formatVersion").asInt()).isEqualTo(1);
        assertThat(report.path("tool").path("name").asString()).isEqualTo("ai-milestones");
        assertThat(report.path("tool").path("version").asString()).isNotBlank();
        JsonNode unresolved = report.path("findings").valueStream()
                .filter(f -> f.path("fix").path("description").asString().equals("replace \"yan-lecun\" with \"yann-lecun\""))
                .findFirst().orElseThrow();
        assertThat(unresolved.path("expected").asString()).isEqualTo("yann-lecun");
        assertThat(unresolved.path("fix").path("edit").path("replaced").asString()).isEqualTo("\"yan-lecun\"");
        assertThat(unresolved.path("fix").path("edit").path("inserted").asString()).isEqualTo("\"yann-lecun\"");
        assertThat(unresolved.path("fix").path("edit").path("line").asInt()).isEqualTo(unresolved.path("line").asInt());
        assertThat(schema.validate("{\"formatVersion\": 1, \"summary\": {}, \"findings\": []}", InputFormat.JSON))
                .as("a report without tool").isNotEmpty();
    }

    @Test
    void sarif_carriesExactFixesAsReplacements() throws IOException {
        assertThat(run("validate", "--format", "sarif", EVERY_MISTAKE.toString())).isEqualTo(1);

        try (java.io.InputStream in = ReportFormatsTest.class.getResourceAsStream("sarif-schema-2.1.0.json")) {
            Schema sarif = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
            assertThat(sarif.validate(out.toString(), InputFormat.JSON).stream().map(Error::toString)).isEmpty();
        }
        JsonNode results = JsonMapper.shared().readTree(out.toString()).path("runs").path(0).path("results");
        JsonNode fixed = results.valueStream().filter(r -> r.has("fixes")
                && r.path("fixes").path(0).path("description").path("text").asString().startsWith("write the date"))
                .findFirst().orElseThrow();
        JsonNode replacement = fixed.path("fixes").path(0).path("artifactChanges").path(0).path("replacements").path(0);
        assertThat(replacement.path("deletedRegion").path("startLine").asInt()).isEqualTo(32);
        assertThat(replacement.path("deletedRegion").path("startColumn").asInt()).isEqualTo(15);
        assertThat(replacement.path("deletedRegion").path("endColumn").asInt()).isEqualTo(15 + "\"July 1960\"".length());
        assertThat(replacement.path("insertedContent").path("text").asString()).isEqualTo("\"1960-07\"");
        // A fix known only in words is no SARIF fix (a fix must change the file), but is in the result's properties.
        assertThat(results.valueStream().filter(r -> r.path("ruleId").asString().equals("name.missing-translation")))
                .allSatisfy(r -> {
                    assertThat(r.has("fixes")).isFalse();
                    assertThat(r.path("properties").path("fix").asString()).isEqualTo("add \"zh\" to \"name\"");
                });
    }

    @Test
    void aSchemaAmongTheCatalogFiles_isSkippedWithAnInfo() throws IOException {
        Path schema = dir.resolve("milestones.schema.json");
        assertThat(run("schema")).isZero();
        Files.writeString(schema, out.toString());
        Path catalog = Files.writeString(dir.resolve("catalog.json"),
                "{\"$schema\": \"./milestones.schema.json\", \"people\": [{\"id\": \"a\", \"name\": {\"en\": \"A\", \"zh\": \"甲\"}}]}");
        out.getBuffer().setLength(0);

        assertThat(run("validate", catalog.toString(), schema.toString())).isZero();

        assertThat(out.toString()).contains(schema + ":2:3: info: the file is a JSON Schema (its $schema is"
                + " https://json-schema.org/draft/2020-12/schema), not a catalog: it is skipped")
                .doesNotContain("read.unknown-field");
    }
}
