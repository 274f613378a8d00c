package io.github.aimilestones.data.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import org.jspecify.annotations.Nullable;

/** The encoding of catalog files: UTF-8, read strictly, with an optional byte order mark. */
final class Utf8 {

    /**
     * The first byte that is not valid UTF-8.
     *
     * @param position where it is
     * @param value the byte, 0 to 255
     */
    record InvalidByte(Position position, int value) {
    }

    private Utf8() {
    }

    /** Reads UTF-8, failing on a malformed byte, after skipping a byte order mark. */
    static Reader reader(InputStream in) throws IOException {
        PushbackReader reader = new PushbackReader(new Utf8Reader(in), 1);
        int first = reader.read();
        if (first >= 0 && first != '\uFEFF') {
            reader.unread(first);  // no byte order mark to skip
        }
        return reader;
    }

    /** Whether the bytes start with a UTF-16 byte order mark; reads nothing away. */
    static boolean startsWithUtf16Mark(BufferedInputStream bytes) throws IOException {
        bytes.mark(2);
        int first = bytes.read();
        int second = bytes.read();
        bytes.reset();
        return first == 0xFE && second == 0xFF || first == 0xFF && second == 0xFE;
    }

    /** The first byte that is not valid UTF-8, or null. */
    static @Nullable InvalidByte firstInvalid(byte[] bytes) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < bytes.length; ) {
            int b = bytes[i] & 0xFF;
            int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            boolean valid = length > 0 && i + length <= bytes.length;
            for (int k = 1; valid && k < length; k++) {
                valid = (bytes[i + k] & 0xC0) == 0x80;
            }
            if (!valid) {
                return new InvalidByte(new Position(line, column), b);
            }
            if (b == '\n') {
                line++;
                column = 1;
            } else {
                column += length == 4 ? 2 : 1;  // columns count UTF-16 units, as the JSON parser does
            }
            i += length;
        }
        return null;
    }
}
