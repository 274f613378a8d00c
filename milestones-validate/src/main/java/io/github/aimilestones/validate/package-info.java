/**
 * Validation of catalogs: the model's constraints and cross-checks of dates, names and citations.
 *
 * <p>A {@link io.github.aimilestones.validate.Validator} turns a catalog, or files in the catalog format, into a
 * {@link io.github.aimilestones.validate.Report} of {@link io.github.aimilestones.validate.Finding}s. Each finding
 * has its {@link io.github.aimilestones.validate.Rule} (reports show its stable id, such as
 * {@code date.before-dependency}), a {@link io.github.aimilestones.validate.Severity}, a message that says how to
 * fix it, and the file, line, column and JSON pointer where it is. A {@link io.github.aimilestones.validate.ValidationConfig} (or a file read
 * by {@link io.github.aimilestones.validate.ConfigFile}) changes severities, switches rules off and sets the start
 * of the era; a milestone's {@code suppressions} silence one rule on that record, with a reason.
 *
 * <pre>{@code
 * Validator validator = Validator.create();
 * Report report = validator.validate(Path.of("data/registry.json"), Path.of("data/milestones.json"));
 * report.findings().forEach(System.out::println);
 * // data/milestones.json:14:9: error: dated 2011, before alexnet (2012-10) which it builds on: ... [date.before-dependency]
 * if (report.hasAtLeast(Severity.ERROR)) { ... }
 * }</pre>
 *
 * <p>A {@link io.github.aimilestones.validate.ReportFormat} writes a report as text, JSON, SARIF 2.1.0, GitHub
 * workflow annotations, a GitLab Code Quality report or JUnit XML. {@link io.github.aimilestones.validate.TimelineCheck} checks a timeline in someone else's
 * layout (a Markdown table, CSV, a bullet list) against the reference dataset and reports in the same way.
 * It reads Markdown with commonmark ({@code org.commonmark:commonmark-ext-gfm-tables}) and CSV with
 * {@code tools.jackson.dataformat:jackson-dataformat-csv}, optional dependencies of this module: add them to use
 * it. The rules are listed in {@code docs/validation.md}.
 */
@NullMarked
package io.github.aimilestones.validate;

import org.jspecify.annotations.NullMarked;
