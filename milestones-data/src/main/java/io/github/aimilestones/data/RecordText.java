package io.github.aimilestones.data;

import io.github.aimilestones.data.internal.Json;
import io.github.aimilestones.data.internal.PositionalTree;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;

/**
 * Reads the text of records of one file again, front to back, opening the file once for records asked for in
 * document order (and again only when asked for an earlier one).
 */
final class RecordText implements AutoCloseable {

    private final SourceMap.SourceFile file;
    private Reader reader;
    private long position;

    RecordText(SourceMap.SourceFile file) {
        this.file = file;
    }

    SourceMap.SourceFile file() {
        return file;
    }

    /**
     * The record's text.
     *
     * @throws IOException if the file cannot be read again or is shorter than it was
     */
    private String read(SourceMap.Span span) throws IOException {
        if (reader == null || span.start() < position) {
            close();
            reader = file.opener().open();
            position = 0;
        }
        for (long skip = span.start() - position; skip > 0; ) {
            long n = reader.skip(skip);
            if (n <= 0) {
                throw new IOException("the file is shorter than when it was read");
            }
            skip -= n;
            position += n;
        }
        char[] text = new char[Math.toIntExact(span.end() - span.start())];
        for (int read = 0; read < text.length; ) {
            int n = reader.read(text, read, text.length - read);
            if (n < 0) {
                throw new IOException("the file is shorter than when it was read");
            }
            read += n;
            position += n;
        }
        return new String(text);
    }

    /**
     * A record read again from its text: its tree, with the position of every value in its file.
     *
     * @param pointer the record's JSON pointer, e.g. {@code /milestones/3}
     * @param positions receives the absolute positions, by pointer
     * @param remarks receives its duplicate keys and explicit nulls (with positions relative to the record)
     */
    JsonNode readRecord(SourceMap.Span span, String pointer, Map<String, Long> positions,
            Consumer<PositionalTree.Remark> remarks) throws IOException {
        Map<String, Long> relative = new HashMap<>();
        JsonNode node;
        try (JsonParser parser = Json.mapper().createParser(read(span))) {
            node = PositionalTree.readValue(parser, pointer, relative, remarks);
        } catch (JacksonException e) {
            throw new IOException(e.getOriginalMessage(), e);
        }
        positions.putAll(SourceMap.shift(relative, span.line(), span.column()));
        return node;
    }

    @Override
    public void close() {
        try {
            if (reader != null) {
                reader.close();
            }
        } catch (IOException e) {
            // only read from: nothing is lost when closing fails
        }
        reader = null;
    }
}
