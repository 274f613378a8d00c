package io.github.aimilestones.data;

import io.github.aimilestones.data.internal.Positions;
import io.github.aimilestones.data.internal.RecordText;
import io.github.aimilestones.data.internal.SourceFile;
import io.github.aimilestones.data.internal.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
        Positions positions = null;
        try {
            for (Located l : wanted) {
                Span span = l.span();
                String recordPointer = span.pointer(l.field().kind());
                if (!span.equals(current)) {
                    if (text == null || text.file() != files.get(span.file())) {
                        close(text);
                        text = new RecordText(files.get(span.file()));
                    }
                    current = span;
                    positions = positions(text, span, recordPointer);
                }
                String file = files.get(span.file()).name();
                result.put(l.field(), positions == null ? recordLocation(l.field().kind(), span)
                        : positions.locate(file, recordPointer + l.field().path()));
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
        return new Location(files.get(span.file()).name(), span.line(), span.column(), span.pointer(kind));
    }

    private static void close(@Nullable RecordText text) {
        if (text != null) {
            text.close();
        }
    }

    /** The positions of every value in a record, or none if its file cannot be read again. */
    private static @Nullable Positions positions(RecordText text, Span span, String recordPointer) {
        try {
            return text.positions(span, recordPointer);
        } catch (IOException e) {
            return null;  // the file changed since it was read: fall back to the record's own position
        }
    }
}
