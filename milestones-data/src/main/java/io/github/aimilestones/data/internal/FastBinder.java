package io.github.aimilestones.data.internal;

import io.github.aimilestones.data.RecordKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

/**
 * The fast reading of a file: each record is bound straight from the parser by the {@link StreamBinder}, which
 * rejects anything questionable (an unknown or a repeated field, a null, a wrong type). It reports nothing: it says
 * which records it bound and which it rejected, or that it cannot vouch for the file at all.
 */
final class FastBinder {

    /**
     * jackson-core alone, with the format's limits. Duplicate keys are found here and by the binder, which knows each
     * record's fields: the parser's own detection keeps a set of every object's keys, a tenth of the reading.
     */
    private static final JsonFactory FACTORY = Json.factory().build();

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

    private FastBinder() {
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
        try (Reader reader = Utf8.reader(in); JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), reader)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Set<String> names = new HashSet<>();
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                if (!names.add(name)) {
                    return null;  // a duplicate key: the careful reading says where
                }
                JsonToken value = parser.nextToken();
                if (name.equals("$schema") && value == JsonToken.VALUE_STRING) {
                    if (Messages.isMetaSchema(parser.getString())) {
                        return null;  // a JSON Schema, not a catalog: the careful reading says so
                    }
                    continue;
                }
                Optional<RecordKind> kind = ReadSession.kindOf(name);
                if (kind.isEmpty() || value != JsonToken.START_ARRAY
                        || !readArray(parser, new StreamBinder(parser, shared), kind.get(), fileIndex, records)) {
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
    private static boolean readArray(JsonParser parser, StreamBinder binder, RecordKind kind, int fileIndex,
            List<Bound> records) {
        TokenStreamContext array = parser.streamReadContext();
        for (int index = 0; parser.nextToken() != JsonToken.END_ARRAY; index++) {
            TokenStreamLocation start = parser.currentTokenLocation();
            Object record = null;
            if (parser.currentToken() == JsonToken.START_OBJECT) {
                try {
                    record = binder.record(kind);
                } catch (StreamBinder.Rejected e) {
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
            records.add(new Bound(kind, span, record));
        }
        return true;
    }
}
