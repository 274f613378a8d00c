package io.github.aimilestones.data.internal;

import io.github.aimilestones.model.PartialDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

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

    /**
     * A reader that shares the values it reads through this.
     *
     * @param reader a reader of {@link Json}'s mappers
     * @return the reader, with this as an attribute its deserializers find
     */
    ObjectReader on(ObjectReader reader) {
        return reader.withAttribute(SharedValues.class, this);
    }

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

    static @Nullable SharedValues of(DeserializationContext context) {
        return (SharedValues) context.getAttribute(SharedValues.class);
    }

    /** Jackson's reading of a string, shared when the read has shared values. */
    static final class Strings extends StdScalarDeserializer<String> {
        Strings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {  // Jackson's rules for anything else (coercions)
                return StringDeserializer.instance.deserialize(parser, context);
            }
            SharedValues shared = of(context);
            return shared == null ? parser.getString() : shared.string(parser.getString());
        }
    }
}
