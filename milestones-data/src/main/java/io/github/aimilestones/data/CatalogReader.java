package io.github.aimilestones.data;

import io.github.aimilestones.data.internal.ReadSession;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads catalog files in the JSON format (see {@code docs/format.md}), merging several files into one catalog
 * and keeping the position of every record and field.
 *
 * <p>Reading never stops at the first problem when it can go on: a syntax error ends its own file only; in a
 * record, a value of the wrong type or not allowed is reported and left out, and the rest of the record is read
 * and kept for the checks (a date written in words, such as "July 1960", is read as its EDTF form); unknown fields
 * are reported (with a "did you mean") and skipped. A record without a required field is left out, after every
 * problem of its other fields is reported. Every problem is in {@link ReadResult#problems()}, with its
 * {@link ReadProblem#fix() fix} where one is known.
 *
 * <pre>{@code
 * ReadResult result = CatalogReader.create().read(Path.of("registry.json"), Path.of("milestones.json"));
 * result.problems().forEach(System.err::println);   // file:line:column: message [rule]
 * Catalog catalog = result.catalog();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CatalogReader {

    private static final CatalogReader INSTANCE = new CatalogReader();

    private CatalogReader() {
    }

    /**
     * The reader.
     *
     * @return a reader with the format's limits (see {@code docs/format.md})
     */
    public static CatalogReader create() {
        return INSTANCE;
    }

    /**
     * Reads files into one catalog.
     *
     * @param files catalog files, merged in the order given
     * @return the catalog, the positions and every problem
     */
    public ReadResult read(Path... files) {
        return read(List.of(files));
    }

    /**
     * Reads files into one catalog.
     *
     * @param files catalog files, merged in the order given
     * @return the catalog, the positions and every problem
     */
    public ReadResult read(List<Path> files) {
        ReadSession session = new ReadSession();
        files.forEach(session::readFile);
        return result(session);
    }

    /**
     * Reads one catalog document from a stream.
     *
     * @param name the name to report locations with, such as a file name
     * @param json the UTF-8 JSON document; read to its end but not closed
     * @return the catalog, the positions and every problem
     */
    public ReadResult read(String name, InputStream json) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(json, "json");
        ReadSession session = new ReadSession();
        session.readStream(name, json);
        return result(session);
    }

    /** Reads class-path resources, named by their resource names, into one catalog. */
    ReadResult readResources(ClassLoader loader, List<String> names) {
        ReadSession session = new ReadSession();
        names.forEach(name -> session.readResource(loader, name));
        return result(session);
    }

    private static ReadResult result(ReadSession session) {
        return new ReadResult(session.catalog(), new SourceMap(session.files(), session.spans()), session.problems());
    }
}
