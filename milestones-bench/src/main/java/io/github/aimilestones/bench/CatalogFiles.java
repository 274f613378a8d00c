package io.github.aimilestones.bench;

import io.github.aimilestones.data.CatalogWriter;
import io.github.aimilestones.model.Catalog;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
            write(catalog, file);
        }
        return file;
    }

    /** Writes beside the file and moves it into place, so that an interrupted run leaves no half file to reuse. */
    static void write(Catalog catalog, Path file) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            CatalogWriter.create().write(catalog, out);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
