package io.github.aimilestones.validate;

import static io.github.aimilestones.validate.ReportAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every rule against a failing fixture: {@code valid-catalog.json} (which passes with no finding at all) with a
 * small edit. Each case asserts the rule's severity and the JSON pointer of its first finding, and that the finding
 * is on the line of the edited file where that pointer is (for a syntax error, where the edit is).
 */
final class RuleFixturesTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    private static final Validator VALIDATOR = Validator.create(ValidationConfig.defaults(), CLOCK);

    @TempDir
    Path dir;

    /** An edit of the valid fixture (pairs of text to replace and replacement), and where the rule must report it. */
    record Case(Rule rule, Severity severity, String pointer, List<String> edits) {
        @Override
        public String toString() {
            return rule.id();
        }
    }

    private static Case error(Rule rule, String pointer, String... edits) {
        return new Case(rule, Severity.ERROR, pointer, List.of(edits));
    }

    private static Case warning(Rule rule, String pointer, String... edits) {
        return new Case(rule, Severity.WARNING, pointer, List.of(edits));
    }

    private static Case info(Rule rule, String pointer, String... edits) {
        return new Case(rule, Severity.INFO, pointer, List.of(edits));
    }

    static List<Case> cases() {
        String hintonBorn = "\"born\": \"1947-12-06\"";
        String backpropDate = "\"date\": \"1986-10-09\",";
        String wikipediaUrl = "\"url\": \"https://en.wikipedia.org/wiki/AlexNet\"";
        String rumelhartSupports = "{\"source\": \"rumelhart-1986\", \"supports\": [\"date\", \"contributors\", \"description\"]}";
        String krizhevskyName = "\"name\": {\"en\": \"Alex Krizhevsky\", \"zh\": \"亚历克斯·克里热夫斯基\"}";
        String language = "\"language\": \"en\"";
        String suppressedRule = "\"rule\": \"date.source-before-event\"";
        return List.of(
                error(Rule.READ_SYNTAX, "", "\"category\": \"algorithm\",", "\"category\": \"algorithm\",,"),
                error(Rule.READ_TYPE, "/milestones/0/contributors/andOthers", "\"andOthers\": true", "\"andOthers\": \"yes\""),
                error(Rule.READ_UNKNOWN_FIELD, "/milestones/0/colour", "\"category\": \"algorithm\",",
                        "\"category\": \"algorithm\", \"colour\": 1,"),
                error(Rule.READ_MISSING_FIELD, "/milestones/0", backpropDate, ""),
                error(Rule.READ_INVALID_VALUE, "/milestones/0/date", backpropDate, "\"date\": \"1986-02-30\","),
                error(Rule.READ_NULL, "/sources/1/language", language, "\"language\": null"),
                error(Rule.READ_DUPLICATE_KEY, "/organizations/0/founded", "\"founded\": \"1827\"",
                        "\"founded\": \"1827\", \"founded\": \"1828\""),
                info(Rule.READ_SCHEMA_DOCUMENT, "/$schema", "{\n  \"milestones\"",
                        "{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"milestones\""),
                error(Rule.READ_DUPLICATE_ID, "/people/1/id", "\"id\": \"alex-krizhevsky\"", "\"id\": \"geoffrey-hinton\""),
                error(Rule.ID_SYNTAX, "/milestones/0/tags/0", "\"category\": \"algorithm\",",
                        "\"category\": \"algorithm\", \"tags\": [\"Deep Learning\"],"),
                error(Rule.TEXT_BLANK, "/milestones/0/summary/en", "\"Trains multi-layer networks.\"", "\"  \""),
                error(Rule.VALUE_REQUIRED, "/milestones/1/corrections/0", ",\n          \"settledBy\": \"krizhevsky-2012\"", ""),
                error(Rule.CITATION_NO_CLAIM, "/milestones/1/citations/1/supports",
                        "\"wikipedia-alexnet\", \"supports\": [\"description\"]", "\"wikipedia-alexnet\", \"supports\": []"),
                error(Rule.SOURCE_URL_SCHEME, "/sources/2/url", wikipediaUrl, "\"url\": \"javascript:alert(1)\""),
                warning(Rule.SOURCE_URL_TRACKING, "/sources/2/url", wikipediaUrl,
                        "\"url\": \"https://en.wikipedia.org/wiki/AlexNet?utm_source=slides&x=1\""),
                error(Rule.SOURCE_DOI_SYNTAX, "/sources/0/doi", "\"doi\": \"10.1038/323533a0\"", "\"doi\": \"doi:10.1038/323533a0\""),
                error(Rule.SOURCE_ARXIV_SYNTAX, "/sources/1/arxiv", language, language + ", \"arxiv\": \"arXiv:1706.03762v5\""),
                error(Rule.SOURCE_LANGUAGE_TAG, "/sources/1/language", language, "\"language\": \"English\""),
                error(Rule.SUPPRESSION_RULE_SYNTAX, "/milestones/1/suppressions/0/rule", suppressedRule, "\"rule\": \"Date\""),
                error(Rule.DATE_FUTURE, "/sources/2/accessed", "\"accessed\": \"2026-11-01\"", "\"accessed\": \"2027-01-01\""),
                warning(Rule.DATE_BEFORE_ERA, "/milestones/0/date", backpropDate, "\"date\": \"1850\","),
                error(Rule.DATE_BEFORE_DEPENDENCY, "/milestones/1/buildsOn/0", backpropDate, "\"date\": \"2013\","),
                error(Rule.DATE_ORGANIZATION_NOT_ACTIVE, "/milestones/1/contributors/organizations/0",
                        "\"founded\": \"1827\"", "\"founded\": \"2013\""),
                error(Rule.DATE_PERSON_NOT_BORN, "/milestones/0/contributors/people/0", hintonBorn, "\"born\": \"1990\""),
                warning(Rule.DATE_PERSON_DEAD, "/milestones/1/contributors/people/1", hintonBorn,
                        hintonBorn + ", \"died\": \"2000\""),
                error(Rule.DATE_REGISTRY_ORDER, "/people/0/died", hintonBorn, hintonBorn + ", \"died\": \"1940\""),
                warning(Rule.DATE_SOURCE_BEFORE_EVENT, "/milestones/0/citations/0",
                        "\"published\": \"1986-10-09\"", "\"published\": \"1985\""),
                warning(Rule.DATE_FAR_FROM_SOURCE, "/milestones/0/date", "\"published\": \"1986-10-09\"", "\"published\": \"1990\""),
                error(Rule.DATE_CORRECTION_MISMATCH, "/milestones/1/corrections/0/correct",
                        "\"correct\": \"2012-10\"", "\"correct\": \"2012-09\""),
                error(Rule.DATE_ACCESSED_BEFORE_PUBLISHED, "/sources/2/accessed",
                        "\"accessed\": \"2026-11-01\"", "\"accessed\": \"2010-01-01\""),
                error(Rule.DATE_NOT_FIRST_DISCLOSURE, "/milestones/0/date", "\"category\": \"algorithm\",",
                        "\"events\": [{\"kind\": \"publication\", \"date\": \"1986-10-09\", \"source\": \"rumelhart-1986\"},"
                                + " {\"kind\": \"report\", \"date\": \"1985-09\", \"source\": \"krizhevsky-2012\"}],"
                                + " \"category\": \"algorithm\","),
                error(Rule.EVENT_DATE_MISMATCH, "/milestones/0/events/0/date", "\"category\": \"algorithm\",",
                        "\"events\": [{\"kind\": \"publication\", \"date\": \"1986-11\", \"source\": \"rumelhart-1986\"}],"
                                + " \"category\": \"algorithm\","),
                error(Rule.SOURCE_ARXIV_DATE, "/sources/1/published", language, language + ", \"arxiv\": \"1706.03762\""),
                error(Rule.REFERENCE_UNRESOLVED, "/milestones/0/contributors/people/0",
                        "\"people\": [\"geoffrey-hinton\"],", "\"people\": [\"geoffrey-hintn\"],"),
                warning(Rule.REGISTRY_UNUSED, "/people/1",
                        "\"people\": [\"alex-krizhevsky\", \"geoffrey-hinton\"]", "\"people\": [\"geoffrey-hinton\"]"),
                warning(Rule.NAME_NEAR_DUPLICATE, "/people/1", "\"en\": \"Alex Krizhevsky\"", "\"en\": \"Geoffery Hinton\""),
                warning(Rule.NAME_ALIAS_COLLISION, "/people/1", krizhevskyName, krizhevskyName + ", \"aliases\": [\"HINTON\"]"),
                error(Rule.NAME_ET_AL, "/people/1/name/zh", "\"亚历克斯·克里热夫斯基\"", "\"亚历克斯等人\""),
                error(Rule.NAME_INVISIBLE_CHARACTER, "/milestones/1/name/en", "\"en\": \"AlexNet\"",
                        "\"en\": \"Alex\\u200bNet\""),
                warning(Rule.NAME_MIXED_SCRIPT, "/people/0/name/en", "\"Geoffrey Hinton\"",
                        "\"G\\u0435offr\\u0435y Hint\\u043en\""),
                error(Rule.TEXT_LONE_SURROGATE, "/milestones/0/summary/en", "\"Trains multi-layer networks.\"",
                        "\"Trains \\ud800 networks.\""),
                warning(Rule.NAME_MISSING_TRANSLATION, "/organizations/0/name", ", \"zh\": \"多伦多大学\"", ""),
                info(Rule.TEXT_MISSING_TRANSLATION, "/milestones/0/summary", ", \"zh\": \"训练多层网络。\"", ""),
                warning(Rule.MILESTONE_DUPLICATE, "/milestones/1/name", backpropDate, "\"date\": \"2012\",",
                        "\"category\": \"architecture\",", "\"category\": \"architecture\", \"aliases\": [\"back-propagation\"],"),
                warning(Rule.REGISTRY_SUCCESSION, "/organizations/0/successors/0", "\"founded\": \"1827\"\n    }",
                        "\"founded\": \"1827\",\n      \"successors\": [\"toronto-ai\"]\n    },\n"
                                + "    {\"id\": \"toronto-ai\", \"name\": {\"en\": \"Toronto AI\", \"zh\": \"多伦多人工智能\"}}"),
                error(Rule.CITATION_MISSING, "/milestones/0", "\"citations\": [\n        " + rumelhartSupports + "\n      ]",
                        "\"citations\": []"),
                warning(Rule.CITATION_DATE_UNSUPPORTED, "/milestones/0/date", rumelhartSupports,
                        "{\"source\": \"rumelhart-1986\", \"supports\": [\"contributors\", \"description\"]}"),
                warning(Rule.CITATION_CONTRIBUTORS_UNSUPPORTED, "/milestones/0/contributors", rumelhartSupports,
                        "{\"source\": \"rumelhart-1986\", \"supports\": [\"date\", \"description\"]}"),
                warning(Rule.CITATION_SECONDARY_ONLY, "/milestones/0/citations", "\"kind\": \"paper\",\n      \"title\": \"Learning",
                        "\"kind\": \"news\",\n      \"title\": \"Learning"),
                warning(Rule.SOURCE_UNUSED, "/sources/0", "{\"source\": \"rumelhart-1986\"", "{\"source\": \"krizhevsky-2012\""),
                warning(Rule.SOURCE_DUPLICATE, "/sources/1/doi", language, language + ", \"doi\": \"10.1038/323533A0\""),
                error(Rule.GRAPH_SELF_REFERENCE, "/milestones/1/buildsOn/0", "\"buildsOn\": [\"backpropagation\"]",
                        "\"buildsOn\": [\"alexnet\"]"),
                error(Rule.GRAPH_CYCLE, "/milestones/0/buildsOn", "\"category\": \"algorithm\",",
                        "\"category\": \"algorithm\", \"buildsOn\": [\"alexnet\"],"),
                error(Rule.SUPPRESSION_UNKNOWN_RULE, "/milestones/1/suppressions/0/rule", suppressedRule,
                        "\"rule\": \"date.nonsense\""),
                info(Rule.SUPPRESSION_UNUSED, "/milestones/1/suppressions/0/rule",
                        "\"published\": \"2012-08\"", "\"published\": \"2012-10\""));
    }

    static String validFixture() throws IOException {
        try (InputStream in = RuleFixturesTest.class.getResourceAsStream("valid-catalog.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void validFixture_hasNoFindingAtAll() throws IOException {
        Report report = VALIDATOR.validate(Files.writeString(dir.resolve("catalog.json"), validFixture()));

        assertThat(report.findings()).isEmpty();
        assertThat(report.summary()).isEqualTo("8 records checked: 0 errors, 0 warnings, 0 infos");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rule_reportsItsFailingFixture(Case c) throws IOException {
        String json = validFixture();
        for (int i = 0; i < c.edits().size(); i += 2) {
            assertThat(json).as("edit target").contains(c.edits().get(i));
            json = json.replace(c.edits().get(i), c.edits().get(i + 1));
        }
        Path file = Files.writeString(dir.resolve("catalog.json"), json);

        Report report = VALIDATOR.validate(file);

        FindingAssert first = assertThat(report).hasFinding(c.rule())
                .withSeverity(c.severity()).inFile(file.toString());
        if (c.rule() == Rule.READ_SYNTAX) {
            first.atLine(lineOf(json, c.edits().get(1)));
        } else {
            first.atPointer(c.pointer()).atLine(lineAt(json, c.pointer()));
        }
    }

    /** In Chinese, the same rule reports at the same place, with a message in Chinese that keeps quoted values. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rule_reportsItsFailingFixture_inChinese(Case c) throws IOException {
        String json = validFixture();
        for (int i = 0; i < c.edits().size(); i += 2) {
            json = json.replace(c.edits().get(i), c.edits().get(i + 1));
        }
        Path file = Files.writeString(dir.resolve("catalog.json"), json);
        Validator chinese = Validator.create(ValidationConfig.defaults().withLanguage(Language.ZH), CLOCK);

        List<Finding> english = VALIDATOR.validate(file).findings();
        List<Finding> findings = chinese.validate(file).findings();

        assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::location)
                .containsExactlyElementsOf(english.stream().map(f -> tuple(f.rule(), f.severity(), f.location())).toList());
        for (int i = 0; i < findings.size(); i++) {
            assertThat(findings.get(i).message()).as("message of %s", findings.get(i).rule())
                    .containsPattern("\\p{IsHan}").isNotEqualTo(english.get(i).message());
            for (String quoted : quotedValues(english.get(i).message())) {
                assertThat(findings.get(i).message()).contains(quoted);
            }
        }
    }

    /** The quoted values of a message: ids, names and values the user wrote, which stay as they are in Chinese. */
    private static List<String> quotedValues(String message) {
        return java.util.regex.Pattern.compile("\"[^\"]*\"").matcher(message).results()
                .map(java.util.regex.MatchResult::group).toList();
    }

    @Test
    void fileLevelReadRules_inChinese(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.json"), "");
        Path latin1 = Files.write(dir.resolve("latin1.json"), "{\"people\": [{\"id\": \"j\", \"name\": {\"en\": \"J\u00fcrgen\"}}]}"
                .getBytes(StandardCharsets.ISO_8859_1));
        Path deep = Files.writeString(dir.resolve("deep.json"), "[".repeat(200) + "]".repeat(200));

        Report report = Validator.create(ValidationConfig.defaults().withLanguage(Language.ZH), CLOCK)
                .validate(empty, latin1, deep, dir.resolve("missing.json"));

        assertThat(report.findings()).extracting(Finding::rule, Finding::message).containsExactlyInAnyOrder(
                tuple(Rule.READ_LIMIT, "文件超出了格式的限制：document nesting depth (65) exceeds the maximum allowed"
                        + " (64, from `StreamReadConstraints.getMaxNestingDepth()`)"),
                tuple(Rule.READ_EMPTY, "文件是空的：目录文件是一个 JSON 对象，例如 {\"milestones\": []}"),
                tuple(Rule.READ_ENCODING, "文件不是有效的 UTF-8（此处有字节 0xFC）：请另存为 UTF-8"),
                tuple(Rule.READ_IO, "文件不存在"));
    }

    @Test
    void figureSources_mustResolve() throws IOException {
        String json = validFixture().replace("\"category\": \"algorithm\",",
                "\"figures\": [{\"measure\": \"citations\", \"value\": 1, \"unit\": \"papers\", \"source\": \"rumelhart-1986\"},"
                        + " {\"measure\": \"price\", \"low\": 1, \"high\": 2.5, \"unit\": \"USD\", \"when\": \"1986\", \"source\": \"nowhere\"}],"
                        + " \"category\": \"algorithm\",");

        Report report = VALIDATOR.validate(Files.writeString(dir.resolve("catalog.json"), json));

        assertThat(report.findings()).extracting(Finding::rule, f -> f.location().pointer())
                .containsExactly(tuple(Rule.REFERENCE_UNRESOLVED, "/milestones/0/figures/1/source"));
    }

    @Test
    void eventSources_mustResolve_andCountAsCited() throws IOException {
        String json = validFixture().replace("\"category\": \"algorithm\",",
                "\"events\": [{\"kind\": \"publication\", \"date\": \"1986-10-09\", \"source\": \"rumelhart-1986\"},"
                        + " {\"kind\": \"award\", \"date\": \"2019\", \"source\": \"turing-award\"}],"
                        + " \"category\": \"algorithm\",")
                .replace("{\"source\": \"rumelhart-1986\"", "{\"source\": \"krizhevsky-2012\"");

        Report report = VALIDATOR.validate(Files.writeString(dir.resolve("catalog.json"), json));

        assertThat(report.findings()).extracting(Finding::rule, f -> f.location().pointer()).contains(
                tuple(Rule.REFERENCE_UNRESOLVED, "/milestones/0/events/1/source"));
        // rumelhart-1986 is no longer cited, but the publication event names it: it is used.
        assertThat(report.findings()).extracting(Finding::rule).doesNotContain(Rule.SOURCE_UNUSED, Rule.DATE_NOT_FIRST_DISCLOSURE);
    }

    @Test
    void arxivDates_allowTheMonthBefore_notAfter() throws IOException {
        String language = "\"language\": \"en\"";
        String announcedNextMonth = validFixture().replace("\"published\": \"2012-12\"", "\"published\": \"2012-11-30\"")
                .replace(language, language + ", \"arxiv\": \"1212.00001\"");
        String afterItsMonth = validFixture().replace(language, language + ", \"arxiv\": \"1211.00001\"");

        assertThat(VALIDATOR.validate(Files.writeString(dir.resolve("a.json"), announcedNextMonth)).findings())
                .extracting(Finding::rule).doesNotContain(Rule.SOURCE_ARXIV_DATE);
        assertThat(VALIDATOR.validate(Files.writeString(dir.resolve("b.json"), afterItsMonth)).findings())
                .filteredOn(f -> f.rule() == Rule.SOURCE_ARXIV_DATE).extracting(Finding::message).containsExactly(
                        "published 2012-12 is after November 2012, the month arXiv id 1211.00001 encodes: use the date"
                                + " of the first version (v1)");
    }

    /** The line of the text's first occurrence in the JSON. */
    private static int lineOf(String json, String text) {
        assertThat(json).contains(text);
        return 1 + (int) json.substring(0, json.indexOf(text)).chars().filter(c -> c == '\n').count();
    }

    /**
     * The line where the value at a JSON pointer starts: the line of its field name in an object, of its first
     * token in an array.
     */
    private static int lineAt(String json, String pointer) {
        try (JsonParser parser = JsonMapper.shared().createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                // An object or array opens a context of its own: its place is its parent's.
                TokenStreamContext context = token.isStructStart()
                        ? parser.streamReadContext().getParent() : parser.streamReadContext();
                if (context.pathAsPointer().toString().equals(pointer)) {
                    return parser.currentTokenLocation().getLineNr();
                }
            }
        }
        throw new AssertionError("no value at " + pointer);
    }

    @Test
    void fileLevelReadRules(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.json"), "");
        Path latin1 = Files.write(dir.resolve("latin1.json"), "{\"people\": [{\"id\": \"j\", \"name\": {\"en\": \"J\u00fcrgen\"}}]}"
                .getBytes(StandardCharsets.ISO_8859_1));
        Path deep = Files.writeString(dir.resolve("deep.json"), "[".repeat(200) + "]".repeat(200));

        Report report = VALIDATOR.validate(empty, latin1, deep, dir.resolve("missing.json"));

        assertThat(report.findings()).extracting(Finding::rule, Finding::severity).containsExactlyInAnyOrder(
                tuple(Rule.READ_LIMIT, Severity.ERROR),
                tuple(Rule.READ_EMPTY, Severity.ERROR),
                tuple(Rule.READ_ENCODING, Severity.ERROR),
                tuple(Rule.READ_IO, Severity.ERROR));
    }

    @Test
    void everyRuleHasAFailingFixture() {
        Set<Rule> covered = Stream.concat(cases().stream().map(Case::rule),
                Stream.of(Rule.READ_LIMIT, Rule.READ_EMPTY, Rule.READ_ENCODING, Rule.READ_IO)).collect(Collectors.toSet());

        // The check.* rules concern timelines, not catalogs: TimelineCheckTest exercises each of them; the
        // reference.* rules need a reference: EveryMistakeTest exercises each of them.
        assertThat(Arrays.stream(Rule.values()).filter(rule -> !rule.id().startsWith("check.")
                && !rule.id().startsWith("reference.") || rule == Rule.REFERENCE_UNRESOLVED))
                .allMatch(covered::contains, "covered by a fixture");
    }
}
