package io.github.aimilestones.bench;

import io.github.aimilestones.data.CatalogWriter;
import io.github.aimilestones.model.Catalog;
import java.io.ByteArrayOutputStream;
import java.util.EnumSet;

/** Synthetic catalogs as the bytes of one catalog file, as the benchmarks read them. */
final class CatalogFiles {

    private CatalogFiles() {
    }

    static byte[] json(int milestones) {
        Catalog catalog = SyntheticCatalogs.generate(milestones, 42, EnumSet.noneOf(SyntheticCatalogs.Error.class));
        ByteArrayOutputStream out = new ByteArrayOutputStream(milestones * 1200);
        CatalogWriter.create().write(catalog, out);
        return out.toByteArray();
    }
}
