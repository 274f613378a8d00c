package io.github.aimilestones.data.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where each record of one kind is, by id: the spans in arrays by record, not a {@link Span} and a hash map entry
 * per record. About 40 bytes a record instead of 90; at a million milestones (2.55 million records with their
 * people, organizations and sources) that is more than 100 MB of a 2 GB heap. Spans are made when asked for. Not
 * thread-safe while it is filled; safe to read from several threads after. Internal: not part of the API.
 */
final class SpanTable extends AbstractMap<String, Span> {

    private static final int INITIAL_ROWS = 16;

    private String[] ids = new String[INITIAL_ROWS];
    private int[] files = new int[INITIAL_ROWS];
    private int[] indexes = new int[INITIAL_ROWS];
    private int[] lines = new int[INITIAL_ROWS];
    private int[] columns = new int[INITIAL_ROWS];
    private long[] starts = new long[INITIAL_ROWS];
    private long[] ends = new long[INITIAL_ROWS];
    private int size;
    /** Open addressing with linear probing: each slot holds a row plus one, or 0 when free; at most half full. */
    private int[] slots = new int[INITIAL_ROWS * 2];

    @Override
    public int size() {
        return size;
    }

    @Override
    public @Nullable Span get(@Nullable Object id) {
        int row = id instanceof String key ? row(key) : -1;
        return row < 0 ? null : span(row);
    }

    @Override
    public boolean containsKey(@Nullable Object id) {
        return id instanceof String key && row(key) >= 0;
    }

    @Override
    public @Nullable Span putIfAbsent(String id, Span span) {
        int row = row(id);
        if (row >= 0) {
            return span(row);
        }
        add(id, span);
        return null;
    }

    @Override
    public @Nullable Span put(String id, Span span) {
        int row = row(id);
        if (row < 0) {
            add(id, span);
            return null;
        }
        Span old = span(row);
        set(row, id, span);
        return old;
    }

    @Override
    public Set<Entry<String, Span>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Span>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<String, Span> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int row = next++;
                        return new SimpleImmutableEntry<>(ids[row], span(row));
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    private Span span(int row) {
        return new Span(files[row], indexes[row], lines[row], columns[row], starts[row], ends[row]);
    }

    /** The row of an id, or -1. */
    private int row(String id) {
        int mask = slots.length - 1;
        for (int slot = hash(id) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            int row = slots[slot] - 1;
            if (ids[row].equals(id)) {
                return row;
            }
        }
        return -1;
    }

    private void add(String id, Span span) {
        Objects.requireNonNull(id, "id");
        if (size == ids.length) {
            int rows = size * 2;
            ids = Arrays.copyOf(ids, rows);
            files = Arrays.copyOf(files, rows);
            indexes = Arrays.copyOf(indexes, rows);
            lines = Arrays.copyOf(lines, rows);
            columns = Arrays.copyOf(columns, rows);
            starts = Arrays.copyOf(starts, rows);
            ends = Arrays.copyOf(ends, rows);
        }
        set(size, id, span);
        size++;
        if (size * 2 > slots.length) {
            slots = new int[slots.length * 2];
            for (int row = 0; row < size; row++) {
                place(row);
            }
        } else {
            place(size - 1);
        }
    }

    private void set(int row, String id, Span span) {
        ids[row] = id;
        files[row] = span.file();
        indexes[row] = span.index();
        lines[row] = span.line();
        columns[row] = span.column();
        starts[row] = span.start();
        ends[row] = span.end();
    }

    private void place(int row) {
        int mask = slots.length - 1;
        int slot = hash(ids[row]) & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = row + 1;
    }

    /** The string's hash, spread: ids that differ only at the end would otherwise crowd neighbouring slots. */
    private static int hash(String id) {
        int h = id.hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
