package io.github.aimilestones.data.internal;

import io.github.aimilestones.model.PartialDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

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

    private final Map<String, String> strings = new HashMap<>();
    private final Map<String, PartialDate> dates = new HashMap<>();

    /** The one copy of a short string. */
    String string(String value) {
        if (value.length() > MAX_SHARED_LENGTH) {
            return value;
        }
        String shared = strings.putIfAbsent(value, value);
        return shared == null ? value : shared;
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
}
