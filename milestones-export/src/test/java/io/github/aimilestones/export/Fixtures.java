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
        return read("hostile-catalog.json");
    }

    /**
     * A catalog that the validator rejects, as `export --force` writes it: ids and tags that are formulas, an id
     * that carries a Mermaid directive and lines of its own under a blank name, source titles that start a heading
     * or a list, links and e-mail addresses in texts, lone surrogates, line separators.
     */
    static Catalog forced() {
        return read("forced-catalog.json");
    }

    private static Catalog read(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            return CatalogReader.create().read(name, in).orThrow();
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
