package io.github.aimilestones.data;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where each record and field of a catalog was read from, so that later findings can point at the file,
 * line and column. Records built in code have no location.
 */
public final class SourceMap {

    private static final SourceMap EMPTY = new SourceMap(Map.of(), Map.of());

    private final Map<String, Location> records;
    private final Map<String, Map<String, Long>> positionsByFile;

    SourceMap(Map<String, Location> records, Map<String, Map<String, Long>> positionsByFile) {
        this.records = records;
        this.positionsByFile = positionsByFile;
    }

    /**
     * The source map of a catalog that was not read from files.
     *
     * @return a map that knows no location
     */
    public static SourceMap empty() {
        return EMPTY;
    }

    /**
     * Where a record starts.
     *
     * @param kind the kind of record
     * @param id its id
     * @return the location of the record's opening brace, or empty if it was not read from a file
     */
    public Optional<Location> record(RecordKind kind, String id) {
        return Optional.ofNullable(records.get(key(kind, id)));
    }

    /**
     * Where a field of a record is, falling back to the nearest enclosing value that was read.
     *
     * @param kind the kind of record
     * @param id its id
     * @param path the JSON pointer of the field within the record, e.g. {@code /date} or {@code /citations/0/source}
     * @return the location of the field's name (or array element), or of the record when the field is absent
     */
    public Optional<Location> field(RecordKind kind, String id, String path) {
        return record(kind, id).map(record -> at(record.file(), record.pointer() + path).orElse(record));
    }

    /**
     * Where a JSON pointer of a file is, falling back to the nearest enclosing value that was read.
     *
     * @param file the file's name, as in {@link Location#file()}
     * @param pointer a JSON pointer such as {@code /milestones/3/date}
     * @return the location, or empty if the file was not read
     */
    public Optional<Location> at(String file, String pointer) {
        Map<String, Long> positions = positionsByFile.get(file);
        return positions == null ? Optional.empty() : Optional.of(locate(positions, file, pointer));
    }

    /** The location of the pointer, or of its nearest enclosing value that has one, or of the file's start. */
    static Location locate(Map<String, Long> positions, String file, String pointer) {
        for (String p = Objects.requireNonNull(pointer, "pointer"); !p.isEmpty(); p = p.substring(0, p.lastIndexOf('/'))) {
            Long packed = positions.get(p);
            if (packed != null) {
                return new Location(file, (int) (packed >>> 32), (int) (long) packed, p);
            }
        }
        Long root = positions.get("");
        return root == null ? new Location(file, 1, 1, "") : new Location(file, (int) (root >>> 32), (int) (long) root, "");
    }

    static String key(RecordKind kind, String id) {
        return kind.ordinal() + id;
    }
}
