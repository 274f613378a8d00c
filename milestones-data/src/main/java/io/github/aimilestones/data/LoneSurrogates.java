package io.github.aimilestones.data;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Unpaired UTF-16 surrogates: a JSON file may hold one ({@code "A\ud800B"}), a Java string then holds it, and UTF-8
 * cannot encode it, so an encoder writes {@code ?} in its place without a word. The validator reports them
 * ({@code text.lone-surrogate}); writers keep them visible instead of losing them: JSON writes the escape it was read
 * from, text formats write U+FFFD, the replacement character.
 */
public final class LoneSurrogates {

    /** What text formats write in place of a lone surrogate. */
    public static final char REPLACEMENT = '\uFFFD';

    private LoneSurrogates() {
    }

    /**
     * Where the first lone surrogate of a text is.
     *
     * @param text a text
     * @return the index of the first surrogate that is not half of a pair, or -1 if there is none
     */
    public static int indexIn(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A writer for JSON that writes each lone surrogate as the escape {@code \}{@code udXXX}, which reads back as the
     * same string. Correct because JSON text outside strings is ASCII: a surrogate can only be inside a string.
     *
     * @param out the writer to write to
     * @return a writer that writes through to it; flushing it resolves a high surrogate still waiting for its pair
     */
    public static Writer escapingJson(Writer out) {
        return new Filter(out, true);
    }

    /**
     * A writer for text formats that writes U+FFFD in place of each lone surrogate, as UTF-8 decoders do.
     *
     * @param out the writer to write to
     * @return a writer that writes through to it; flushing it resolves a high surrogate still waiting for its pair
     */
    public static Writer replacing(Writer out) {
        return new Filter(out, false);
    }

    /**
     * A JSON text with each lone surrogate escaped.
     *
     * @param json JSON text
     * @return the same text with {@code \}{@code udXXX} in place of each lone surrogate
     */
    public static String escapeJson(String json) {
        if (indexIn(json) < 0) {
            return json;
        }
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < json.length() && Character.isLowSurrogate(json.charAt(i + 1))) {
                out.append(c).append(json.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append(escape(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String escape(char c) {
        return String.format("\\u%04x", (int) c);
    }

    /** Writes runs of ordinary characters through at once; holds a high surrogate until the next character. */
    private static final class Filter extends Writer {

        private final Writer out;
        private final boolean json;
        private int pending = -1;

        Filter(Writer out, boolean json) {
            this.out = Objects.requireNonNull(out, "out");
            this.json = json;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, chars.length);
            int run = offset;
            int end = offset + length;
            for (int i = offset; i < end; i++) {
                char c = chars[i];
                if (pending >= 0) {
                    if (Character.isLowSurrogate(c)) {
                        out.write(pending);
                        out.write(c);
                        pending = -1;
                        run = i + 1;
                        continue;
                    }
                    lone((char) pending);
                    pending = -1;
                }
                if (!Character.isSurrogate(c)) {
                    continue;
                }
                out.write(chars, run, i - run);
                run = i + 1;
                if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
                    out.write(chars, i, 2);
                    run = ++i + 1;
                } else if (Character.isHighSurrogate(c)) {
                    pending = c;
                } else {
                    lone(c);
                }
            }
            out.write(chars, run, end - run);
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, text.length());
            char[] chars = new char[length];
            text.getChars(offset, offset + length, chars, 0);
            write(chars, 0, length);
        }

        @Override
        public void write(int c) throws IOException {
            write(new char[] {(char) c}, 0, 1);
        }

        private void lone(char c) throws IOException {
            if (json) {
                out.write(escape(c));
            } else {
                out.write(REPLACEMENT);
            }
        }

        @Override
        public void flush() throws IOException {
            if (pending >= 0) {
                lone((char) pending);
                pending = -1;
            }
            out.flush();
        }

        @Override
        public void close() throws IOException {
            flush();
            out.close();
        }
    }
}
