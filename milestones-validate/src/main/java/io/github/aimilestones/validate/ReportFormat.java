package io.github.aimilestones.validate;

import io.github.aimilestones.validate.internal.ReportWriters;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.io.Writer;

/** The ways a {@link Report} can be written. */
public enum ReportFormat {
    /** One line per finding, {@code file:line:column: severity: message [rule]}, then a summary line. */
    TEXT,
    /**
     * A JSON object with the format's version, the tool's name and version, a {@code summary} and every finding with
     * its fix, expected value and evidence; its schema is {@link #jsonSchema()}, documented in
     * {@code docs/validation.md}.
     */
    JSON,
    /**
     * SARIF 2.1.0, for GitHub code scanning and other SARIF viewers: every rule with its descriptions, help and the
     * address of its documentation, every result with a fingerprint of its rule, file and JSON pointer.
     */
    SARIF,
    /** GitHub Actions workflow commands ({@code ::error file=...::}), within GitHub's per-step limits. */
    GITHUB,
    /** GitLab's Code Quality report: a JSON array of issues, fingerprinted without their message. */
    GITLAB,
    /** JUnit XML, for the test views of Jenkins, GitLab and Azure Pipelines: a suite per file, a test per rule. */
    JUNIT;

    /** The {@code $id} of the JSON report's schema, under the project's published documentation. */
    public static final String JSON_SCHEMA_ID = ReportWriters.REPORT_SCHEMA_ID;

    /**
     * The JSON Schema of the {@link #JSON} report (draft 2020-12), whose {@code $id} is {@link #JSON_SCHEMA_ID}.
     *
     * @return the schema's text
     */
    public static String jsonSchema() {
        try (InputStream in = ReportFormat.class.getResourceAsStream("report.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("report.schema.json is missing from milestones-validate");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the report.
     *
     * @param report the report
     * @param out where to write; flushed, not closed
     * @throws IOException if the writer fails
     */
    public void write(Report report, Writer out) throws IOException {
        switch (this) {
            case TEXT -> ReportWriters.text(report, out);
            case JSON -> ReportWriters.json(report, out);
            case SARIF -> ReportWriters.sarif(report, out);
            case GITHUB -> ReportWriters.github(report, out);
            case GITLAB -> ReportWriters.gitlab(report, out);
            case JUNIT -> ReportWriters.junit(report, out);
        }
        out.flush();
    }
}
