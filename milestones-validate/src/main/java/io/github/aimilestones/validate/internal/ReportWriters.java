package io.github.aimilestones.validate.internal;

import com.google.common.hash.Hashing;
import io.github.aimilestones.data.Location;
import io.github.aimilestones.validate.Finding;
import io.github.aimilestones.validate.Report;
import io.github.aimilestones.validate.Rule;
import io.github.aimilestones.validate.Severity;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The report formats. Internal: use {@link io.github.aimilestones.validate.ReportFormat}. */
public final class ReportWriters {

    /** GitHub shows at most this many annotations of each level per step and drops the rest silently. */
    static final int GITHUB_LIMIT_PER_LEVEL = 10;
    /** GitHub code scanning accepts at most this many results per run. */
    static final int SARIF_RESULT_LIMIT = 25_000;
    /**
     * The text and JSON reports list at most this many findings; the summary still counts every one. Far more than
     * anyone reads, and it keeps a catalog with a systematic fault from producing a report of hundreds of megabytes.
     */
    public static final int LISTED_LIMIT = 10_000;
    /** The key of the fingerprint in a SARIF result's {@code partialFingerprints}. */
    static final String FINGERPRINT_KEY = "ruleFilePointer/v1";
    /** The project's home, the tool's {@code informationUri} in SARIF. */
    static final String PROJECT_URI = "https://github.com/aimilestones/ai-milestones";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private ReportWriters() {
    }

    /**
     * Compiler-style lines, sorted by file and line, at most {@link #LISTED_LIMIT} of them and then a line with how
     * many more there are, then the summary of all of them.
     *
     * @param report the report
     * @param out where to write
     * @throws IOException if the writer fails
     */
    public static void text(Report report, Writer out) throws IOException {
        for (Finding finding : listed(report)) {
            out.write(finding.toString());
            out.write('\n');
        }
        int hidden = report.findings().size() - LISTED_LIMIT;
        if (hidden > 0) {
            out.write(hidden + " more findings not shown: a report lists the first " + LISTED_LIMIT + "\n");
        }
        out.write(report.summary());
        out.write('\n');
    }

    /**
     * A summary that counts every finding, and the first {@link #LISTED_LIMIT} findings as JSON; when there are more,
     * the summary's {@code notShown} says how many.
     *
     * @param report the report
     * @param out where to write
     * @throws IOException if the writer fails
     */
    public static void json(Report report, Writer out) throws IOException {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("records", report.recordsChecked());
        report.counts().forEach((severity, count) -> summary.put(severity.label() + "s", count));
        if (report.findings().size() > LISTED_LIMIT) {
            summary.put("notShown", report.findings().size() - LISTED_LIMIT);
        }
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding finding : listed(report)) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("rule", finding.rule().id());
            entry.put("severity", finding.severity().label());
            entry.put("message", finding.message());
            Location location = finding.location();
            if (location != null) {
                entry.put("file", location.file());
                entry.put("line", location.line());
                entry.put("column", location.column());
                entry.put("pointer", location.pointer());
            }
            if (finding.recordId() != null) {
                entry.put("record", finding.recordId());
            }
            findings.add(entry);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("summary", summary);
        document.put("findings", findings);
        writeJson(document, out);
    }

    /**
     * SARIF 2.1.0 with every rule's metadata (short and full description, help as text and Markdown, the address of
     * its documentation), so that code scanning tracks findings by rule id across runs and shows what to do; each
     * result has a fingerprint of its rule, file and JSON pointer (see {@link #fingerprints}).
     *
     * @param report the report
     * @param out where to write
     * @throws IOException if the writer fails
     */
    public static void sarif(Report report, Writer out) throws IOException {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Rule rule : Rule.values()) {  // in declaration order, so that a rule's index is its ordinal
            rules.add(ordered(
                    "id", rule.id(),
                    "shortDescription", ordered("text", rule.description()),
                    "fullDescription", ordered("text", rule.fullDescription()),
                    "help", ordered("text", rule.helpText(), "markdown", rule.helpMarkdown()),
                    "helpUri", rule.helpUri(),
                    "defaultConfiguration", ordered("level", level(rule.defaultSeverity()))));
        }
        List<Finding> findings = report.findings();
        List<String> fingerprints = fingerprints(findings);
        List<Map<String, Object>> results = new ArrayList<>();
        for (int i = 0; i < Math.min(findings.size(), SARIF_RESULT_LIMIT); i++) {
            Finding finding = findings.get(i);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("ruleId", finding.rule().id());
            result.put("ruleIndex", finding.rule().ordinal());
            result.put("level", level(finding.severity()));
            result.put("message", ordered("text", finding.message()));
            Location location = finding.location();
            if (location != null) {
                Map<String, Object> physical = new LinkedHashMap<>();
                physical.put("artifactLocation", ordered("uri", location.file()));
                if (location.line() > 0) {
                    physical.put("region", ordered("startLine", location.line(), "startColumn", Math.max(location.column(), 1)));
                }
                result.put("locations", List.of(ordered("physicalLocation", physical)));
            }
            result.put("partialFingerprints", ordered(FINGERPRINT_KEY, fingerprints.get(i)));
            results.add(result);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "ai-milestones");
        driver.put("informationUri", PROJECT_URI);
        driver.put("semanticVersion", version());
        driver.put("rules", rules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", ordered("driver", driver));
        run.put("results", results);
        if (findings.size() > SARIF_RESULT_LIMIT) {
            run.put("invocations", List.of(ordered("executionSuccessful", true, "toolExecutionNotifications", List.of(ordered(
                    "level", "warning", "message", ordered("text", (findings.size() - SARIF_RESULT_LIMIT)
                            + " findings were left out: code scanning accepts " + SARIF_RESULT_LIMIT + " per run"))))));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        document.put("version", "2.1.0");
        document.put("runs", List.of(run));
        writeJson(document, out);
    }

    /**
     * GitLab's Code Quality report (a JSON array of Code Climate issues): description, check name (the rule id),
     * fingerprint (as in SARIF, without the message), severity ({@code error} is {@code major}, {@code warning}
     * {@code minor}, {@code info} {@code info}) and location (path and first line; line 1 when the line is unknown).
     *
     * @param report the report
     * @param out where to write
     * @throws IOException if the writer fails
     */
    public static void gitlab(Report report, Writer out) throws IOException {
        List<Finding> findings = report.findings();
        List<String> fingerprints = fingerprints(findings);
        List<Map<String, Object>> issues = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            Location location = finding.location();
            issues.add(ordered(
                    "description", finding.message(),
                    "check_name", finding.rule().id(),
                    "fingerprint", fingerprints.get(i),
                    "severity", switch (finding.severity()) {
                        case ERROR -> "major";
                        case WARNING -> "minor";
                        case INFO -> "info";
                    },
                    "location", ordered("path", location == null ? "" : location.file(),
                            "lines", ordered("begin", location == null ? 1 : Math.max(location.line(), 1)))));
        }
        writeJson(issues, out);
    }

    /**
     * JUnit XML for the test views of Jenkins, GitLab and Azure Pipelines: one {@code testsuite} per file, one
     * {@code testcase} per rule with findings in that file ({@code classname} the file, {@code name} the rule id).
     * A rule with an error or a warning fails its test case, with one line per finding
     * ({@code file:line:column: severity: message}) and the address of the rule's documentation; a rule with only
     * infos passes, its lines in {@code system-out}. A report without findings is one suite with one passing test.
     *
     * @param report the report
     * @param out where to write
     * @throws IOException if the writer fails
     */
    public static void junit(Report report, Writer out) throws IOException {
        Map<String, Map<Rule, List<Finding>>> byFile = new TreeMap<>();
        for (Finding finding : report.findings()) {
            Location location = finding.location();
            byFile.computeIfAbsent(location == null ? "" : location.file(), file -> new TreeMap<>(
                    java.util.Comparator.comparing(Rule::id))).computeIfAbsent(finding.rule(), rule -> new ArrayList<>())
                    .add(finding);
        }
        int tests = byFile.isEmpty() ? 1 : byFile.values().stream().mapToInt(Map::size).sum();
        int failures = (int) byFile.values().stream().flatMap(rules -> rules.values().stream()).filter(ReportWriters::fails).count();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "ai-milestones");
            xml.writeAttribute("tests", Integer.toString(tests));
            xml.writeAttribute("failures", Integer.toString(failures));
            xml.writeAttribute("errors", "0");
            xml.writeCharacters("\n");
            if (byFile.isEmpty()) {
                startSuite(xml, "ai-milestones", 1, 0);
                xml.writeCharacters("    ");
                xml.writeEmptyElement("testcase");
                xml.writeAttribute("classname", "ai-milestones");
                xml.writeAttribute("name", "no findings");
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            for (Map.Entry<String, Map<Rule, List<Finding>>> file : byFile.entrySet()) {
                String name = file.getKey().isEmpty() ? "(no file)" : file.getKey();
                startSuite(xml, name, file.getValue().size(),
                        (int) file.getValue().values().stream().filter(ReportWriters::fails).count());
                for (Map.Entry<Rule, List<Finding>> rule : file.getValue().entrySet()) {
                    writeTestCase(xml, name, rule.getKey(), rule.getValue());
                }
                xml.writeCharacters("  ");
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof IOException failure) {
                throw failure;
            }
            throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
        }
    }

    private static void startSuite(XMLStreamWriter xml, String name, int tests, int failures) throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", xmlSafe(name));
        xml.writeAttribute("tests", Integer.toString(tests));
        xml.writeAttribute("failures", Integer.toString(failures));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
        xml.writeCharacters("\n");
    }

    private static void writeTestCase(XMLStreamWriter xml, String file, Rule rule, List<Finding> findings)
            throws XMLStreamException {
        StringBuilder lines = new StringBuilder();
        Severity worst = Severity.INFO;
        for (Finding finding : findings) {
            if (finding.severity().compareTo(worst) > 0) {
                worst = finding.severity();
            }
            Location location = finding.location();
            lines.append(location == null ? finding.recordId() == null ? "" : finding.recordId() + ": " : location + ": ")
                    .append(finding.severity().label()).append(": ").append(finding.message()).append('\n');
        }
        lines.append(rule.id()).append(": ").append(rule.description()).append(' ').append(rule.helpUri()).append('\n');
        xml.writeCharacters("    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", xmlSafe(file));
        xml.writeAttribute("name", rule.id());
        xml.writeCharacters("\n      ");
        if (worst == Severity.INFO) {
            xml.writeStartElement("system-out");
        } else {
            xml.writeStartElement("failure");
            xml.writeAttribute("type", worst.label());
            xml.writeAttribute("message", xmlSafe(findings.size() == 1 ? firstLine(findings.get(0).message())
                    : findings.size() + " findings of " + rule.id() + ", the first: " + firstLine(findings.get(0).message())));
        }
        xml.writeCharacters(xmlSafe(lines.toString()));
        xml.writeEndElement();
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    /**
     * The text with every character that XML 1.0 cannot hold (control characters but tab, line feed and carriage
     * return; lone surrogates; U+FFFE and U+FFFF) written as a backslash, {@code u} and four hex digits, as a Java string would show it.
     */
    static String xmlSafe(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                safe.append(c).append(text.charAt(++i));
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                safe.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                safe.append(c);
            }
        }
        return safe.toString();
    }

    private static boolean fails(List<Finding> findings) {
        return findings.stream().anyMatch(finding -> finding.severity() != Severity.INFO);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /**
     * A fingerprint for each finding, in the same order: the SHA-256 (hex) of its rule id, file and JSON pointer (the
     * record id in place of file and pointer when it has no location), so that it survives a change of the message's
     * wording, of line numbers, and of other findings. Findings that share all three get a counter in report order
     * (the second hashes the three and a 1), so every fingerprint of a report is unique.
     *
     * @param findings the findings of a report, in its order
     * @return their fingerprints
     */
    public static List<String> fingerprints(List<Finding> findings) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> fingerprints = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            Location location = finding.location();
            String key = finding.rule().id() + "\u0000" + (location == null
                    ? "\u0000" + (finding.recordId() == null ? "" : finding.recordId())
                    : location.file() + "\u0000" + location.pointer());
            int earlier = seen.merge(key, 1, Integer::sum) - 1;
            if (earlier > 0) {
                key += "\u0000" + earlier;
            }
            fingerprints.add(Hashing.sha256().hashString(key, StandardCharsets.UTF_8).toString());
        }
        return fingerprints;
    }

    /**
     * Workflow commands, at most ten per level, then a plain line saying how many were not shown.
     *
     * @param report the report
     * @param out where to write
     * @throws IOException if the writer fails
     */
    public static void github(Report report, Writer out) throws IOException {
        Map<Severity, Integer> shown = new EnumMap<>(Severity.class);
        int hidden = 0;
        for (Finding finding : report.findings()) {
            int count = shown.merge(finding.severity(), 1, Integer::sum);
            if (count > GITHUB_LIMIT_PER_LEVEL) {
                hidden++;
                continue;
            }
            StringBuilder command = new StringBuilder("::").append(switch (finding.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "notice";
            });
            List<String> properties = new ArrayList<>();
            Location location = finding.location();
            if (location != null) {
                properties.add("file=" + property(location.file()));
                if (location.line() > 0) {
                    properties.add("line=" + location.line());
                    properties.add("col=" + location.column());
                }
            }
            properties.add("title=" + property(finding.rule().id()));
            command.append(' ').append(String.join(",", properties)).append("::").append(data(finding.message()));
            out.write(command.append('\n').toString());
        }
        if (hidden > 0) {
            out.write(hidden + " more findings not shown as annotations (GitHub shows " + GITHUB_LIMIT_PER_LEVEL
                    + " errors, " + GITHUB_LIMIT_PER_LEVEL + " warnings and " + GITHUB_LIMIT_PER_LEVEL
                    + " notices per step): run with --format text for all of them\n");
        }
        out.write(report.summary());
        out.write('\n');
    }

    /** The findings a text or JSON report lists: the first {@link #LISTED_LIMIT}, not copied. */
    private static List<Finding> listed(Report report) {
        List<Finding> findings = report.findings();
        return findings.size() <= LISTED_LIMIT ? findings : findings.subList(0, LISTED_LIMIT);
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** Escapes a workflow command's message. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a workflow command's property value. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }

    private static String version() {
        String version = ReportWriters.class.getPackage().getImplementationVersion();
        return version == null ? "0.0.0-dev" : version;
    }

    /** A map that keeps the order its entries are given in (Map.of does not), for stable JSON output. */
    static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** Jackson reports the writer's failure as its own unchecked exception: give the caller the IOException. */
    private static void writeJson(Object document, Writer out) throws IOException {
        try {
            JSON.writeValue(out, document);
        } catch (tools.jackson.core.JacksonException e) {
            throw streamFailure(e);
        }
        out.write('\n');
    }

    /** The writer's failure inside Jackson's unchecked exception (databind wraps it once more): the caller's IOException. */
    private static IOException streamFailure(tools.jackson.core.JacksonException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException failure) {
                return failure;
            }
        }
        throw e;
    }
}
