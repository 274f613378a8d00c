package io.github.aimilestones.export;

import io.github.aimilestones.export.internal.CsvExporter;
import io.github.aimilestones.export.internal.HtmlExporter;
import io.github.aimilestones.export.internal.JsonExporter;
import io.github.aimilestones.export.internal.MarkdownExporter;
import io.github.aimilestones.export.internal.MermaidExporter;
import io.github.aimilestones.export.internal.TimelineJsExporter;
import io.github.aimilestones.export.internal.TimelineJsonExporter;
import java.util.Locale;

/** The export formats, each with its exporter and file extension. Documented in {@code docs/export.md}. */
public enum ExportFormat {
    /** The canonical catalog format; reading it back gives an equal catalog. */
    JSON("json", new JsonExporter()),
    /** A flat JSON array of milestones in one language, for web pages. */
    TIMELINE_JSON("timeline.json", new TimelineJsonExporter()),
    /** RFC 4180 CSV, one row per milestone. */
    CSV("csv", new CsvExporter()),
    /** A GFM table in the seed table's layout, with numbered references. */
    MARKDOWN("md", new MarkdownExporter()),
    /** A Mermaid timeline diagram. */
    MERMAID("mmd", new MermaidExporter()),
    /** Knight Lab's TimelineJS JSON. */
    TIMELINEJS("timelinejs.json", new TimelineJsExporter()),
    /** One self-contained, searchable HTML page. */
    HTML("html", new HtmlExporter());

    private final String extension;
    private final Exporter exporter;

    ExportFormat(String extension, Exporter exporter) {
        this.extension = extension;
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
     * The file extension, without the leading dot.
     *
     * @return e.g. {@code mmd}
     */
    public String extension() {
        return extension;
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
