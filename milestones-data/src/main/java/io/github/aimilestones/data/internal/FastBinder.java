package io.github.aimilestones.data.internal;

import io.github.aimilestones.data.RecordKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;

/**
 * The fast reading of a file: each record is bound straight from the parser by a mapper that rejects anything
 * questionable (an unknown field, a null, a duplicate key, a wrong type). It reports nothing: it says which records
 * it bound and which it rejected, or that it cannot vouch for the file at all.
 */
final class FastBinder {

    /** Holder: built on first use, or by {@link #prepare()} in the background, not when this class is loaded. */
    private static final class Readers {
        /** Binds records straight from the parser, rejecting anything the careful reading would report. */
        static final Map<RecordKind, ObjectReader> READERS = Stream.of(RecordKind.values())
                .collect(Collectors.toMap(kind -> kind, kind -> Json.strictMapper().readerFor(kind.type())
                        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS),  // the next record follows
                        (a, b) -> a, () -> new EnumMap<>(RecordKind.class)));
    }

    /**
     * A record of the file, in document order.
     *
     * @param record the record, or null if it was rejected and must be read carefully
     */
    record Bound(RecordKind kind, Span span, @Nullable Object record) {
    }

    /**
     * What the fast reading found.
     *
     * @param records every record before the end of the file or the failure
     * @param failure why the text could not be read to its end, or null
     */
    record Pass(List<Bound> records, @Nullable Throwable failure) {
    }

    /** Whether the readers are built or being built. */
    private static final AtomicBoolean PREPARED = new AtomicBoolean();

    private FastBinder() {
    }

    /** Starts building the readers on the common pool, the first time only (class initialization is thread-safe). */
    static void prepare() {
        if (!PREPARED.getAndSet(true)) {
            ForkJoinPool.commonPool().execute(() -> Readers.READERS.size());
        }
    }

    /**
     * Reads a file fast.
     *
     * @param in the file's bytes
     * @param fileIndex the file's index, for the spans
     * @param shared the values shared by every file of the read
     * @return what was found, or null if the file is not well-formed and must be read carefully
     */
    static @Nullable Pass read(InputStream in, int fileIndex, SharedValues shared) {
        List<Bound> records = new ArrayList<>();
        try (Reader reader = Utf8.reader(in); NullSpotter parser = new NullSpotter(Json.strictMapper().createParser(reader))) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("$schema") && value == JsonToken.VALUE_STRING) {
                    if (Messages.isMetaSchema(parser.getString())) {
                        return null;  // a JSON Schema, not a catalog: the careful reading says so
                    }
                    continue;
                }
                Optional<RecordKind> kind = ReadSession.kindOf(name);
                if (kind.isEmpty() || value != JsonToken.START_ARRAY || !readArray(parser,
                        shared.on(Readers.READERS.get(kind.get())), kind.get(), fileIndex, records)) {
                    return null;
                }
            }
            return token == JsonToken.END_OBJECT && parser.nextToken() == null ? new Pass(records, null) : null;
        } catch (StreamReadException | StreamConstraintsException e) {
            return null;
        } catch (IOException | JacksonIOException e) {
            return new Pass(records, e instanceof JacksonIOException ? e.getCause() : e);
        }
    }

    /** Reads the records of one array; false if the file ends inside a rejected record. */
    private static boolean readArray(NullSpotter parser, ObjectReader binder, RecordKind kind, int fileIndex,
            List<Bound> records) {
        TokenStreamContext array = parser.streamReadContext();
        for (int index = 0; parser.nextToken() != JsonToken.END_ARRAY; index++) {
            TokenStreamLocation start = parser.currentTokenLocation();
            Object record = null;
            parser.sawNull = false;
            if (parser.currentToken() == JsonToken.START_OBJECT) {
                try {
                    record = binder.readValue(parser);
                } catch (DatabindException e) {
                    while (parser.streamReadContext() != array) {
                        if (parser.nextToken() == null) {  // to the end of the rejected record
                            return false;
                        }
                    }
                }
            } else {
                parser.skipChildren();
                parser.finishToken();  // a string's end is found only when it is read
            }
            Span span = new Span(fileIndex, index, Position.of(start), start.getCharOffset(),
                    parser.currentLocation().getCharOffset());
            records.add(new Bound(kind, span, parser.sawNull ? null : record));
        }
        return true;
    }

    /**
     * Notes an explicit null, which the format does not allow but databind would take for an absent value
     * (and telling Jackson to fail on nulls makes it fail on absent fields too).
     */
    private static final class NullSpotter extends JsonParserDelegate {
        boolean sawNull;

        NullSpotter(JsonParser parser) {
            super(parser);
        }

        @Override
        public JsonToken nextToken() {
            return spot(delegate.nextToken());
        }

        @Override
        public JsonToken nextValue() {
            return spot(delegate.nextValue());
        }

        private JsonToken spot(JsonToken token) {
            sawNull |= token == JsonToken.VALUE_NULL;
            return token;
        }
    }
}
