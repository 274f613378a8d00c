package io.github.aimilestones.data.internal;

import io.github.aimilestones.model.PartialDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JsonParser;

/**
 * One copy of each short string and each date of a read: every id is written again wherever it is referenced (four
 * references and a tag per synthetic milestone), and dates, tags, publishers and language codes repeat. Sharing them
 * as they are read, instead of keeping a copy per occurrence, takes about a third off the catalog held in memory.
 * Not thread-safe: one per read. Internal: not part of the API.
 */
final class SharedValues {

    /**
     * The longest id (see {@code Slug}); longer strings (summaries, most titles and URLs) rarely repeat, and looking
     * them up would cost more than it saves.
     */
    static final int MAX_SHARED_LENGTH = 80;

    /**
     * The strings, by open addressing with linear probing on their hash codes, at most half full. Looked up from the
     * parser's characters: a repeat makes no string, and an entry costs a slot, where a hash map's costs a node of 32
     * bytes (millions of ids at a million milestones).
     */
    private String[] strings = new String[1 << 10];
    private int size;
    private final Map<String, PartialDate> dates = new HashMap<>();
    private final Map<List<?>, List<?>> lists = new HashMap<>();

    /** The one copy of the string value the parser is on, when it is short; else a string of its own. */
    String string(JsonParser parser) {
        int length = parser.getStringLength();
        if (length > MAX_SHARED_LENGTH) {
            return parser.getString();
        }
        char[] chars = parser.getStringCharacters();
        int offset = parser.getStringOffset();
        int hash = 0;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + chars[i];  // String.hashCode, which each string keeps for the table to grow with
        }
        int mask = strings.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            String shared = strings[slot];
            if (shared == null) {
                String value = new String(chars, offset, length);
                strings[slot] = value;
                if (++size * 2 > strings.length) {
                    grow();
                }
                return value;
            } else if (shared.length() == length && sameChars(shared, chars, offset)) {
                return shared;
            }
        }
    }

    /**
     * The one copy of a list that repeats from record to record: a milestone's tags, a citation's claims (two lists of
     * each synthetic milestone, 70 MB at a million). Lists that rarely repeat, such as a milestone's people, are not
     * looked up: each would cost an entry and save nothing.
     */
    @SuppressWarnings("unchecked")
    <T> List<T> list(List<T> list) {
        List<?> shared = list.isEmpty() ? list : lists.putIfAbsent(list, list);
        return shared == null ? list : (List<T>) shared;
    }

    /** The one copy of a date, parsed once. */
    PartialDate date(String text, Function<String, PartialDate> parse) {
        PartialDate shared = dates.get(text);
        if (shared == null) {
            shared = parse.apply(text);
            dates.put(text, shared);
        }
        return shared;
    }

    private static boolean sameChars(String string, char[] chars, int offset) {
        for (int i = 0; i < string.length(); i++) {
            if (string.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        String[] old = strings;
        strings = new String[old.length * 2];
        int mask = strings.length - 1;
        for (String string : old) {
            if (string != null) {
                int slot = spread(string.hashCode()) & mask;
                while (strings[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                strings[slot] = string;
            }
        }
    }

    /** The hash code's bits mixed, so that ids differing only at the end do not crowd neighbouring slots. */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
