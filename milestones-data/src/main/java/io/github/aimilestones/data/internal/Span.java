package io.github.aimilestones.data.internal;

import io.github.aimilestones.data.RecordKind;

/**
 * Where one record is. Internal: not part of the API.
 *
 * @param file the index of its file among the files read
 * @param index its index in its array
 * @param position where its opening brace is
 * @param start its first character, counted from the start of the text
 * @param end one past its last character
 */
public record Span(int file, int index, Position position, long start, long end) {

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
