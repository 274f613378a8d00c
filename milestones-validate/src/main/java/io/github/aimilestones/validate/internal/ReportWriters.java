package io.github.aimilestones.validate.internal;

import com.google.common.hash.Hashing;
import io.github.aimilestones.data.Fix;
import io.github.aimilestones.data.Location;
import io.github.aimilestones.data.LoneSurrogates;
import io.github.aimilestones.validate.Finding;
import io.github.aimilestones.validate.Report;
import io.github.aimilestones.validate.Severity;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    /** The tool's name in the JSON and SARIF reports. */
    static final String TOOL_NAME = "ai-milestones";
    /** The {@code $id} of the JSON report's schema, published with the documentation. */
    public static final String REPORT_SCHEMA_ID = "https://aimilestones.github.io/ai-milestones/schema/report.schema.json";
    /** The version of the JSON report's format: raised when a field changes meaning or goes away, not when one is added. */
    public static final int REPORT_FORMAT_VERSION = 1;

    /** Holder: the text report, which the gate writes most, needs no databind; setting it up is a tenth of a run. */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
    }

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
            if (finding.expected() != null) {
                entry.put("expected", finding.expected());
            }
            if (finding.evidence() != null) {
                entry.put("evidence", finding.evidence());
            }
            if (finding.fix() != null) {
                entry.put("fix", fix(finding.fix()));
            }
            findings.add(entry);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("$schema", REPORT_SCHEMA_ID);
        document.put("formatVersion", REPORT_FORMAT_VERSION);
        document.put("tool", ordered("name", TOOL_NAME, "version", version()));
        document.put("summary", summary);
        document.put("findings", findings);
        writeJson(document, out);
    }

    /** A fix as JSON: what to do, and the exact edit (where, what text, by what) when it is known. */
    static Map<String, Object> fix(Fix fix) {
        Map<String, Object> entry = ordered("description", fix.description());
        Fix.Edit edit = fix.edit();
        if (edit != null) {
            entry.put("edit", ordered("line", edit.at().line(), "column", edit.at().column(),
                    "replaced", edit.replaced(), "inserted", edit.inserted()));
        }
        return entry;
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
        SarifReport.write(report, out);
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
        JunitReport.write(report, out);
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

    static String level(Severity severity) {
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

    static String version() {
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
    static void writeJson(Object document, Writer writer) throws IOException {
        Writer out = LoneSurrogates.escapingJson(writer);  // a lone surrogate from the data, not a "?"
        try {
            Json.MAPPER.writeValue(out, document);
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
