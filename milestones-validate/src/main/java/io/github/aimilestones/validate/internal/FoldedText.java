package io.github.aimilestones.validate.internal;

import java.text.Normalizer;

/**
 * Text folded for matching names in running text, with the position in the original of each folded character.
 * Folding lowercases ASCII, turns full-width forms into ASCII and Latin letters with diacritics into their base
 * letter, makes every run of spaces, hyphens, middle dots and quotes one space, and drops that space next to a
 * Chinese character: "Jürgen  Schmidhuber" and "jurgen-schmidhuber" fold alike, "谷歌 DeepMind" and "谷歌DeepMind"
 * too. Other punctuation stays, so "Face++" never matches "Facebook". One pass, one output character per input
 * character at most: linear in the text.
 */
final class FoldedText {

    /** The base letter of each character of Latin-1 Supplement and Latin Extended-A/B, or 0. */
    private static final char[] LATIN_BASE = new char[0x250];

    static {
        for (char c = 0xC0; c < 0x250; c++) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = decomposed.charAt(0);
            LATIN_BASE[c] = base < 0x80 && Character.isLetter(base) ? Character.toLowerCase(base) : 0;
        }
    }

    private final String original;
    private final char[] chars;
    private final int[] origin;
    private final int length;

    private FoldedText(String original, char[] chars, int[] origin, int length) {
        this.original = original;
        this.chars = chars;
        this.origin = origin;
        this.length = length;
    }

    /**
     * Folds a text.
     *
     * @param text the text
     * @return the folded text, with positions
     */
    static FoldedText of(String text) {
        char[] chars = new char[text.length()];
        int[] origin = new int[text.length()];
        int n = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = fold(text.charAt(i));
            if (c == ' ') {
                pendingSpace = n > 0;
                continue;
            }
            if (pendingSpace && !isHan(chars[n - 1]) && !isHan(c)) {
                chars[n] = ' ';
                origin[n] = i - 1;
                n++;
            }
            pendingSpace = false;
            chars[n] = c;
            origin[n] = i;
            n++;
        }
        return new FoldedText(text, chars, origin, n);
    }

    /**
     * The folded form of a name, for the dictionary.
     *
     * @param name a name
     * @return its folded form
     */
    static String fold(String name) {
        FoldedText folded = of(name);
        return new String(folded.chars, 0, folded.length);
    }

    /** One character folded: a separator becomes a space. */
    static char fold(char c) {
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + ('a' - 'A'));
        }
        if (c < 0x80) {
            return Character.isWhitespace(c) || "-_'\"/".indexOf(c) >= 0 ? ' ' : c;
        }
        if (c >= 0xFF01 && c <= 0xFF5E) {  // full-width ASCII
            return fold((char) (c - 0xFEE0));
        }
        if (c < LATIN_BASE.length && LATIN_BASE[c] != 0) {
            return LATIN_BASE[c];
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || "·・‧•–—‘’“”".indexOf(c) >= 0) {
            return ' ';
        }
        return c;
    }

    static boolean isHan(char c) {
        return c >= 0x3400 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF;
    }

    /** Whether a folded character is a letter or digit of Latin script, which whole-word matching looks at. */
    static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80 && !isHan(c) && Character.isLetterOrDigit(c);
    }

    int length() {
        return length;
    }

    char charAt(int i) {
        return chars[i];
    }

    /** The position in the original text of the folded character at i. */
    int originOf(int i) {
        return origin[i];
    }

    /** The original text of the folded range [from, to). */
    String originalText(int from, int to) {
        return original.substring(origin[from], origin[to - 1] + 1);
    }

    String original() {
        return original;
    }
}
