package io.github.aimilestones.export;

import io.github.aimilestones.model.Catalog;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes a catalog in one format. Implementations stream to the writer and keep no state.
 *
 * <pre>{@code
 * ExportFormat.MERMAID.exporter().export(Milestones.catalog(), ExportOptions.defaults(), writer);
 * }</pre>
 */
public interface Exporter {

    /**
     * Writes the milestones the options select.
     *
     * @param catalog the catalog
     * @param options the language, filters, grouping and order
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    void export(Catalog catalog, ExportOptions options, Writer out) throws IOException;

    /**
     * Writes the milestones the options select, as UTF-8.
     *
     * @param catalog the catalog
     * @param options the language, filters, grouping and order
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    default void export(Catalog catalog, ExportOptions options, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        export(catalog, options, writer);
        writer.flush();
    }
}
