package io.github.aimilestones.data;

import io.github.aimilestones.model.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The embedded dataset: AI milestones from 1943 on, with the people, organizations and sources they cite.
 *
 * <pre>{@code
 * Catalog catalog = Milestones.catalog();
 * catalog.milestone("transformer").map(Milestone::date);   // Optional[2017-06-12]
 * }</pre>
 */
public final class Milestones {

    /** The class-path resource name of the JSON Schema of the format. */
    public static final String SCHEMA_RESOURCE = "io/github/aimilestones/data/milestones.schema.json";

    /** The class-path folder of the embedded data files. */
    static final String CATALOG_FOLDER = "io/github/aimilestones/data/catalog/";

    private Milestones() {
    }

    /**
     * The embedded catalog, read once on first use. Immutable and safe to share between threads.
     *
     * @return the catalog
     * @throws CatalogReadException if the embedded files cannot be read (a broken build, not a user error)
     */
    public static Catalog catalog() {
        return Embedded.CATALOG;
    }

    /**
     * Reads the embedded files again, with the position of every record, for tools that report locations.
     *
     * @return the catalog, its source map and any problem
     */
    public static ReadResult read() {
        return CatalogReader.create().readResources(Milestones.class.getClassLoader(), resourceNames());
    }

    /**
     * The class-path resource names of the embedded data files, in the order they are merged.
     *
     * @return names such as {@code io/github/aimilestones/data/catalog/people.json}
     */
    public static List<String> resourceNames() {
        try (InputStream in = Milestones.class.getClassLoader().getResourceAsStream(CATALOG_FOLDER + "files.txt")) {
            if (in == null) {
                throw new IllegalStateException("the embedded dataset is missing from the class path: " + CATALOG_FOLDER);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(file -> CATALOG_FOLDER + file)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Holder idiom: the class loader reads the catalog once, on first use, thread-safely. */
    private static final class Embedded {
        static final Catalog CATALOG = read().orThrow();
    }
}
