package io.github.aimilestones.validate;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * Every rule against a failing fixture: {@code valid-catalog.json} (which passes with no finding at all) with a
 * small edit. Each case asserts the rule's severity and the JSON pointer and line of its first finding.
 */
final class RuleFixturesTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    private static final Validator VALIDATOR = Validator.create(ValidationConfig.defaults(), CLOCK);

    @TempDir
    Path dir;

    /** An edit of the valid fixture, and where the rule must report it. */
    record Case(Rule rule, Severity severity, String pointer, int line, List<String> edits) {
        @Override
        public String toString() {
            return rule.id();
        }
    }

    private static Case error(Rule rule, String pointer, int line, String... edits) {
        return new Case(rule, Severity.ERROR, pointer, line, List.of(edits));
    }

    private static Case warning(Rule rule, String pointer, int line, String... edits) {
        return new Case(rule, Severity.WARNING, pointer, line, List.of(edits));
    }

    private static Case info(Rule rule, String pointer, int line, String... edits) {
        return new Case(rule, Severity.INFO, pointer, line, List.of(edits));
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
                error(Rule.READ_SYNTAX, "", 6, "\"category\": \"algorithm\",", "\"category\": \"algorithm\",,"),
                error(Rule.READ_TYPE, "/milestones/0/contributors/andOthers", 11, "\"andOthers\": true", "\"andOthers\": \"yes\""),
                error(Rule.READ_UNKNOWN_FIELD, "/milestones/0/colour", 6, "\"category\": \"algorithm\",",
                        "\"category\": \"algorithm\", \"colour\": 1,"),
                error(Rule.READ_MISSING_FIELD, "/milestones/0", 3, backpropDate, ""),
                error(Rule.READ_INVALID_VALUE, "/milestones/0/date", 5, backpropDate, "\"date\": \"1986-02-30\","),
                error(Rule.READ_NULL, "/sources/1/language", 80, language, "\"language\": null"),
                error(Rule.READ_DUPLICATE_KEY, "/organizations/0/founded", 63, "\"founded\": \"1827\"",
                        "\"founded\": \"1827\", \"founded\": \"1828\""),
                error(Rule.READ_DUPLICATE_ID, "/people/1/id", 55, "\"id\": \"alex-krizhevsky\"", "\"id\": \"geoffrey-hinton\""),
                error(Rule.ID_SYNTAX, "/milestones/0/tags/0", 6, "\"category\": \"algorithm\",",
                        "\"category\": \"algorithm\", \"tags\": [\"Deep Learning\"],"),
                error(Rule.TEXT_BLANK, "/milestones/0/summary/en", 8, "\"Trains multi-layer networks.\"", "\"  \""),
                error(Rule.VALUE_REQUIRED, "/milestones/1/corrections/0", 33, ",\n          \"settledBy\": \"krizhevsky-2012\"", ""),
                error(Rule.CITATION_NO_CLAIM, "/milestones/1/citations/1/supports", 30,
                        "\"wikipedia-alexnet\", \"supports\": [\"description\"]", "\"wikipedia-alexnet\", \"supports\": []"),
                error(Rule.SOURCE_URL_SCHEME, "/sources/2/url", 87, wikipediaUrl, "\"url\": \"javascript:alert(1)\""),
                warning(Rule.SOURCE_URL_TRACKING, "/sources/2/url", 87, wikipediaUrl,
                        "\"url\": \"https://en.wikipedia.org/wiki/AlexNet?utm_source=slides&x=1\""),
                error(Rule.SOURCE_DOI_SYNTAX, "/sources/0/doi", 72, "\"doi\": \"10.1038/323533a0\"", "\"doi\": \"doi:10.1038/323533a0\""),
                error(Rule.SOURCE_ARXIV_SYNTAX, "/sources/1/arxiv", 80, language, language + ", \"arxiv\": \"arXiv:1706.03762v5\""),
                error(Rule.SOURCE_LANGUAGE_TAG, "/sources/1/language", 80, language, "\"language\": \"English\""),
                error(Rule.SUPPRESSION_RULE_SYNTAX, "/milestones/1/suppressions/0/rule", 43, suppressedRule, "\"rule\": \"Date\""),
                error(Rule.DATE_FUTURE, "/sources/2/accessed", 88, "\"accessed\": \"2026-11-01\"", "\"accessed\": \"2027-01-01\""),
                warning(Rule.DATE_BEFORE_ERA, "/milestones/0/date", 5, backpropDate, "\"date\": \"1850\","),
                error(Rule.DATE_BEFORE_DEPENDENCY, "/milestones/1/buildsOn/0", 27, backpropDate, "\"date\": \"2013\","),
                error(Rule.DATE_ORGANIZATION_NOT_ACTIVE, "/milestones/1/contributors/organizations/0", 25,
                        "\"founded\": \"1827\"", "\"founded\": \"2013\""),
                error(Rule.DATE_PERSON_NOT_BORN, "/milestones/0/contributors/people/0", 10, hintonBorn, "\"born\": \"1990\""),
                warning(Rule.DATE_PERSON_DEAD, "/milestones/1/contributors/people/1", 24, hintonBorn,
                        hintonBorn + ", \"died\": \"2000\""),
                error(Rule.DATE_REGISTRY_ORDER, "/people/0/died", 52, hintonBorn, hintonBorn + ", \"died\": \"1940\""),
                warning(Rule.DATE_SOURCE_BEFORE_EVENT, "/milestones/0/citations/0", 14,
                        "\"published\": \"1986-10-09\"", "\"published\": \"1985\""),
                warning(Rule.DATE_FAR_FROM_SOURCE, "/milestones/0/date", 5, "\"published\": \"1986-10-09\"", "\"published\": \"1990\""),
                error(Rule.DATE_CORRECTION_MISMATCH, "/milestones/1/corrections/0/correct", 37,
                        "\"correct\": \"2012-10\"", "\"correct\": \"2012-09\""),
                error(Rule.DATE_ACCESSED_BEFORE_PUBLISHED, "/sources/2/accessed", 88,
                        "\"accessed\": \"2026-11-01\"", "\"accessed\": \"2010-01-01\""),
                error(Rule.REFERENCE_UNRESOLVED, "/milestones/0/contributors/people/0", 10,
                        "\"people\": [\"geoffrey-hinton\"],", "\"people\": [\"geoffrey-hintn\"],"),
                warning(Rule.REGISTRY_UNUSED, "/people/1", 54,
                        "\"people\": [\"alex-krizhevsky\", \"geoffrey-hinton\"]", "\"people\": [\"geoffrey-hinton\"]"),
                warning(Rule.NAME_NEAR_DUPLICATE, "/people/1", 54, "\"en\": \"Alex Krizhevsky\"", "\"en\": \"Geoffery Hinton\""),
                warning(Rule.NAME_ALIAS_COLLISION, "/people/1", 54, krizhevskyName, krizhevskyName + ", \"aliases\": [\"HINTON\"]"),
                error(Rule.NAME_ET_AL, "/people/1/name/zh", 56, "\"亚历克斯·克里热夫斯基\"", "\"亚历克斯等人\""),
                warning(Rule.NAME_MISSING_TRANSLATION, "/organizations/0/name", 62, ", \"zh\": \"多伦多大学\"", ""),
                info(Rule.TEXT_MISSING_TRANSLATION, "/milestones/0/summary", 8, ", \"zh\": \"训练多层网络。\"", ""),
                warning(Rule.MILESTONE_DUPLICATE, "/milestones/1/name", 22, backpropDate, "\"date\": \"2012\",",
                        "\"category\": \"architecture\",", "\"category\": \"architecture\", \"aliases\": [\"back-propagation\"],"),
                warning(Rule.REGISTRY_SUCCESSION, "/organizations/0/successors/0", 64, "\"founded\": \"1827\"\n    }",
                        "\"founded\": \"1827\",\n      \"successors\": [\"toronto-ai\"]\n    },\n"
                                + "    {\"id\": \"toronto-ai\", \"name\": {\"en\": \"Toronto AI\", \"zh\": \"多伦多人工智能\"}}"),
                error(Rule.CITATION_MISSING, "/milestones/0", 3, "\"citations\": [\n        " + rumelhartSupports + "\n      ]",
                        "\"citations\": []"),
                warning(Rule.CITATION_DATE_UNSUPPORTED, "/milestones/0/date", 5, rumelhartSupports,
                        "{\"source\": \"rumelhart-1986\", \"supports\": [\"contributors\", \"description\"]}"),
                warning(Rule.CITATION_CONTRIBUTORS_UNSUPPORTED, "/milestones/0/contributors", 9, rumelhartSupports,
                        "{\"source\": \"rumelhart-1986\", \"supports\": [\"date\", \"description\"]}"),
                warning(Rule.CITATION_SECONDARY_ONLY, "/milestones/0/citations", 13, "\"kind\": \"paper\",\n      \"title\": \"Learning",
                        "\"kind\": \"news\",\n      \"title\": \"Learning"),
                warning(Rule.SOURCE_UNUSED, "/sources/0", 67, "{\"source\": \"rumelhart-1986\"", "{\"source\": \"krizhevsky-2012\""),
                warning(Rule.SOURCE_DUPLICATE, "/sources/1/doi", 80, language, language + ", \"doi\": \"10.1038/323533A0\""),
                error(Rule.GRAPH_SELF_REFERENCE, "/milestones/1/buildsOn/0", 27, "\"buildsOn\": [\"backpropagation\"]",
                        "\"buildsOn\": [\"alexnet\"]"),
                error(Rule.GRAPH_CYCLE, "/milestones/0/buildsOn", 6, "\"category\": \"algorithm\",",
                        "\"category\": \"algorithm\", \"buildsOn\": [\"alexnet\"],"),
                error(Rule.SUPPRESSION_UNKNOWN_RULE, "/milestones/1/suppressions/0/rule", 43, suppressedRule,
                        "\"rule\": \"date.nonsense\""),
                info(Rule.SUPPRESSION_UNUSED, "/milestones/1/suppressions/0/rule", 43,
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

        List<Finding> findings = VALIDATOR.validate(file).findings(c.rule().id());

        assertThat(findings).as("findings of %s", c.rule().id()).isNotEmpty();
        Finding first = findings.get(0);
        assertThat(first.severity()).isEqualTo(c.severity());
        assertThat(first.location().file()).isEqualTo(file.toString());
        assertThat(first.location().line()).as("line").isEqualTo(c.line());
        if (c.rule() != Rule.READ_SYNTAX) {
            assertThat(first.location().pointer()).as("pointer").isEqualTo(c.pointer());
        }
    }

    @Test
    void fileLevelReadRules(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.json"), "");
        Path latin1 = Files.write(dir.resolve("latin1.json"), "{\"people\": [{\"id\": \"j\", \"name\": {\"en\": \"J\u00fcrgen\"}}]}"
                .getBytes(StandardCharsets.ISO_8859_1));
        Path deep = Files.writeString(dir.resolve("deep.json"), "[".repeat(200) + "]".repeat(200));

        Report report = VALIDATOR.validate(empty, latin1, deep, dir.resolve("missing.json"));

        assertThat(report.findings()).extracting(Finding::rule, Finding::severity).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("read.limit", Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple("read.empty", Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple("read.encoding", Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple("read.io", Severity.ERROR));
    }

    @Test
    void everyRuleHasAFailingFixture() {
        Set<String> covered = Stream.concat(cases().stream().map(c -> c.rule().id()),
                Stream.of("read.limit", "read.empty", "read.encoding", "read.io")).collect(Collectors.toSet());

        // The check.* rules concern timelines, not catalogs: TimelineCheckTest exercises each of them.
        assertThat(Arrays.stream(Rule.values()).map(Rule::id).filter(id -> !id.startsWith("check.")))
                .allMatch(covered::contains, "covered by a fixture");
    }
}
