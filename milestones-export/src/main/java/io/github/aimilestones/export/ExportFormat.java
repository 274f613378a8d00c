package io.github.aimilestones.export;

import io.github.aimilestones.export.internal.CsvExporter;
import io.github.aimilestones.export.internal.HtmlExporter;
import io.github.aimilestones.export.internal.JsonExporter;
import io.github.aimilestones.export.internal.MarkdownExporter;
import io.github.aimilestones.export.internal.MermaidExporter;
import io.github.aimilestones.export.internal.TimelineJsExporter;
import io.github.aimilestones.export.internal.TimelineJsonExporter;
import io.github.aimilestones.model.Language;
import java.util.Locale;

/** The export formats, each with its exporter and file extension. Documented in {@code docs/export.md}. */
public enum ExportFormat {
    /** The canonical catalog format; reading it back gives an equal catalog. */
    JSON("catalog.json", new JsonExporter()),
    /** A flat JSON array of milestones in one language, for web pages. */
    TIMELINE_JSON("timeline.%s.json", new TimelineJsonExporter()),
    /** RFC 4180 CSV, one row per milestone. */
    CSV("milestones.%s.csv", new CsvExporter()),
    /** A GFM table in the seed table's layout, with numbered references. */
    MARKDOWN("milestones.%s.md", new MarkdownExporter()),
    /** A Mermaid timeline diagram. */
    MERMAID("timeline.%s.mmd", new MermaidExporter()),
    /** Knight Lab's TimelineJS JSON. */
    TIMELINEJS("timelinejs.%s.json", new TimelineJsExporter()),
    /** One self-contained, searchable HTML page. */
    HTML("timeline.%s.html", new HtmlExporter());

    private final String fileName;
    private final Exporter exporter;

    ExportFormat(String fileName, Exporter exporter) {
        this.fileName = fileName;
        this.exporter = exporter;
    }

    /**
     * The exporter of this format.
     *
     * @return a stateless exporter
     */
    public Exporter exporter() {
        return exporter;
    }

    /**
     * The file name the main job writes this format to.
     *
     * @param language the language of the export
     * @return e.g. {@code timeline.zh.mmd}
     */
    public String fileName(Language language) {
        return String.format(Locale.ROOT, fileName, language.tag());
    }

    /**
     * Whether the output depends on the language: the catalog format holds both languages.
     *
     * @return false for {@link #JSON}
     */
    public boolean isLocalized() {
        return this != JSON;
    }

    /**
     * The name on the command line.
     *
     * @return e.g. {@code timeline-json}
     */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The format with the given command-line name.
     *
     * @param slug e.g. {@code mermaid}
     * @return the format
     * @throws IllegalArgumentException for an unknown name; the message lists the known ones
     */
    public static ExportFormat fromSlug(String slug) {
        for (ExportFormat format : values()) {
            if (format.slug().equalsIgnoreCase(slug)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format \"" + slug + "\": use json, timeline-json, csv, markdown,"
                + " mermaid, timelinejs or html");
    }
}
