package io.github.aimilestones.export;

import io.github.aimilestones.data.CatalogReader;
import io.github.aimilestones.model.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** The catalogs the exporter tests run on, and a helper to export to a string. */
final class Fixtures {

    private Fixtures() {
    }

    /** Names with colons, hashes, pipes, percents, quotes, tags, formulas, emoji and very long text. */
    static Catalog hostile() {
        try (InputStream in = Fixtures.class.getResourceAsStream("hostile-catalog.json")) {
            return CatalogReader.create().read("hostile-catalog.json", in).orThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String export(ExportFormat format, Catalog catalog, ExportOptions options) {
        StringWriter out = new StringWriter();
        try {
            format.exporter().export(catalog, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
