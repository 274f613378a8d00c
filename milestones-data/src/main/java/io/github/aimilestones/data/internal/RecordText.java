package io.github.aimilestones.data.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;

/**
 * Reads the text of records of one file again, front to back, opening the file once for records asked for in
 * document order (and again only when asked for an earlier one). Internal: not part of the API.
 */
public final class RecordText implements AutoCloseable {

    /** A record read again: its tree, and where each of its values is in its file. */
    record Reread(JsonNode tree, Positions positions) {
    }

    private final SourceFile file;
    private @Nullable Reader reader;
    private long position;

    /**
     * Reads records of a file again.
     *
     * @param file the file
     */
    public RecordText(SourceFile file) {
        this.file = file;
    }

    /**
     * The file.
     *
     * @return the file whose records are read
     */
    public SourceFile file() {
        return file;
    }

    /**
     * Where every value of a record is, read again from its text.
     *
     * @param span where the record is
     * @param pointer the record's JSON pointer, e.g. {@code /milestones/3}
     * @return the positions in the file, by JSON pointer
     * @throws IOException if the file cannot be read again, or no longer holds the record
     */
    public Positions positions(Span span, String pointer) throws IOException {
        return readRecord(span, pointer, remark -> { }).positions();
    }

    /**
     * A record read again from its text, with the position of every value in its file.
     *
     * @param remarks receives its duplicate keys and explicit nulls (with positions relative to the record)
     * @throws IOException if the file cannot be read again, or no longer holds the record
     */
    Reread readRecord(Span span, String pointer, Consumer<PositionalTree.Remark> remarks) throws IOException {
        Positions relative = new Positions();
        JsonNode node;
        try (JsonParser parser = Json.mapper().createParser(read(span))) {
            node = PositionalTree.readValue(parser, pointer, relative, remarks);
        } catch (JacksonException e) {
            throw new IOException(e.getOriginalMessage(), e);
        }
        if (node == null) {
            throw new IOException("the file is shorter than when it was read");
        }
        return new Reread(node, relative.from(span.position()));
    }

    private String read(Span span) throws IOException {
        Reader in = reader;
        if (in == null || span.start() < position) {
            close();
            in = file.opener().open();
            reader = in;
            position = 0;
        }
        for (long skip = span.start() - position; skip > 0; ) {
            long n = in.skip(skip);
            if (n <= 0) {
                throw new IOException("the file is shorter than when it was read");
            }
            skip -= n;
            position += n;
        }
        char[] text = new char[Math.toIntExact(span.end() - span.start())];
        for (int read = 0; read < text.length; ) {
            int n = in.read(text, read, text.length - read);
            if (n < 0) {
                throw new IOException("the file is shorter than when it was read");
            }
            read += n;
            position += n;
        }
        return new String(text);
    }

    /** Closes the file, if it is open. */
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
