package io.github.aimilestones.data;

import java.util.List;
import java.util.stream.Collectors;

/** Catalog files could not be read without problems; {@link #problems()} lists every one. */
public final class CatalogReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Not serialized: problems are values for the caller, not for a remote JVM. */
    private final transient List<ReadProblem> problems;

    /**
     * An exception for the given problems.
     *
     * @param problems at least one problem
     */
    public CatalogReadException(List<ReadProblem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " reading the catalog:\n"
                + problems.stream().map(ReadProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /**
     * The problems.
     *
     * @return every problem, in file and document order
     */
    public List<ReadProblem> problems() {
        return problems;
    }
}
