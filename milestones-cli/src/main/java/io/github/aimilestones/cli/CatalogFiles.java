package io.github.aimilestones.cli;

import io.github.aimilestones.data.CatalogReader;
import io.github.aimilestones.data.Milestones;
import io.github.aimilestones.data.ReadResult;
import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.validate.ConfigFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Stream;

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

    /**
     * The catalog files named, with each directory replaced by every catalog file below it: the {@code *.json} files
     * that are not JSON Schemas ({@code *.schema.json}) nor the configuration file, in the order of their paths.
     *
     * @param files the files and directories given
     * @param err where a directory without a catalog file, or one that cannot be listed, is explained
     * @return the files, or empty after the explanation
     */
    static Optional<List<Path>> expand(List<Path> files, PrintWriter err) {
        List<Path> expanded = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isDirectory(file)) {
                expanded.add(file);
                continue;
            }
            List<Path> found;
            try (Stream<Path> below = Files.walk(file)) {
                found = below.filter(Files::isRegularFile).filter(CatalogFiles::isCatalogFile).sorted().toList();
            } catch (IOException | java.io.UncheckedIOException e) {
                err.println("error: " + file + ": cannot list the directory: "
                        + IoErrors.reason(e instanceof java.io.UncheckedIOException u ? u.getCause() : (IOException) e));
                return Optional.empty();
            }
            if (found.isEmpty()) {
                err.println("error: " + file + ": is a directory with no catalog file (*.json, not *.schema.json)"
                        + " below it");
                return Optional.empty();
            }
            expanded.addAll(found);
        }
        return Optional.of(expanded);
    }

    private static boolean isCatalogFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") && !name.endsWith(".schema.json") && !name.equals(ConfigFile.FILE_NAME);
    }
}
