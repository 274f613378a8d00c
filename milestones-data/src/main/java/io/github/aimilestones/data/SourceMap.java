package io.github.aimilestones.data;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where each record and field of a catalog was read from, so that later findings can point at the file,
 * line and column. Records built in code have no location.
 *
 * <p>For files that can be read again (paths and class-path resources), only where each record starts is kept;
 * the position of a field inside a record is found when it is asked for, by reading that record again. That keeps
 * memory proportional to the number of records, not of values. Instances are safe to share between threads.
 */
public final class SourceMap {

    private static final SourceMap EMPTY = new SourceMap(Map.of(), Map.of(), Map.of());
    /** Records read again, kept for the next field of the same record: findings come record by record. */
    private static final int CACHED_RECORDS = 256;

    /** Reads one record of a file again and gives the positions of every value in it, by absolute pointer. */
    @FunctionalInterface
    interface Rereader {
        Map<String, Long> positions(String recordPointer);
    }

    private final Map<String, Location> records;
    private final Map<String, Map<String, Long>> positionsByFile;
    private final Map<String, Rereader> rereaders;
    private final Map<String, Map<String, Long>> reread = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Map<String, Long>> eldest) {
            return size() > CACHED_RECORDS;
        }
    };

    SourceMap(Map<String, Location> records, Map<String, Map<String, Long>> positionsByFile,
            Map<String, Rereader> rereaders) {
        this.records = records;
        this.positionsByFile = positionsByFile;
        this.rereaders = rereaders;
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
        if (positions == null) {
            return Optional.empty();
        }
        Rereader rereader = rereaders.get(file);
        String record = recordPointer(pointer);
        if (rereader != null && record != null && !record.equals(pointer) && positions.containsKey(record)) {
            Map<String, Long> inside;
            synchronized (reread) {
                inside = reread.computeIfAbsent(file + '\u0000' + record, k -> rereader.positions(record));
            }
            if (!inside.isEmpty()) {
                return Optional.of(locate(inside, file, pointer));
            }
        }
        return Optional.of(locate(positions, file, pointer));
    }

    /** "/milestones/17" for "/milestones/17/citations/0": the record a pointer is in, or null above records. */
    static String recordPointer(String pointer) {
        int first = pointer.indexOf('/', 1);
        if (first < 0) {
            return null;
        }
        int second = pointer.indexOf('/', first + 1);
        return second < 0 ? pointer : pointer.substring(0, second);
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
