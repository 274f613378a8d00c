package io.github.aimilestones.data;

import java.util.Objects;

/**
 * A place in a catalog file: the file's name, a 1-based line and column, and the JSON pointer of the value.
 *
 * @param file the file's name as given to the reader (a path, or a class-path resource name)
 * @param line the 1-based line, or 0 when unknown
 * @param column the 1-based column in characters, or 0 when unknown
 * @param pointer the JSON pointer (RFC 6901) of the value, e.g. {@code /milestones/3/date}; empty for the root
 */
public record Location(String file, int line, int column, String pointer) {

    /**
     * Requires the file and pointer.
     *
     * @param file the file's name as given to the reader (a path, or a class-path resource name)
     * @param line the 1-based line, or 0 when unknown
     * @param column the 1-based column in characters, or 0 when unknown
     * @param pointer the JSON pointer (RFC 6901) of the value, e.g. {@code /milestones/3/date}; empty for the root
     */
    public Location {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(pointer, "pointer");
    }

    /**
     * The location of a whole file.
     *
     * @param file the file's name
     * @return a location without line and column
     */
    public static Location ofFile(String file) {
        return new Location(file, 0, 0, "");
    }

    /**
     * The location as compilers write it.
     *
     * @return {@code file:line:column}, or just {@code file} when the line is unknown
     */
    @Override
    public String toString() {
        return line == 0 ? file : file + ":" + line + ":" + column;
    }
}
