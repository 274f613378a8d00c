package io.github.aimilestones.bench;

import io.github.aimilestones.data.AtomicFiles;
import io.github.aimilestones.data.CatalogWriter;
import io.github.aimilestones.model.Catalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

/**
 * Synthetic catalogs as files, as the benchmarks read them: {@code target/bench/catalog-N.json}, written once and
 * read by every later run. The command line writes the large ones first, in a JVM with enough memory to build them
 * ({@code Generate}), so that the benchmark's own heap holds only what validation needs.
 */
final class CatalogFiles {

    private CatalogFiles() {
    }

    static Path file(int milestones) throws IOException {
        Path file = Path.of("target", "bench", "catalog-" + milestones + ".json");
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Catalog catalog = SyntheticCatalogs.generate(milestones, 42, EnumSet.noneOf(SyntheticCatalogs.Error.class));
            AtomicFiles.write(file, out -> CatalogWriter.create().write(catalog, out));
        }
        return file;
    }
}
