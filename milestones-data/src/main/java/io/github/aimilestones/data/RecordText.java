package io.github.aimilestones.data;

import java.io.IOException;
import java.io.Reader;

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
    String read(SourceMap.Span span) throws IOException {
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
