package io.github.aimilestones.data.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Reads UTF-8 strictly, in blocks decoded by {@code String}'s own decoder, which is about twice as fast as a
 * {@link java.nio.charset.CharsetDecoder} behind an {@link java.io.InputStreamReader} (a tenth of the reading of a
 * large catalog). That decoder replaces a malformed byte with U+FFFD instead of failing, so a block that holds U+FFFD
 * is decoded again by a decoder that reports, and a malformed byte fails the read with a
 * {@link java.nio.charset.MalformedInputException}, as the strict reader always did. Not thread-safe.
 */
final class Utf8Reader extends Reader {

    private static final int BLOCK = 1 << 16;

    private final InputStream in;
    private final byte[] bytes = new byte[BLOCK];
    /** How many bytes at the start of {@link #bytes} begin a character that the last block cut. */
    private int carried;
    private String block = "";
    private int position;
    private boolean end;

    Utf8Reader(InputStream in) {
        this.in = Objects.requireNonNull(in, "in");
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        while (position == block.length()) {
            if (end) {
                return -1;
            }
            fill();
        }
        int count = Math.min(length, block.length() - position);
        block.getChars(position, position + count, buffer, offset);
        position += count;
        return count;
    }

    /** Decodes the next block: the bytes read, up to the last character they hold whole (all of them at the end). */
    private void fill() throws IOException {
        int count = carried;
        for (int read; count < bytes.length && (read = in.read(bytes, count, bytes.length - count)) >= 0; ) {
            count += read;
        }
        end = count < bytes.length;
        int whole = end ? count : wholeCharacters(bytes, count);
        block = decode(whole);
        position = 0;
        carried = count - whole;
        System.arraycopy(bytes, whole, bytes, 0, carried);
    }

    @Override
    public long skip(long n) throws IOException {
        if (n < 0) {
            throw new IllegalArgumentException("skip value is negative");
        }
        long skipped = 0;
        while (skipped < n && (position < block.length() || !end)) {
            if (position == block.length()) {
                fill();
            }
            int step = (int) Math.min(n - skipped, block.length() - position);
            position += step;
            skipped += step;
        }
        return skipped;
    }

    /** How many of the first {@code count} bytes end on a character boundary: a sequence cut at the end is left out. */
    static int wholeCharacters(byte[] bytes, int count) {
        for (int back = 1; back <= Math.min(3, count); back++) {
            int b = bytes[count - back] & 0xFF;
            if (b < 0x80) {
                return count;  // ASCII ends the block
            } else if (b >= 0xC0) {  // a lead byte: is its sequence whole?
                int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                return back >= length ? count : count - back;
            }
        }
        return count;  // continuation bytes only: malformed, and the decoder says so
    }

    private String decode(int length) throws IOException {
        String text = new String(bytes, 0, length, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        // A malformed byte, or U+FFFD itself: the reporting decoder says which. Like an InputStreamReader, the read
        // fails before the characters of the block that precede the byte: a binary file is then reported as not
        // UTF-8, not as the syntax error its first bytes would make.
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, 0, length))
                .toString();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
