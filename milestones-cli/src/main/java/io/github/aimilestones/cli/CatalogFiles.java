package io.github.aimilestones.cli;

import io.github.aimilestones.data.CatalogReader;
import io.github.aimilestones.data.Milestones;
import io.github.aimilestones.data.ReadResult;
import io.github.aimilestones.model.Catalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/** The catalog a command works on: the files it was given, or the embedded dataset when there are none. */
final class CatalogFiles {

    private CatalogFiles() {
    }

    /**
     * Reads the files, or takes the embedded dataset.
     *
     * @param files the files given, maybe none
     * @param err where the problems of files that cannot be read go
     * @param refusal the last line for a number of problems, saying what the command will not do
     * @return the catalog, or empty after the problems were printed
     */
    static Optional<Catalog> read(List<Path> files, PrintWriter err, IntFunction<String> refusal) {
        if (files.isEmpty()) {
            return Optional.of(Milestones.catalog());
        }
        ReadResult read = CatalogReader.create().read(files);
        if (read.isClean()) {
            return Optional.of(read.catalog());
        }
        read.problems().forEach(err::println);
        err.println(refusal.apply(read.problems().size()));
        return Optional.empty();
    }
}
