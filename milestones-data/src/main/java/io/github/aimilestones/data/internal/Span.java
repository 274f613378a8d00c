package io.github.aimilestones.data.internal;

import io.github.aimilestones.data.RecordKind;

/**
 * Where one record is; kept for every record read, so its line and column are plain ints. Internal: not part of
 * the API.
 *
 * @param file the index of its file among the files read
 * @param index its index in its array
 * @param line the line of its opening brace
 * @param column the column of its opening brace
 * @param start its first character, counted from the start of the text
 * @param end one past its last character
 */
public record Span(int file, int index, int line, int column, long start, long end) {

    Span(int file, int index, Position position, long start, long end) {
        this(file, index, position.line(), position.column(), start, end);
    }

    /**
     * Where its opening brace is.
     *
     * @return the line and column
     */
    public Position position() {
        return new Position(line, column);
    }

    /**
     * The record's JSON pointer.
     *
     * @param kind the kind of record, which names its array
     * @return e.g. {@code /milestones/3}
     */
    public String pointer(RecordKind kind) {
        return "/" + kind.arrayName() + "/" + index;
    }
}
