package io.github.aimilestones.validate.internal;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Strings grouped by equality in eight bytes each, where a map of strings takes about a hundred: each string is
 * kept as a 64-bit hash whose low bits are replaced by the index of what it came from, in one sorted array. A run
 * of equal high bits holds, in index order, the indexes whose strings may be equal; a collision of hashes is
 * possible, so the caller compares the strings themselves. For the blocks of the name checks, which hold millions
 * of strings in a catalog of a million milestones. Not thread-safe while adding.
 */
final class HashRuns {

    private final long indexMask;
    private long[] entries = new long[16];
    private int size;
    private boolean sorted = true;

    /**
     * Runs for indexes below this bound.
     *
     * @param indexes how many indexes there are
     */
    HashRuns(int indexes) {
        this.indexMask = (1L << Math.max(1, 32 - Integer.numberOfLeadingZeros(indexes))) - 1;
    }

    /** Adds a string under an index. */
    void add(CharSequence text, int index) {
        if (size == entries.length) {
            entries = Arrays.copyOf(entries, size * 2);
        }
        entries[size++] = hash(text) & ~indexMask | index;
        sorted = false;
    }

    /**
     * Visits, in index order, the indexes below {@code before} whose string may equal this one.
     *
     * @param text a string
     * @param before the bound: indexes from here on are not visited
     * @param visit what to do with each index
     */
    void forEachMaybeEqual(CharSequence text, int before, IntConsumer visit) {
        if (!sorted) {
            Arrays.sort(entries, 0, size);
            sorted = true;
        }
        long run = hash(text) & ~indexMask;
        int low = 0;
        int high = size;
        while (low < high) {  // the first entry of the run, or where it would be
            int middle = (low + high) >>> 1;
            if (entries[middle] < run) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        for (int at = low; at < size && (entries[at] & ~indexMask) == run; at++) {
            int index = (int) (entries[at] & indexMask);
            if (index >= before) {
                return;
            }
            visit.accept(index);
        }
    }

    /** A 64-bit hash of a text: FNV-1a over its chars, then MurmurHash3's finalizer, so its high bits mix every char. */
    private static long hash(CharSequence text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
        }
        hash = (hash ^ hash >>> 33) * 0xff51afd7ed558ccdL;
        hash = (hash ^ hash >>> 33) * 0xc4ceb9fe1a85ec53L;
        return hash ^ hash >>> 33;
    }
}
