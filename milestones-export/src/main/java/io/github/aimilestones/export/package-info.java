/**
 * Exporters that turn a catalog into what people publish.
 *
 * <p>Each {@link io.github.aimilestones.export.ExportFormat} (JSON, timeline JSON, CSV, Markdown, Mermaid,
 * TimelineJS, HTML) has a stateless {@link io.github.aimilestones.export.Exporter} that streams to a
 * {@code Writer} or an {@code OutputStream}. {@link io.github.aimilestones.export.ExportOptions} choose the language,
 * filter milestones by date range, category, id or tag, and group them by
 * {@link io.github.aimilestones.export.Era}, decade or year.
 *
 * <pre>{@code
 * Catalog catalog = Milestones.catalog();
 * ExportOptions options = ExportOptions.defaults()
 *         .withLanguage(Language.ZH)
 *         .withRange(PartialDate.parse("2012"), PartialDate.parse("2014"))
 *         .withCategories(Set.of(Category.ARCHITECTURE));
 * try (Writer out = Files.newBufferedWriter(Path.of("timeline.zh.mmd"), StandardCharsets.UTF_8)) {
 *     ExportFormat.MERMAID.exporter().export(catalog, options, out);
 * }
 * }</pre>
 *
 * <p>The exporters need neither the validator nor a command-line framework: export a catalog you trust, or
 * validate it first with milestones-validate. The formats are documented in {@code docs/export.md}.
 */
@NullMarked
package io.github.aimilestones.export;

import org.jspecify.annotations.NullMarked;
