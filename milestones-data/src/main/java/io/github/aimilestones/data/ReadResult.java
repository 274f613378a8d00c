package io.github.aimilestones.data;

import io.github.aimilestones.model.Catalog;
import java.util.List;
import java.util.Objects;

/**
 * What reading catalog files gave: the records that could be read, where each came from, and every problem.
 *
 * @param catalog the records that were read; a record without a required field is left out; the values of a record that could not be read are left out of it
 * @param sourceMap where each record and field was read from
 * @param problems every problem, in file order and then document order
 */
public record ReadResult(Catalog catalog, SourceMap sourceMap, List<ReadProblem> problems) {

    /**
     * Requires every field and copies the problems.
     *
     * @param catalog the records that were read; a record without a required field is left out; the values of a record that could not be read are left out of it
     * @param sourceMap where each record and field was read from
     * @param problems every problem, in file order and then document order
     */
    public ReadResult {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(sourceMap, "sourceMap");
        problems = List.copyOf(problems);
    }

    /**
     * Whether every file was read without a problem.
     *
     * @return true when there are no problems
     */
    public boolean isClean() {
        return problems.isEmpty();
    }

    /**
     * The catalog, if every file was read without a problem.
     *
     * @return the catalog
     * @throws CatalogReadException listing every problem, if there was one
     */
    public Catalog orThrow() {
        if (!isClean()) {
            throw new CatalogReadException(problems);
        }
        return catalog;
    }
}
