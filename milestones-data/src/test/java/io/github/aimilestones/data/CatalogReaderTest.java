package io.github.aimilestones.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aimilestones.model.Category;
import io.github.aimilestones.model.Event;
import io.github.aimilestones.model.EventKind;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.PartialDate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CatalogReaderTest {

    private static final String ALEXNET = """
            {"id": "alexnet", "date": "2012-09-30", "category": "architecture", "name": {"en": "AlexNet"}}""";

    private static ReadResult read(String json) {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    private static ReadResult read(byte[] json) {
        return CatalogReader.create().read("test.json", new ByteArrayInputStream(json));
    }

    private static List<String> problems(String json) {
        return read(json).problems().stream().map(ReadProblem::toString).toList();
    }

    @Test
    void reads_aValidRecordWithItsPosition() {
        ReadResult result = read("{\n  \"milestones\": [\n    " + ALEXNET + "\n  ]\n}\n");

        assertThat(result.problems()).isEmpty();
        Milestone alexNet = result.catalog().milestone("alexnet").orElseThrow();
        assertThat(alexNet.date()).isEqualTo(PartialDate.parse("2012-09-30"));
        assertThat(alexNet.category()).isEqualTo(Category.ARCHITECTURE);
        assertThat(result.sourceMap().record(RecordKind.MILESTONE, "alexnet"))
                .contains(new Location("test.json", 3, 5, "/milestones/0"));
        assertThat(result.sourceMap().field(RecordKind.MILESTONE, "alexnet", "/date"))
                .contains(new Location("test.json", 3, 23, "/milestones/0/date"));
        assertThat(result.sourceMap().field(RecordKind.MILESTONE, "alexnet", "/name/en"))
                .contains(new Location("test.json", 3, 82, "/milestones/0/name/en"));
        // A field that is absent falls back to its record.
        assertThat(result.sourceMap().field(RecordKind.MILESTONE, "alexnet", "/tags/0"))
                .contains(new Location("test.json", 3, 5, "/milestones/0"));
        assertThat(result.sourceMap().record(RecordKind.PERSON, "alexnet")).isEmpty();
    }

    @Test
    void readsEvents_andReportsTheirMistakesWhereTheyAre() {
        ReadResult good = read("""
                {"milestones": [{"id": "lstm", "date": "1995-08", "events": [
                  {"kind": "report", "date": "1995-08", "source": "hochreiter-1995"},
                  {"kind": "publication", "date": "1997-11", "source": "hochreiter-1997", "note": {"en": "Neural Computation"}}],
                  "category": "architecture", "name": {"en": "LSTM"}}]}""");

        assertThat(good.problems()).isEmpty();
        Milestone lstm = good.catalog().milestone("lstm").orElseThrow();
        assertThat(lstm.events()).extracting(Event::kind).containsExactly(EventKind.REPORT, EventKind.PUBLICATION);
        assertThat(lstm.events().get(1).note().en()).isEqualTo("Neural Computation");
        assertThat(good.sourceMap().field(RecordKind.MILESTONE, "lstm", "/events/1/date"))
                .contains(new Location("test.json", 3, 27, "/milestones/0/events/1/date"));

        assertThat(problems("""
                {"milestones": [{"id": "a", "date": "2012", "events": [{"kind": "talk", "date": "2012", "source": "s"}],
                  "category": "model", "name": {"en": "A"}}]}""")).containsExactly("test.json:1:57: unknown event kind"
                + " \"talk\": use one of report, preprint, publication, presentation, announcement, release,"
                + " competition-result, match, award, other [read.invalid-value]");
        assertThat(problems("""
                {"milestones": [{"id": "a", "date": "2012", "events": [{"kind": "report", "dte": "2012", "source": "s"}],
                  "category": "model", "name": {"en": "A"}}]}""")).containsExactly(
                "test.json:1:56: \"events/0\" is missing the required field \"date\" [read.missing-field]");
        assertThat(problems("""
                {"milestones": [{"id": "a", "date": "2012", "events": [{"kind": "report", "date": "2012", "source": "s",
                  "nte": {"en": "x"}}], "category": "model", "name": {"en": "A"}}]}""")).containsExactly(
                "test.json:2:3: unknown field \"nte\" in an event: did you mean \"note\"? [read.unknown-field]");
    }

    @Test
    void reportsEveryUnknownFieldWithASuggestion_andKeepsTheRecord() {
        ReadResult result = read("""
                {"milestones": [{"id": "a", "date": "2012", "category": "model", "name": {"en": "A", "zhh": "甲"},
                  "whatitdoes": {"en": "x"}, "colour": "red"}],
                 "sorces": []}""");

        assertThat(result.problems()).map(ReadProblem::toString).containsExactly(
                "test.json:1:86: unknown field \"zhh\" in a localized text: did you mean \"zh\"? [read.unknown-field]",
                "test.json:2:3: unknown field \"whatitdoes\" in a milestone: did you mean \"whatItDoes\"? [read.unknown-field]",
                "test.json:2:30: unknown field \"colour\" in a milestone: the known fields are aliases, buildsOn, category,"
                        + " citations, contributors, corrections, date, dateNote, events, figures, id, impact, name, summary, suppressions,"
                        + " tags, whatItDoes [read.unknown-field]",
                "test.json:3:2: unknown field \"sorces\" in a catalog file: did you mean \"sources\"? [read.unknown-field]");
        assertThat(result.problems()).map(ReadProblem::location).map(Location::pointer).containsExactly(
                "/milestones/0/name/zhh", "/milestones/0/whatitdoes", "/milestones/0/colour", "/sorces");
        assertThat(result.catalog().milestone("a")).isPresent();
    }

    @Test
    void reportsBadRecords_andReadsTheOthers() {
        List<String> problems = problems("""
                {"milestones": [
                  {"id": "a", "date": "2023-02-30", "category": "model", "name": {"en": "A"}},
                  {"id": "b", "category": "model", "name": {"en": "B"}},
                  {"id": "c", "date": 2012, "category": "model", "name": {"en": "C"}},
                  {"id": "d", "date": "2012", "category": "robot", "name": {"en": "D"}},
                  {"id": "e", "date": "2012", "category": "model", "name": {"zh": "戊"}},
                  {"id": "f", "date": "2012", "category": "model", "name": {"en": "F"}, "aliases": "F1"},
                  "g",
                """ + "  " + ALEXNET + "\n]}");

        assertThat(problems).containsExactly(
                "test.json:2:15: invalid date \"2023-02-30\": day 30 does not exist: February 2023 has 28 days [read.invalid-value]",
                "test.json:3:3: the milestone is missing the required field \"date\" [read.missing-field]",
                "test.json:4:15: wrong type for \"date\": expected a date string such as \"2012-09\", found a number [read.type]",
                "test.json:5:31: unknown category \"robot\": use one of theory, algorithm, architecture, technique, model,"
                        + " system, dataset, framework, hardware, product, organization, event [read.invalid-value]",
                "test.json:6:52: \"name\" is missing the required field \"en\" [read.missing-field]",
                "test.json:7:73: wrong type for \"aliases\": expected an array, found a string [read.type]",
                "test.json:8:3: a milestone must be a JSON object, not a string [read.type]");
        assertThat(read("{\"milestones\": [" + ALEXNET + "]}").catalog().milestones()).hasSize(1);
    }

    @Test
    void reportsDuplicateKeysNullsAndIds() {
        List<String> problems = problems("""
                {"milestones": [
                  {"id": "alexnet", "id": "x", "date": "2012", "category": "model", "name": {"en": "A"}, "summary": null},
                """ + "  " + ALEXNET + "\n]}");

        assertThat(problems).containsExactly(
                "test.json:2:21: duplicate key \"id\": the first value is used; remove or rename the other [read.duplicate-key]",
                "test.json:2:90: null is not a value in this format: leave the field out [read.null]",
                "test.json:3:4: duplicate milestone id \"alexnet\": first defined at test.json:2:3; give one of them"
                        + " another id [read.duplicate-id]");
    }

    @Test
    void reportsNullsAndDuplicateIds_inAnOtherwiseWellFormedFile() {
        // No duplicate key: the file is read fast, and only the records with a problem are read again.
        List<String> problems = problems("""
                {"milestones": [
                  {"id": "alexnet", "date": "2012", "category": "model", "name": {"en": "A"}, "summary": null},
                """ + "  " + ALEXNET + "\n]}");

        assertThat(problems).containsExactly(
                "test.json:2:79: null is not a value in this format: leave the field out [read.null]",
                "test.json:3:4: duplicate milestone id \"alexnet\": first defined at test.json:2:3; give one of them"
                        + " another id [read.duplicate-id]");
    }

    @Test
    void reportsSyntaxErrorsAtTheirPosition() {
        assertThat(problems("{\"milestones\": [\n  {\"id\": \"a\",}\n]}")).singleElement().asString()
                .startsWith("test.json:2:14: invalid JSON: unexpected character ('}' (code 125))")
                .endsWith("[read.syntax]");
        assertThat(problems("{\"milestones\": [")).singleElement().asString()
                .startsWith("test.json:1:17: invalid JSON: unexpected end-of-input");
        assertThat(problems("{} {}")).containsExactly(
                "test.json:1:4: unexpected content after the end of the JSON value: a file holds one object [read.syntax]");
    }

    @Test
    void reportsFilesThatAreNotCatalogs() {
        assertThat(problems("")).containsExactly(
                "test.json: the file is empty: a catalog file is a JSON object such as {\"milestones\": []} [read.empty]");
        assertThat(problems("[]")).containsExactly("test.json:1:1: a catalog file must be a JSON object with the arrays"
                + " milestones, people, organizations and sources, not an array [read.type]");
        assertThat(problems("{\"milestones\": {}, \"$schema\": 1}")).containsExactly(
                "test.json:1:2: \"milestones\" must be an array of milestone objects, not an object [read.type]",
                "test.json:1:20: \"$schema\" must be a string: the path or URL of the JSON Schema [read.type]");
        assertThat(read(new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'}).problems()).map(ReadProblem::toString)
                .containsExactly("test.json: the file is not valid UTF-8: save it as UTF-8 [read.encoding]");
    }

    @Test
    void locatesTheFirstInvalidUtf8Byte_andRecognisesUtf16(@TempDir Path dir) throws IOException {
        Path latin1 = Files.write(dir.resolve("latin1.json"),
                "{\n  \"people\": [{\"id\": \"j\", \"name\": {\"en\": \"J\u00fcrgen\"}}]\n}".getBytes(StandardCharsets.ISO_8859_1));
        Path utf16 = Files.write(dir.resolve("utf16.json"), "{}".getBytes(StandardCharsets.UTF_16));

        assertThat(CatalogReader.create().read(latin1, utf16).problems()).map(ReadProblem::toString).containsExactly(
                latin1 + ":2:43: the file is not valid UTF-8 (byte 0xFC here): save it as UTF-8 [read.encoding]",
                utf16 + ": the file is UTF-16 (it starts with a UTF-16 byte order mark): save it as UTF-8 [read.encoding]");
    }

    @Test
    void findsFieldPositionsInsideRecords_byReadingTheRecordAgain(@TempDir Path dir) throws IOException {
        // A byte order mark, CRLF line ends, Chinese text before the record: positions must still be exact.
        String json = "\uFEFF{\r\n  \"milestones\": [\r\n    " + ALEXNET.replace("\"AlexNet\"}", "\"AlexNet\", \"zh\": \"亚历克斯网络\"}")
                + ",\r\n    {\"id\": \"b\", \"date\": \"2013\",\r\n     \"category\": \"model\",\r\n     \"name\": {\"en\": \"B\"},"
                + " \"buildsOn\": [\"alexnet\", \"x\"]}\r\n  ]\r\n}\r\n";
        Path file = Files.write(dir.resolve("crlf.json"), json.getBytes(StandardCharsets.UTF_8));

        SourceMap map = CatalogReader.create().read(file).sourceMap();

        assertThat(map.record(RecordKind.MILESTONE, "b")).contains(new Location(file.toString(), 4, 5, "/milestones/1"));
        assertThat(map.field(RecordKind.MILESTONE, "b", "/category"))
                .contains(new Location(file.toString(), 5, 6, "/milestones/1/category"));
        assertThat(map.field(RecordKind.MILESTONE, "b", "/buildsOn/1"))
                .contains(new Location(file.toString(), 6, 51, "/milestones/1/buildsOn/1"));
        assertThat(map.field(RecordKind.MILESTONE, "alexnet", "/name/en"))
                .contains(new Location(file.toString(), 3, 82, "/milestones/0/name/en"));
        assertThat(map.field(RecordKind.MILESTONE, "alexnet", "/tags/0"))
                .contains(new Location(file.toString(), 3, 5, "/milestones/0"));
    }

    @Test
    void skipsAUtf8ByteOrderMark() {
        byte[] json = ("\uFEFF{\"milestones\": [" + ALEXNET + "]}").getBytes(StandardCharsets.UTF_8);

        assertThat(read(json).problems()).isEmpty();
    }

    @Test
    void rejectsDeepNesting() {
        String deep = "{\"milestones\": [{\"id\": \"a\", \"aliases\": " + "[".repeat(100) + "]".repeat(100) + "}]}";

        assertThat(problems(deep)).singleElement().asString()
                .startsWith("test.json:1:").contains("nesting depth").endsWith("[read.limit]");
    }

    @Test
    void mergesFiles_andReportsDuplicatesAcrossThem(@TempDir Path dir) throws IOException {
        Path registry = Files.writeString(dir.resolve("registry.json"),
                "{\"people\": [{\"id\": \"geoffrey-hinton\", \"name\": {\"en\": \"Geoffrey Hinton\"}}]}");
        Path milestones = Files.writeString(dir.resolve("milestones.json"), "{\"milestones\": [" + ALEXNET + "]}");
        Path again = Files.writeString(dir.resolve("again.json"), "{\"milestones\": [" + ALEXNET + "]}");

        ReadResult result = CatalogReader.create().read(registry, milestones, again, dir.resolve("missing.json"));

        assertThat(result.catalog().people()).hasSize(1);
        assertThat(result.catalog().milestones()).hasSize(1);
        assertThat(result.sourceMap().record(RecordKind.PERSON, "geoffrey-hinton").orElseThrow().file())
                .isEqualTo(registry.toString());
        assertThat(result.problems()).map(ReadProblem::kind).containsExactly(ReadProblem.Kind.DUPLICATE_ID, ReadProblem.Kind.IO);
        assertThat(result.problems().get(1).toString()).endsWith("missing.json: file not found [read.io]");
        assertThatThrownBy(result::orThrow).isInstanceOf(CatalogReadException.class)
                .hasMessageStartingWith("2 problems reading the catalog:\n");
    }

    @Test
    void aRecordWithBadFields_isReadAsFarAsItCan_andEveryProblemIsReported() {
        ReadResult result = read("""
                {"milestones": [{"id": "cnn-1989", "date": "1989", "category": "architecture",
                  "name": {"en": "CNN"}, "buildsOn": "backpropagation", "contributers": {"people": ["yann-lecun"]},
                  "citations": [{"supports": ["date"]}, {"source": "lecun-1989", "supports": 3},
                                {"source": "lecun-1990", "supports": ["date"]}],
                  "tags": ["vision"]},
                 {"id": "adaline", "date": "July 1960", "category": "architecture", "name": {"en": "ADALINE"}},
                 {"id": "lost", "date": "nope", "category": "model", "name": {"en": "Lost"}, "colour": 1}]}
                """);

        assertThat(result.problems()).map(ReadProblem::toString).containsExactly(
                "test.json:2:26: wrong type for \"buildsOn\": expected an array, found a string [read.type]",
                "test.json:2:57: unknown field \"contributers\" in a milestone: did you mean \"contributors\"? [read.unknown-field]",
                "test.json:3:17: \"citations/0\" is missing the required field \"source\" [read.missing-field]",
                "test.json:3:66: wrong type for \"supports\": expected an array, found a number [read.type]",
                "test.json:6:20: invalid date \"July 1960\": expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ?,"
                        + " ~ or % (EDTF level 1), e.g. 2012-09-30; in EDTF \"July 1960\" is \"1960-07\" (read so for the"
                        + " other checks) [read.invalid-value]",
                "test.json:7:17: invalid date \"nope\": expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ?,"
                        + " ~ or % (EDTF level 1), e.g. 2012-09-30 [read.invalid-value]",
                "test.json:7:78: unknown field \"colour\" in a milestone: the known fields are aliases, buildsOn, category,"
                        + " citations, contributors, corrections, date, dateNote, events, figures, id, impact, name, summary,"
                        + " suppressions, tags, whatItDoes [read.unknown-field]");
        // What could be read is kept for the checks: the other fields and citations; a date in words as its fix.
        Milestone cnn = result.catalog().milestone("cnn-1989").orElseThrow();
        assertThat(cnn.tags()).containsExactly("vision");
        assertThat(cnn.citations()).map(c -> c.source()).containsExactly("lecun-1989", "lecun-1990");
        assertThat(result.catalog().milestone("adaline").orElseThrow().date()).isEqualTo(PartialDate.parse("1960-07"));
        assertThat(result.catalog().milestone("lost")).isEmpty();
    }

    @Test
    void fixes_renameAMisspelledField_andWriteADateInEdtf_exactly() {
        ReadResult result = read("""
                {"milestones": [{"id": "adaline", "date":  "1960年7月", "category": "architecture",
                  "name": {"en": "ADALINE"}, "contributers": {}}]}
                """);

        assertThat(result.problems()).map(ReadProblem::fix).containsExactly(
                new Fix("write the date in EDTF: \"1960-07\"", new Fix.Edit(new Location("test.json", 1, 44,
                        "/milestones/0/date"), "\"1960年7月\"", "\"1960-07\"")),
                new Fix("rename \"contributers\" to \"contributors\"", new Fix.Edit(new Location("test.json", 2, 30,
                        "/milestones/0/contributers"), "\"contributers\"", "\"contributors\"")));
    }
}
