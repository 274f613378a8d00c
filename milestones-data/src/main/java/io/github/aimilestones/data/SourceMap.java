package io.github.aimilestones.data;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where each record and field of a catalog was read from, so that later findings can point at the file,
 * line and column. Records built in code have no location.
 *
 * <p>Only where each record starts and ends is kept: the position of a field inside a record is found when it is
 * asked for, by reading that record again from its file. That keeps memory proportional to the number of records,
 * not of values. To locate many fields, ask for them together with {@link #fields(Collection)}: each file is then
 * read again at most once. Instances are safe to share between threads.
 */
public final class SourceMap {

    private static final SourceMap EMPTY = new SourceMap(List.of(), new EnumMap<>(RecordKind.class));

    /**
     * A field of a record, to be located.
     *
     * @param kind the kind of record
     * @param id the record's id
     * @param path the JSON pointer of the field within the record, e.g. {@code /date}; empty for the record itself
     */
    public record Field(RecordKind kind, String id, String path) {
        /**
         * Requires every component.
         *
         * @param kind the kind of record
         * @param id the record's id
         * @param path the JSON pointer of the field within the record
         */
        public Field {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(path, "path");
        }
    }

    /** A file that was read, and how to read its text again (from the first character after a byte order mark). */
    record SourceFile(String name, TextOpener opener) {
    }

    /** Opens the text of a file again. */
    @FunctionalInterface
    interface TextOpener {
        Reader open() throws IOException;
    }

    /**
     * Where one record is: its file (an index into the files), its index in its array, the line and column of its
     * opening brace, and its first and last-plus-one character offsets.
     */
    record Span(int file, int index, int line, int column, long start, long end) {
    }

    private final List<SourceFile> files;
    private final Map<RecordKind, Map<String, Span>> spans;

    SourceMap(List<SourceFile> files, Map<RecordKind, Map<String, Span>> spans) {
        this.files = List.copyOf(files);
        this.spans = spans;
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
        return span(kind, id).map(span -> recordLocation(kind, span));
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
        Field field = new Field(kind, id, path);
        return Optional.ofNullable(fields(List.of(field)).get(field));
    }

    /**
     * Where many fields are, reading each file again at most once.
     *
     * @param fields the fields to locate
     * @return the location of each field that belongs to a record read from a file (see {@link #field})
     */
    public Map<Field, Location> fields(Collection<Field> fields) {
        List<Located> wanted = new ArrayList<>();
        for (Field field : fields) {
            span(field.kind(), field.id()).ifPresent(span -> wanted.add(new Located(field, span)));
        }
        wanted.sort(Comparator.comparingInt((Located l) -> l.span().file()).thenComparingLong(l -> l.span().start()));
        Map<Field, Location> result = new HashMap<>();
        RecordText text = null;
        Span current = null;
        Map<String, Long> positions = Map.of();
        try {
            for (Located l : wanted) {
                Span span = l.span();
                String recordPointer = pointer(l.field().kind(), span);
                if (!span.equals(current)) {
                    if (text == null || text.file() != files.get(span.file())) {
                        close(text);
                        text = new RecordText(files.get(span.file()));
                    }
                    current = span;
                    positions = positions(text, span, recordPointer);
                }
                String file = files.get(span.file()).name();
                result.put(l.field(), positions.isEmpty() ? recordLocation(l.field().kind(), span)
                        : locate(positions, file, recordPointer + l.field().path()));
            }
        } finally {
            close(text);
        }
        return result;
    }

    private record Located(Field field, Span span) {
    }

    private Optional<Span> span(RecordKind kind, String id) {
        Map<String, Span> ofKind = spans.get(kind);
        return Optional.ofNullable(ofKind == null ? null : ofKind.get(id));
    }

    private Location recordLocation(RecordKind kind, Span span) {
        return new Location(files.get(span.file()).name(), span.line(), span.column(), pointer(kind, span));
    }

    /** "/milestones/3": the JSON pointer of a record. */
    static String pointer(RecordKind kind, Span span) {
        return "/" + kind.arrayName() + "/" + span.index();
    }

    private static void close(RecordText text) {
        if (text != null) {
            text.close();
        }
    }

    /** The absolute positions of every value in a record, or nothing if its file cannot be read again. */
    private static Map<String, Long> positions(RecordText text, Span span, String recordPointer) {
        Map<String, Long> positions = new HashMap<>();
        try {
            text.readRecord(span, recordPointer, positions, remark -> { });
            return positions;
        } catch (IOException e) {
            return Map.of();  // the file changed since it was read: fall back to the record's own position
        }
    }

    /** Moves positions read from a record's own text to where the record starts in its file. */
    static Map<String, Long> shift(Map<String, Long> relative, int line, int column) {
        Map<String, Long> absolute = new HashMap<>(relative.size() * 4 / 3 + 1);
        relative.forEach((pointer, packed) -> {
            int l = (int) (packed >>> 32);
            int c = (int) (long) packed;
            absolute.put(pointer, (long) (line + l - 1) << 32 | (l == 1 ? column + c - 1 : c) & 0xFFFFFFFFL);
        });
        return absolute;
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
}
