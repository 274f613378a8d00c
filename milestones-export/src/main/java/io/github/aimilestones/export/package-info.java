/**
 * Exporters that turn a catalog into what people publish, and the command line of AI Milestones.
 *
 * <p>Each {@link io.github.aimilestones.export.ExportFormat} (JSON, timeline JSON, CSV, Markdown, Mermaid,
 * TimelineJS, HTML) has a stateless {@link io.github.aimilestones.export.Exporter} that streams to a
 * {@code Writer} or an {@code OutputStream}. {@link io.github.aimilestones.export.ExportOptions} choose the language,
 * filter milestones by date range, category, id or tag, and group them by
 * {@link io.github.aimilestones.export.Era}, decade or year; {@link io.github.aimilestones.data.AtomicFiles}
 * writes a file all at once or leaves the old one untouched.
 *
 * <pre>{@code
 * Catalog catalog = Milestones.catalog();
 * ExportOptions options = ExportOptions.defaults()
 *         .withLanguage(Language.ZH)
 *         .withRange(PartialDate.parse("2012"), PartialDate.parse("2014"))
 *         .withCategories(Set.of(Category.ARCHITECTURE));
 * AtomicFiles.write(Path.of("timeline.zh.mmd"), out -> ExportFormat.MERMAID.exporter().export(catalog, options, out));
 * }</pre>
 *
 * <p>{@link io.github.aimilestones.export.Main} is the command line ({@code java -jar milestones.jar}): the
 * {@code validate} gate and {@code check} of milestones-validate, {@link io.github.aimilestones.export.ExportCommand}
 * ({@code export}), {@code generate-completion} for bash and zsh, and, with no command, the main job that
 * validates the dataset and writes every format in both languages. The formats are documented in
 * {@code docs/export.md}.
 */
package io.github.aimilestones.export;
