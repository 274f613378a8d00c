package io.github.aimilestones.data.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The block reader decodes exactly what a strict decoder does, across block boundaries, and fails where it fails. */
final class Utf8ReaderTest {

    /** ASCII, Chinese (three bytes), an emoji (four bytes, a surrogate pair) and U+FFFD itself, at random. */
    private static String text(Random random, int characters) {
        String[] pieces = {"a", "Z", "{\"id\": ", "\n", "图", "灵", "\uD83D\uDE00", "\uFFFD", "é"};
        StringBuilder text = new StringBuilder();
        while (text.length() < characters) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder out = new StringBuilder();
        readInto(reader, out);
        return out.toString();
    }

    /** Appends what the reader gives to {@code out}, which keeps it if the read fails. */
    private static void readInto(Reader reader, StringBuilder out) throws IOException {
        char[] buffer = new char[4000];
        for (int n; (n = reader.read(buffer, 0, buffer.length)) >= 0; ) {
            out.append(buffer, 0, n);
        }
    }

    @Test
    void decodesWhatTheStrictDecoderDoes_acrossBlocks() throws IOException {
        Random random = new Random(7);
        for (int n = 0; n < 40; n++) {
            String text = text(random, random.nextInt(300_000));
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            try (Reader reader = new Utf8Reader(new ByteArrayInputStream(bytes))) {
                assertThat(readAll(reader)).isEqualTo(text);
            }
        }
    }

    @Test
    void aMalformedByte_failsTheRead_afterTheBlocksBeforeItsOwn() throws IOException {
        Random random = new Random(11);
        for (int n = 0; n < 40; n++) {
            String before = text(random, random.nextInt(200_000));
            byte[] head = before.getBytes(StandardCharsets.UTF_8);
            byte[] tail = text(random, 1_000).getBytes(StandardCharsets.UTF_8);
            byte[] bytes = new byte[head.length + 1 + tail.length];
            System.arraycopy(head, 0, bytes, 0, head.length);
            bytes[head.length] = (byte) (n % 2 == 0 ? 0xFF : 0x80);  // never a UTF-8 byte; a stray continuation
            System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
            StringBuilder read = new StringBuilder();
            try (Reader reader = new Utf8Reader(new ByteArrayInputStream(bytes))) {
                assertThatThrownBy(() -> readInto(reader, read)).isInstanceOf(CharacterCodingException.class);
            }
            assertThat(before).startsWith(read.toString());
            assertThat(read.length()).isGreaterThanOrEqualTo(before.length() - (1 << 16));  // at most a block unread
        }
    }

    @Test
    void skip_movesOverCharacters() throws IOException {
        String text = text(new Random(3), 200_000);
        try (Reader reader = new Utf8Reader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            assertThat(reader.skip(70_001)).isEqualTo(70_001);
            assertThat(reader.skip(5)).isEqualTo(5);
            assertThat(readAll(reader)).isEqualTo(text.substring(70_006));
            assertThat(reader.skip(10)).isZero();
        }
    }

    @Test
    void theReaderOfFiles_skipsAByteOrderMark_only() throws IOException {
        byte[] marked = "\uFEFF{}".getBytes(StandardCharsets.UTF_8);
        assertThat(readAll(Utf8.reader(new ByteArrayInputStream(marked)))).isEqualTo("{}");
        assertThat(readAll(Utf8.reader(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8))))).isEqualTo("{}");
        assertThat(readAll(Utf8.reader(new ByteArrayInputStream(new byte[0])))).isEmpty();
    }
}
