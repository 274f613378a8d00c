package io.github.aimilestones.data.internal;

import io.github.aimilestones.data.Location;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where every value read starts, by JSON pointer (for an object member: where its key starts, where a fix goes).
 * Internal: not part of the API.
 */
public final class Positions {

    private final Map<String, Position> byPointer;
    /** Where the value of an object member starts, after its key: where an exact replacement of the value goes. */
    private final Map<String, Position> memberValues;

    Positions() {
        this(new HashMap<>(), new HashMap<>());
    }

    private Positions(Map<String, Position> byPointer, Map<String, Position> memberValues) {
        this.byPointer = byPointer;
        this.memberValues = memberValues;
    }

    void putMemberValue(String pointer, Position position) {
        memberValues.put(pointer, position);
    }

    void put(String pointer, Position position) {
        byPointer.put(pointer, position);
    }

    /** Keeps the first position of a pointer (a member's key, before its value), and returns it. */
    Position putIfAbsent(String pointer, Position position) {
        Position first = byPointer.putIfAbsent(pointer, position);
        return first == null ? position : first;
    }

    /** These positions, read from a record's own text, moved to where the record starts in its file. */
    Positions from(Position start) {
        Map<String, Position> moved = new HashMap<>(byPointer.size() * 4 / 3 + 1);
        byPointer.forEach((pointer, position) -> moved.put(pointer, position.from(start)));
        Map<String, Position> values = new HashMap<>(memberValues.size() * 4 / 3 + 1);
        memberValues.forEach((pointer, position) -> values.put(pointer, position.from(start)));
        return new Positions(moved, values);
    }

    /**
     * Where a value itself starts: for an object member, after its key; for an array element, where it is.
     *
     * @param file the file's name
     * @param pointer the value's JSON pointer
     * @return its location, or null if it was not read
     */
    public @org.jspecify.annotations.Nullable Location value(String file, String pointer) {
        Position position = memberValues.getOrDefault(pointer, byPointer.get(pointer));
        return position == null ? null : position.location(file, pointer);
    }

    /**
     * The location of a value, or of its nearest enclosing value that was read, or of the file's start.
     *
     * @param file the file's name
     * @param pointer the value's JSON pointer
     * @return its location
     */
    public Location locate(String file, String pointer) {
        for (String p = Objects.requireNonNull(pointer, "pointer"); !p.isEmpty(); p = p.substring(0, p.lastIndexOf('/'))) {
            Position position = byPointer.get(p);
            if (position != null) {
                return position.location(file, p);
            }
        }
        return byPointer.getOrDefault("", new Position(1, 1)).location(file, "");
    }
}
