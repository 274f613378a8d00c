package io.github.aimilestones.validate.internal;

import static io.github.aimilestones.validate.internal.ReportWriters.FINGERPRINT_KEY;
import static io.github.aimilestones.validate.internal.ReportWriters.PROJECT_URI;
import static io.github.aimilestones.validate.internal.ReportWriters.SARIF_RESULT_LIMIT;
import static io.github.aimilestones.validate.internal.ReportWriters.fingerprints;
import static io.github.aimilestones.validate.internal.ReportWriters.level;
import static io.github.aimilestones.validate.internal.ReportWriters.ordered;
import static io.github.aimilestones.validate.internal.ReportWriters.version;
import static io.github.aimilestones.validate.internal.ReportWriters.writeJson;

import io.github.aimilestones.data.Fix;
import io.github.aimilestones.data.Location;
import io.github.aimilestones.validate.Finding;
import io.github.aimilestones.validate.Report;
import io.github.aimilestones.validate.Rule;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
/** SARIF 2.1.0 for code scanning (see {@link ReportWriters#sarif}). */
final class SarifReport {

    private SarifReport() {
    }

    static void write(Report report, Writer out) throws IOException {
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
            Fix fix = finding.fix();
            if (fix != null && fix.edit() != null && location != null) {  // SARIF wants a fix to change the file
                Fix.Edit edit = fix.edit();
                result.put("fixes", List.of(ordered(
                        "description", ordered("text", fix.description()),
                        "artifactChanges", List.of(ordered(
                                "artifactLocation", ordered("uri", edit.at().file()),
                                "replacements", List.of(ordered(
                                        "deletedRegion", ordered("startLine", edit.at().line(),
                                                "startColumn", edit.at().column(),
                                                "endLine", edit.at().line(),
                                                "endColumn", edit.at().column() + edit.replaced().length()),
                                        "insertedContent", ordered("text", edit.inserted()))))))));
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            if (fix != null) {
                properties.put("fix", fix.description());
            }
            if (finding.expected() != null) {
                properties.put("expected", finding.expected());
            }
            if (finding.evidence() != null) {
                properties.put("evidence", finding.evidence());
            }
            if (!properties.isEmpty()) {
                result.put("properties", properties);
            }
            result.put("partialFingerprints", ordered(FINGERPRINT_KEY, fingerprints.get(i)));
            results.add(result);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", ReportWriters.TOOL_NAME);
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
}
