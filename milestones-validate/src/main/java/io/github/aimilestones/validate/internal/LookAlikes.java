package io.github.aimilestones.validate.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a reader cannot tell apart: invisible characters, a right-to-left override that shows text reversed, letters
 * of other scripts that look like Latin ones (Unicode TR39 confusables), and words that mix such scripts.
 *
 * <p>The confusables are a table of 9,456 code points and their prototypes, generated from
 * ICU4J's {@code SpoofChecker} by {@code ConfusablesTableTest}, which also checks it against ICU4J; ICU4J
 * itself (14 MB) is not a dependency (docs/architecture.md).
 */
final class LookAlikes {

    private static final char RIGHT_TO_LEFT_OVERRIDE = '\u202E';
    private static final char POP_DIRECTIONAL_FORMATTING = '\u202C';

    /** Scripts that one word may mix (TR39's "highly restrictive" level): Chinese, Japanese and Korean with Latin. */
    private static final List<Set<Character.UnicodeScript>> ALLOWED_MIXES = List.of(
            EnumSet.of(Character.UnicodeScript.LATIN, Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA,
                    Character.UnicodeScript.KATAKANA),
            EnumSet.of(Character.UnicodeScript.LATIN, Character.UnicodeScript.HAN, Character.UnicodeScript.BOPOMOFO),
            EnumSet.of(Character.UnicodeScript.LATIN, Character.UnicodeScript.HAN, Character.UnicodeScript.HANGUL));

    private LookAlikes() {
    }

    /**
     * The prototypes of the confusables, loaded once on first use from {@code confusables.bin}, whose arrays are copied
     * whole: parsing a table of text cost 15 ms of every gate that meets a name outside ASCII and Chinese.
     *
     * <p>The file, big-endian as {@link java.io.DataOutputStream} writes it: a line that says where the data comes
     * from ({@code writeUTF}); the number {@code n} of code points; the code points, ascending; {@code n + 1} offsets
     * into the prototypes' characters; the number of those characters and the characters.
     */
    private static final class Table {
        /** The code points that have a prototype other than themselves, none of them ASCII, ascending. */
        private static final int[] CODE_POINTS;
        /** Where the prototype of each of {@link #CODE_POINTS} starts in {@link #CHARACTERS}, and where the last ends. */
        private static final int[] OFFSETS;
        /** The prototypes, one after another. */
        private static final String CHARACTERS;
        /** The code points of {@link #CODE_POINTS}, asked for each character of a key. */
        static final BitSet MAPPED = new BitSet();

        static {
            ByteBuffer data;
            try (InputStream in = LookAlikes.class.getResourceAsStream("confusables.bin")) {
                data = ByteBuffer.wrap(java.util.Objects.requireNonNull(in, "confusables.bin").readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the confusables table", e);
            }
            data.position(2 + Short.toUnsignedInt(data.getShort()));
            CODE_POINTS = new int[data.getInt()];
            data.asIntBuffer().get(CODE_POINTS);
            data.position(data.position() + 4 * CODE_POINTS.length);
            OFFSETS = new int[CODE_POINTS.length + 1];
            data.asIntBuffer().get(OFFSETS);
            data.position(data.position() + 4 * OFFSETS.length);
            char[] characters = new char[data.getInt()];
            data.asCharBuffer().get(characters);
            CHARACTERS = new String(characters);
            for (int c : CODE_POINTS) {
                MAPPED.set(c);
            }
        }

        /** The prototype of a code point that is not ASCII, or null if it is its own. */
        static @Nullable String prototype(int c) {
            int i = MAPPED.get(c) ? Arrays.binarySearch(CODE_POINTS, c) : -1;
            return i < 0 ? null : CHARACTERS.substring(OFFSETS[i], OFFSETS[i + 1]);
        }
    }

    /**
     * Whether a code point is invisible where it stands: a control or format character (zero-width space and joiners,
     * bidi controls, soft hyphen, byte order mark) or a filler that renders as nothing.
     *
     * @param c a code point
     * @return true if a reader does not see it
     */
    static boolean isInvisible(int c) {
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.CONTROL
                || c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x17B4 || c == 0x17B5 || c == 0x3164 || c == 0xFFA0;
    }

    /**
     * The first invisible code point of a text, found without a stream: the checks read every name.
     *
     * @param text a text
     * @return the first code point {@link #isInvisible} finds, or empty
     */
    static OptionalInt firstInvisible(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (isInvisible(c)) {
                return OptionalInt.of(c);
            }
            i += Character.charCount(c);
        }
        return OptionalInt.empty();
    }

    /**
     * The text without its invisible characters.
     *
     * @param text a text
     * @return the text without the code points {@link #isInvisible} finds
     */
    static String withoutInvisible(String text) {
        if (firstInvisible(text).isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> !isInvisible(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * The text in the order it is shown: what follows a right-to-left override, up to its pop or the end, reversed
     * (Latin letters under an override are drawn right to left): U+202E followed by {@code teNxelA} is shown as AlexNet.
     *
     * @param text a text
     * @return the text in display order, the override characters kept
     */
    static String displayOrder(String text) {
        int start = text.indexOf(RIGHT_TO_LEFT_OVERRIDE);
        if (start < 0) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length());
        int done = 0;
        while (start >= 0) {
            int end = text.indexOf(POP_DIRECTIONAL_FORMATTING, start);
            end = end < 0 ? text.length() : end;
            shown.append(text, done, start + 1).append(new StringBuilder(text.substring(start + 1, end)).reverse());
            done = end;
            start = text.indexOf(RIGHT_TO_LEFT_OVERRIDE, end);
        }
        return shown.append(text, done, text.length()).toString();
    }

    /**
     * Whether a code point has a TR39 prototype other than itself.
     *
     * @param c a code point
     * @return false for ASCII, which is its own prototype
     */
    static boolean hasPrototype(int c) {
        return c >= 0x80 && Table.MAPPED.get(c);
    }

    /**
     * Each code point replaced by its TR39 prototype, where it has one and is not ASCII: Cyrillic а and е become a
     * and e, Greek ο becomes o. The text should be in NFD, as TR39's skeletons are defined on it.
     *
     * @param text a text
     * @return its skeleton, with ASCII unchanged
     */
    static String prototypes(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            String prototype = c < 0x80 ? null : Table.prototype(c);
            if (prototype != null) {
                out.append(prototype);
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** Whether a character is a CJK unified ideograph of the basic block, the characters of Chinese names. */
    static boolean isChineseIdeograph(char c) {
        return c >= '\u4E00' && c <= '\u9FFF';
    }

    /** Whether every character is ASCII or a CJK unified ideograph. */
    static boolean isAsciiOrChinese(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && !isChineseIdeograph(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A word of a text whose letters come from scripts that no language writes together, such as Latin with
     * Cyrillic ({@code Gеoffrеy} with a Cyrillic е); Chinese, Japanese or Korean mixed with Latin is allowed.
     *
     * @param text a text
     * @return the first such word and the first letter of its least used script, or null
     */
    static @Nullable MixedWord mixedWord(String text) {
        // Latin and Han, which may mix, are most names of a catalog: known to be fine without a script lookup
        return isAsciiOrChinese(text) ? null : mixedWordByScripts(text);
    }

    /** {@link #mixedWord}, looking up the script of every letter. */
    static @Nullable MixedWord mixedWordByScripts(String text) {
        int[] codePoints = text.codePoints().toArray();
        int start = 0;
        while (start < codePoints.length) {
            int end = start;
            while (end < codePoints.length && isWordCharacter(codePoints[end])) {
                end++;
            }
            if (end > start) {
                MixedWord mixed = mixed(codePoints, start, end);
                if (mixed != null) {
                    return mixed;
                }
            }
            start = end + 1;
        }
        return null;
    }

    /** A word that mixes scripts, and the letter that stands out. */
    record MixedWord(String word, int letter, Set<Character.UnicodeScript> scripts) {
    }

    private static boolean isWordCharacter(int c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static @Nullable MixedWord mixed(int[] codePoints, int start, int end) {
        Map<Character.UnicodeScript, Integer> counts = new java.util.EnumMap<>(Character.UnicodeScript.class);
        for (int i = start; i < end; i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(codePoints[i]);
            if (script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED) {
                counts.merge(script, 1, Integer::sum);
            }
        }
        if (counts.size() < 2 || ALLOWED_MIXES.stream().anyMatch(allowed -> allowed.containsAll(counts.keySet()))) {
            return null;
        }
        Character.UnicodeScript rarest = counts.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
        int letter = codePoints[start];
        for (int i = start; i < end; i++) {
            if (Character.UnicodeScript.of(codePoints[i]) == rarest) {
                letter = codePoints[i];
                break;
            }
        }
        return new MixedWord(new String(codePoints, start, end - start), letter, EnumSet.copyOf(counts.keySet()));
    }

    /**
     * A code point as a reader can look it up: {@code U+0435 CYRILLIC SMALL LETTER IE}.
     *
     * @param c a code point
     * @return its number and name
     */
    static String describe(int c) {
        String name = Character.getName(c);
        return String.format(java.util.Locale.ROOT, "U+%04X", c) + (name == null ? "" : " " + name);
    }
}
