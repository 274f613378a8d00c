package io.github.aimilestones.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.aimilestones.data.Location;
import io.github.aimilestones.validate.Finding;
import io.github.aimilestones.validate.Report;
import io.github.aimilestones.validate.ReportFormat;
import io.github.aimilestones.validate.Rule;
import io.github.aimilestones.validate.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SARIF, GitLab Code Quality and JUnit reports, on every input whose reports {@link ReportsUnchangedTest} pins
 * (the embedded dataset, the rule fixtures, the check fixtures and the hostile corpus), read back by real parsers:
 * SARIF against the official SARIF 2.1.0 JSON Schema, GitLab as JSON, JUnit with the JDK's XML parser.
 *
 * <p>{@code sarif-schema-2.1.0.json} is the schema that the SARIF Multitool ships ({@code sarif-2.1.0.json} of the
 * npm package {@code @microsoft/sarif-multitool-linux} 5.7.0, MIT licence), copied unchanged.
 */
final class ReportFormatsTest {

    private static final Path EXPECTED = Path.of("src/test/resources/io/github/aimilestones/cli/reports");
    private static final Path VALIDATE_RESOURCES = Path.of("../milestones-validate/src/test/resources/io/github/aimilestones/validate");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> GITLAB_SEVERITIES = Set.of("info", "minor", "major", "critical", "blocker");

    private static Schema sarifSchema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = ReportFormatsTest.class.getResourceAsStream("sarif-schema-2.1.0.json")) {
            sarifSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }

    /** The arguments of one run without {@code --format}: the command, and the input file unless it is the dataset. */
    static Stream<List<String>> inputs() throws IOException {
        List<List<String>> inputs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(EXPECTED)) {
            for (Path expected : files.filter(file -> file.toString().endsWith(".sarif")).sorted().toList()) {
                String rest = expected.getFileName().toString().replaceFirst("\\.sarif$", "");
                String command = rest.substring(rest.lastIndexOf('.') + 1);
                String input = rest.substring(0, rest.lastIndexOf('.'));
                Path folder = switch (expected.getParent().getFileName().toString()) {
                    case "hostile" -> Path.of("src/test/resources/io/github/aimilestones/cli/hostile");
                    case "check" -> VALIDATE_RESOURCES.resolve("check");
                    case "fixtures" -> VALIDATE_RESOURCES;
                    default -> null;
                };
                inputs.add(folder == null ? List.of(command) : List.of(command, folder.resolve(input).toString()));
            }
        }
        assertThat(inputs).hasSizeGreaterThan(40);
        return inputs.stream();
    }

    private static String run(List<String> arguments, String format) {
        StringWriter out = new StringWriter();
        List<String> all = new ArrayList<>(arguments);
        all.add(1, "--format");
        all.add(2, format);
        int exit = Main.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(new StringWriter(), true))
                .execute(all.toArray(String[]::new));
        assertThat(exit).as("exit code of %s", all).isIn(0, 1, 2);
        return out.toString();
    }

    private static String write(ReportFormat format, Finding... findings) throws IOException {
        StringWriter out = new StringWriter();
        format.write(new Report(List.of(findings), 1), out);
        return out.toString();
    }

    private static Finding finding(Rule rule, String message, String pointer) {
        return new Finding(rule, rule.defaultSeverity(), message, new Location("data/m.json", 7, 9, pointer), "lenet");
    }

    // SARIF

    @ParameterizedTest
    @MethodSource("inputs")
    void sarif_isValidAgainstTheSchema_withUniqueFingerprints(List<String> arguments) {
        String sarif = run(arguments, "sarif");
        if (sarif.isEmpty()) {
            return;  // an input that cannot be read at all (exit 2) gets no report
        }

        assertThat(sarifSchema.validate(sarif, InputFormat.JSON).stream().map(Error::toString)).isEmpty();
        JsonNode run = JSON.readTree(sarif).path("runs").path(0);
        Set<String> fingerprints = new HashSet<>();
        for (JsonNode result : run.path("results")) {
            String fingerprint = result.path("partialFingerprints").path("ruleFilePointer/v1").asString();
            assertThat(fingerprint).matches("[0-9a-f]{64}");
            assertThat(fingerprints.add(fingerprint)).as("unique: %s", result).isTrue();
        }
        assertThat(run(arguments, "sarif")).as("the same report again").isEqualTo(sarif);
    }

    @Test
    void theSchema_rejectsABrokenLog() {
        assertThat(sarifSchema.validate("{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {}}]}", InputFormat.JSON))
                .isNotEmpty();
    }

    @Test
    void sarif_describesTheToolAndEveryRule() throws IOException {
        JsonNode driver = JSON.readTree(write(ReportFormat.SARIF)).path("runs").path(0).path("tool").path("driver");

        assertThat(driver.path("informationUri").asString()).isEqualTo("https://github.com/aimilestones/ai-milestones");
        assertThat(driver.path("rules")).hasSize(Rule.values().length);
        for (Rule rule : Rule.values()) {
            JsonNode descriptor = driver.path("rules").path(rule.ordinal());
            assertThat(descriptor.path("id").asString()).isEqualTo(rule.id());
            assertThat(descriptor.path("shortDescription").path("text").asString()).isEqualTo(rule.description());
            assertThat(descriptor.path("fullDescription").path("text").asString()).isEqualTo(rule.fullDescription());
            assertThat(descriptor.path("help").path("text").asString()).isEqualTo(rule.helpText()).isNotBlank();
            assertThat(descriptor.path("help").path("markdown").asString()).isEqualTo(rule.helpMarkdown()).isNotBlank();
            assertThat(descriptor.path("helpUri").asString())
                    .isEqualTo("https://github.com/aimilestones/ai-milestones/blob/main/docs/validation.md#" + rule.id());
        }
    }

    @Test
    void sarifFingerprints_tellTwoFindingsOfOneRecordApart_andIgnoreTheWording() throws IOException {
        JsonNode two = JSON.readTree(write(ReportFormat.SARIF,
                finding(Rule.REFERENCE_UNRESOLVED, "no source \"a\"", "/milestones/0/citations/0/source"),
                finding(Rule.REFERENCE_UNRESOLVED, "no source \"b\"", "/milestones/0/citations/1/source")));
        JsonNode reworded = JSON.readTree(write(ReportFormat.SARIF,
                finding(Rule.REFERENCE_UNRESOLVED, "unknown source a", "/milestones/0/citations/0/source")));
        JsonNode same = JSON.readTree(write(ReportFormat.SARIF,
                finding(Rule.REFERENCE_UNRESOLVED, "x", "/milestones/0/citations/0/source"),
                finding(Rule.REFERENCE_UNRESOLVED, "y", "/milestones/0/citations/0/source")));

        String first = sarifFingerprint(two, 0);
        assertThat(sarifFingerprint(two, 1)).isNotEqualTo(first);
        assertThat(sarifFingerprint(reworded, 0)).isEqualTo(first);
        assertThat(sarifFingerprint(same, 0)).isEqualTo(first);
        assertThat(sarifFingerprint(same, 1)).isNotEqualTo(first).isNotEqualTo(sarifFingerprint(two, 1));
    }

    private static String sarifFingerprint(JsonNode sarif, int result) {
        return sarif.path("runs").path(0).path("results").path(result).path("partialFingerprints").path("ruleFilePointer/v1")
                .asString();
    }

    // GitLab Code Quality

    @ParameterizedTest
    @MethodSource("inputs")
    void gitlab_isAnArrayOfCodeQualityIssues_withUniqueFingerprints(List<String> arguments) {
        String report = run(arguments, "gitlab");
        if (report.isEmpty()) {
            return;
        }

        JsonNode issues = JSON.readTree(report);
        assertThat(issues.isArray()).isTrue();
        Set<String> fingerprints = new HashSet<>();
        for (JsonNode issue : issues) {
            assertThat(issue.path("description").asString()).isNotBlank();
            assertThat(Rule.byId(issue.path("check_name").asString())).isPresent();
            assertThat(GITLAB_SEVERITIES).contains(issue.path("severity").asString());
            assertThat(issue.path("location").path("path").isString()).isTrue();
            assertThat(issue.path("location").path("lines").path("begin").asInt()).isPositive();
            assertThat(fingerprints.add(issue.path("fingerprint").asString())).as("unique: %s", issue).isTrue();
        }
    }

    @Test
    void gitlab_mapsSeverities_andFingerprintsWithoutTheMessage() throws IOException {
        JsonNode issues = JSON.readTree(write(ReportFormat.GITLAB,  // a report sorts them: no file first
                finding(Rule.REFERENCE_UNRESOLVED, "no source \"a\"", "/milestones/0/citations/0/source"),
                new Finding(Rule.SOURCE_UNUSED, Severity.WARNING, "unused", null, "s"),
                new Finding(Rule.TEXT_MISSING_TRANSLATION, Severity.INFO, "no zh", Location.ofFile("x.json"), null)));
        JsonNode reworded = JSON.readTree(write(ReportFormat.GITLAB,
                finding(Rule.REFERENCE_UNRESOLVED, "reworded", "/milestones/0/citations/0/source")));

        JsonNode unused = issues.path(0);
        JsonNode unresolved = issues.path(1);
        JsonNode translation = issues.path(2);
        assertThat(unresolved.path("check_name").asString()).isEqualTo("reference.unresolved");
        assertThat(unresolved.path("description").asString()).isEqualTo("no source \"a\"");
        assertThat(unresolved.path("location").path("path").asString()).isEqualTo("data/m.json");
        assertThat(unresolved.path("location").path("lines").path("begin").asInt()).isEqualTo(7);
        assertThat(unresolved.path("fingerprint").asString()).isEqualTo(reworded.path(0).path("fingerprint").asString());
        assertThat(List.of(unresolved.path("severity").asString(), unused.path("severity").asString(),
                translation.path("severity").asString())).containsExactly("major", "minor", "info");
        assertThat(unused.path("location").path("path").asString()).isEmpty();
        assertThat(unused.path("location").path("lines").path("begin").asInt()).isEqualTo(1);
        assertThat(translation.path("location").path("lines").path("begin").asInt()).isEqualTo(1);
    }

    // JUnit XML

    private static Document parseXml(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void junit_isWellFormed_withASuitePerFileAndATestPerRule(List<String> arguments) throws Exception {
        String report = run(arguments, "junit");
        if (report.isEmpty()) {
            return;
        }

        Element root = parseXml(report).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        NodeList suites = root.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isPositive();
        int tests = 0;
        int failures = 0;
        Set<String> names = new HashSet<>();
        for (int i = 0; i < suites.getLength(); i++) {
            Element suite = (Element) suites.item(i);
            assertThat(names.add(suite.getAttribute("name"))).isTrue();
            NodeList cases = suite.getElementsByTagName("testcase");
            assertThat(Integer.parseInt(suite.getAttribute("tests"))).isEqualTo(cases.getLength());
            Set<String> rules = new HashSet<>();
            for (int j = 0; j < cases.getLength(); j++) {
                Element testCase = (Element) cases.item(j);
                assertThat(testCase.getAttribute("classname")).isEqualTo(suite.getAttribute("name"));
                assertThat(rules.add(testCase.getAttribute("name"))).as("one test per rule").isTrue();
            }
            tests += cases.getLength();
            failures += suite.getElementsByTagName("failure").getLength();
        }
        assertThat(Integer.parseInt(root.getAttribute("tests"))).isEqualTo(tests);
        assertThat(Integer.parseInt(root.getAttribute("failures"))).isEqualTo(failures);
    }

    @Test
    void junit_failsARuleWithErrorsOrWarnings_listsItsFindings_andEscapes() throws Exception {
        String xml = write(ReportFormat.JUNIT,
                finding(Rule.REFERENCE_UNRESOLVED, "no source \"a<b>&c\"", "/milestones/0/citations/0/source"),
                new Finding(Rule.REFERENCE_UNRESOLVED, Severity.ERROR, "no source \"\u0001\"",
                        new Location("data/m.json", 9, 3, "/milestones/0/citations/1/source"), "lenet"),
                new Finding(Rule.TEXT_MISSING_TRANSLATION, Severity.INFO, "no zh", new Location("data/m.json", 3, 1, "/x"), null),
                new Finding(Rule.SOURCE_UNUSED, Severity.WARNING, "unused", new Location("data/s.json", 2, 5, "/sources/0"), "s"));
        Element root = parseXml(xml).getDocumentElement();

        assertThat(root.getAttribute("tests")).isEqualTo("3");
        assertThat(root.getAttribute("failures")).isEqualTo("2");
        NodeList suites = root.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(2);
        Element m = (Element) suites.item(0);
        assertThat(m.getAttribute("name")).isEqualTo("data/m.json");
        Element unresolved = (Element) m.getElementsByTagName("testcase").item(0);
        assertThat(unresolved.getAttribute("name")).isEqualTo("reference.unresolved");
        Element failure = (Element) unresolved.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("error");
        assertThat(failure.getAttribute("message")).startsWith("2 findings of reference.unresolved");
        assertThat(failure.getTextContent()).contains(
                "data/m.json:7:9: error: no source \"a<b>&c\"\n",
                "data/m.json:9:3: error: no source \"\\u0001\"\n",
                Rule.REFERENCE_UNRESOLVED.helpUri());
        Element translation = (Element) m.getElementsByTagName("testcase").item(1);
        assertThat(translation.getElementsByTagName("failure").getLength()).isZero();
        assertThat(translation.getElementsByTagName("system-out").item(0).getTextContent())
                .contains("data/m.json:3:1: info: no zh");
        assertThat(((Element) suites.item(1)).getElementsByTagName("failure").item(0).getTextContent())
                .contains("data/s.json:2:5: warning: unused");
    }

    @Test
    void junit_withoutFindings_isOnePassingTest() throws Exception {
        Element root = parseXml(write(ReportFormat.JUNIT)).getDocumentElement();

        assertThat(root.getAttribute("tests")).isEqualTo("1");
        assertThat(root.getAttribute("failures")).isEqualTo("0");
        assertThat(root.getElementsByTagName("testcase").getLength()).isEqualTo(1);
    }
}
