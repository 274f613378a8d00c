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
     * Where the entries whose top bits are those of each bucket start, made with the sort: a lookup goes straight to
     * its bucket of a few entries instead of searching the whole array, about twenty cache misses each in the name
     * checks' millions of variants.
     */
    private int[] buckets = {0, 0, 0};
    private int bucketBits = 1;

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
            sort();
        }
        long run = hash(text) & ~indexMask;
        int bucket = bucket(run);
        int low = buckets[bucket];
        int high = buckets[bucket + 1];
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

    private void sort() {
        Arrays.sort(entries, 0, size);
        bucketBits = Math.min(30, Math.max(1, 31 - Integer.numberOfLeadingZeros(size)));  // one or two a bucket
        buckets = new int[(1 << bucketBits) + 1];
        int at = 0;
        for (int bucket = 0; bucket < buckets.length - 1; bucket++) {
            buckets[bucket] = at;
            while (at < size && bucket(entries[at]) == bucket) {
                at++;
            }
        }
        buckets[buckets.length - 1] = size;
        sorted = true;
    }

    /** The bucket of an entry: its top bits, the sign flipped so that buckets follow the entries' signed order. */
    private int bucket(long entry) {
        return (int) ((entry ^ Long.MIN_VALUE) >>> (64 - bucketBits));
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
