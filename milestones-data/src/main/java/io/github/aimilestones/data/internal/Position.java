package io.github.aimilestones.data.internal;

import io.github.aimilestones.data.Location;
import tools.jackson.core.TokenStreamLocation;

/**
 * A place in a text. Internal: not part of the API.
 *
 * @param line the 1-based line
 * @param column the 1-based column, in UTF-16 units as the JSON parser counts them
 */
public record Position(int line, int column) {

    static Position of(TokenStreamLocation location) {
        return new Position(location.getLineNr(), location.getColumnNr());
    }

    /** The location of a value at this position. */
    Location location(String file, String pointer) {
        return new Location(file, line, column, pointer);
    }

    /** This position in a text that starts at {@code start} of a larger text, as a position in the larger text. */
    Position from(Position start) {
        return new Position(start.line + line - 1, line == 1 ? start.column + column - 1 : column);
    }
}
