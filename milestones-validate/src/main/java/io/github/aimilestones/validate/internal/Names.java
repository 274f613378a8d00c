package io.github.aimilestones.validate.internal;

import io.github.aimilestones.model.LocalizedText;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.jspecify.annotations.Nullable;

/**
 * Name normalisation and near-duplicate detection, shared by the name checks and the timeline check.
 *
 * <p>Near duplicates are found without comparing all pairs: every name is indexed under its one-deletion
 * neighbourhood (the name with each character removed in turn, and the name itself). Two names within one
 * substitution, insertion, deletion or adjacent transposition share a key, so a block holds only names that
 * are already close; a Levenshtein distance with a small threshold then confirms each candidate. The same works
 * for Chinese, where each character counts as one. Names two typos apart are not reported: among real names
 * they are more often different people than misspellings.
 */
final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}\\s]+");
    private static final Pattern PARENTHESIS = Pattern.compile("\\s*[（(]([^（()）]*)[）)]");
    /** A year that begins or ends a name: "2018 Turing Award", "Turing Award 2018", "2018年度图灵奖". */
    private static final Pattern YEAR_AT_AN_END = Pattern.compile("^\\d{4}\\s*(?:年度?)?\\s*(?=\\D)|(?<=\\D)\\s*\\d{4}\\s*(?:年度?)?$");
    /** A parenthesis that only dates a name: "2018", "1970s", "late 1980s", "2018年", "20世纪80年代". */
    private static final Pattern DATE_ONLY = Pattern.compile(
            "(?i)\\s*(?:(?:early|mid|late|c\\.|circa)\\s*)?\\d{4}s?\\s*(?:年代?|年)?\\s*|\\s*\\d{2}世纪\\d{2}年代\\s*");
    private static final LevenshteinDistance WITHIN_TWO = new LevenshteinDistance(2);
    /** The fewest characters of a key that can be close to another (Chinese; a Latin key needs one more). */
    private static final int SHORTEST_CLOSE = 4;

    private Names() {
    }

    /**
     * The comparable form of a name: compatibility-normalised (full-width letters become ASCII), without
     * diacritics, lowercase, and without punctuation or spaces. {@code "Jürgen  Schmidhuber"},
     * {@code "ＪＵＲＧＥＮ SCHMIDHUBER"} and {@code "Jurgen-Schmidhuber"} all become {@code "jurgenschmidhuber"};
     * {@code "杰弗里·辛顿"} becomes {@code "杰弗里辛顿"}. Look-alikes get the key of what a reader sees (TR39
     * skeletons, see {@link LookAlikes}): invisible characters are left out, text under a right-to-left override is
     * taken in display order, and letters of other scripts become the Latin letters they look like, so
     * {@code "АlexNet"} (Cyrillic А), {@code "Alex\u200BNet"} and {@code "\u202EteNxelA"} are all {@code "alexnet"}.
     *
     * @param name a name
     * @return its key
     */
    static String key(String name) {
        String plain = plainKey(name);
        return plain != null ? plain : normalizedKey(name);
    }

    /** The key by Unicode normalisation, for any text. */
    static String normalizedKey(String name) {
        String text = Normalizer.normalize(LookAlikes.displayOrder(name), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        text = MARKS.matcher(Normalizer.normalize(LookAlikes.withoutInvisible(text), Normalizer.Form.NFD)).replaceAll("");
        text = MARKS.matcher(Normalizer.normalize(LookAlikes.prototypes(text), Normalizer.Form.NFD)).replaceAll("");
        return PUNCTUATION.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /**
     * The key of a name written in ASCII and Chinese characters alone, the common cases, without the cost of
     * normalising; else null. Normalising changes neither: ASCII letters only lose their case, and a CJK unified
     * ideograph has no compatibility form, no mark, no case and no composition; the few that have a look-alike
     * prototype are left to the normalising. A middle dot, which separates the parts of a transliterated name
     * (杰弗里·辛顿), is punctuation and left out.
     */
    private static @Nullable String plainKey(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || LookAlikes.isChineseIdeograph(c) && !LookAlikes.hasPrototype(c)) {
                key.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                key.append((char) (c + ('a' - 'A')));
            } else if (c >= 0x80 && c != '\u00B7' && c != '\u30FB') {
                return null;
            }  // the rest of ASCII is punctuation, symbols, spaces and controls, which keys leave out
        }
        return key.toString();
    }

    /**
     * Whether two different keys are one typo apart: one substitution, insertion or deletion, or two neighbouring
     * characters swapped. Keys shorter than five characters (four in Chinese) are never close: too many different
     * short names are one edit apart, as 王伟芳 and 李伟芳 are; transliterated names such as 杰弗里辛顿 are long enough.
     *
     * <p>This is exactly what the one-deletion blocking of {@link #matches} can find, so blocking loses no pair
     * that comparing all pairs would report.
     *
     * @param a a key
     * @param b another key
     * @return true for near duplicates
     */
    static boolean isClose(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2) {
            return false;  // more than two edits apart, whatever the text: decided before any work on a long key
        }
        int length = Math.min(a.codePointCount(0, a.length()), b.codePointCount(0, b.length()));
        if (length < (isChinese(a) || isChinese(b) ? SHORTEST_CLOSE : SHORTEST_CLOSE + 1)) {
            return false;
        }
        int distance = WITHIN_TWO.apply(a, b);
        return distance == 1 || distance == 2 && isSwap(a, b);
    }

    /**
     * Whether two keys are a three-character Chinese name and the same name with one character other than the
     * surname wrong: 何凯明 for 何恺明. Too short for {@link #isClose}, so used only where the rest of a row already
     * says who is meant (among a milestone's contributors), never to compare names in general.
     *
     * @param a a key
     * @param b another key
     * @return true for such a pair
     */
    static boolean isShortChineseTypo(String a, String b) {
        if (a.length() != 3 || b.length() != 3 || !isChinese(a) || !isChinese(b) || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        return (a.charAt(1) == b.charAt(1)) != (a.charAt(2) == b.charAt(2));
    }

    /** Whether b is a with two neighbouring characters swapped. */
    private static boolean isSwap(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int first = 0;
        while (first < a.length() && a.charAt(first) == b.charAt(first)) {
            first++;
        }
        return first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first)
                && a.substring(first + 2).equals(b.substring(first + 2));
    }

    /**
     * The parts of a name with a parenthesis that name the same thing alone: "生成对抗网络" and "GAN" for
     * "生成对抗网络（GAN）". A parenthesis that holds only a date qualifies the name ("图灵奖（2018）", "AI winter
     * (1970s)"): the date is what tells it from others of its kind, so neither part names it alone (see
     * {@link #withoutDate}).
     *
     * @param name a name
     * @return the name without its parenthesis and what the parenthesis holds (if it has a letter), or nothing
     */
    static List<String> parts(String name) {
        Matcher parenthesis = PARENTHESIS.matcher(name);
        if (!parenthesis.find() || DATE_ONLY.matcher(parenthesis.group(1)).matches()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        String outside = (name.substring(0, parenthesis.start()) + name.substring(parenthesis.end())).strip();
        if (!outside.isEmpty()) {
            parts.add(outside);
        }
        String inside = parenthesis.group(1).strip();
        if (inside.codePoints().anyMatch(Character::isLetter)) {
            parts.add(inside);
        }
        return parts;
    }

    /**
     * A name without the date that qualifies it: "AI winter" for "AI winter (1970s)", "图灵奖" for "图灵奖（2018）",
     * "Turing Award" for "2018 Turing Award" and "Turing Award 2018".
     *
     * @param name a name
     * @return the name without its date, or null if neither a parenthesis of it holds only a date nor a year begins
     *     or ends it
     */
    static @Nullable String withoutDate(String name) {
        Matcher parenthesis = PARENTHESIS.matcher(name);
        String outside;
        if (parenthesis.find() && DATE_ONLY.matcher(parenthesis.group(1)).matches()) {
            outside = name.substring(0, parenthesis.start()) + name.substring(parenthesis.end());
        } else {
            outside = YEAR_AT_AN_END.matcher(name).replaceFirst("");
            if (outside.length() == name.length()) {
                return null;
            }
        }
        outside = outside.strip();
        return outside.codePoints().anyMatch(Character::isLetter) ? outside : null;
    }

    /** A record's names: English, Chinese if it has one, then its aliases. */
    static List<String> allNames(LocalizedText name, List<String> aliases) {
        List<String> names = new ArrayList<>();
        names.add(name.en());
        if (name.zh() != null) {
            names.add(name.zh());
        }
        names.addAll(aliases);
        return names;
    }

    /**
     * Whether a key holds Chinese characters.
     *
     * @param key a key
     * @return true if any character is Han
     */
    static boolean isChinese(String key) {
        return key.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** A name that belongs to an owner (a person or organization id). */
    record Entry(String owner, String name, String key) {
        /**
         * An entry for a name.
         *
         * @param owner the id of the record the name belongs to
         * @param name the name as written
         * @return the entry with its key
         */
        static Entry of(String owner, String name) {
            return new Entry(owner, name, Names.key(name));
        }
    }

    /** Two names of different owners that are equal or close. */
    record Match(Entry first, Entry second, boolean exact) {
    }

    /**
     * Finds names of different owners that are equal or close, comparing only candidates that share a
     * one-deletion key. Each pair of owners is reported once, by its first match in entry order.
     *
     * <p>Only the first entry of each key is indexed: a later entry with the same key is matched against that first
     * one (and against the distinct keys close to it), never against the other copies. A group of k equal names
     * thus gives k - 1 matches, each against the first, in time linear in k rather than quadratic.
     *
     * <p>The blocks are {@link HashRuns}, not a map of strings: a million people have some fifteen million variants,
     * gigabytes as strings in a map. A candidate found by the hash of a variant is checked against the variant
     * itself, so the candidates are exactly those of a map of the variants, in the same order.
     *
     * @param entries the names, in a deterministic order
     * @return the matches, in entry order of the second name
     */
    static List<Match> matches(List<Entry> entries) {
        Map<String, Integer> firstOfKey = new HashMap<>();
        HashRuns blocks = new HashRuns(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            String key = entries.get(i).key();
            int index = i;
            if (!key.isEmpty() && firstOfKey.putIfAbsent(key, i) == null) {
                forEachVariant(key, variant -> blocks.add(variant, index));
            }
        }
        Set<String> reportedOwners = new HashSet<>();
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            if (entry.key().isEmpty()) {
                continue;
            }
            Set<Integer> candidates = new LinkedHashSet<>();
            int index = i;
            forEachVariant(entry.key(), variant -> {  // a block holds the entries indexed before this one
                blocks.forEachMaybeEqual(variant, index, j -> {
                    if (hasVariant(entries.get(j).key(), variant)) {
                        candidates.add(j);
                    }
                });
            });
            for (int j : candidates) {
                Entry other = entries.get(j);
                if (other.owner().equals(entry.owner())) {
                    continue;
                }
                boolean exact = other.key().equals(entry.key());
                if ((exact || isClose(other.key(), entry.key())) && reportedOwners.add(other.owner().compareTo(entry.owner()) < 0
                        ? other.owner() + "\u0000" + entry.owner() : entry.owner() + "\u0000" + other.owner())) {
                    matches.add(new Match(other, entry, exact));
                }
            }
        }
        return matches;
    }

    /** Whether {@code variant} is one of {@link #deletions} of {@code key}. */
    static boolean hasVariant(String key, CharSequence variant) {
        if (key.contentEquals(variant)) {
            return true;
        }
        int length = key.codePointCount(0, key.length());
        if (length < SHORTEST_CLOSE || Character.codePointCount(variant, 0, variant.length()) != length - 1) {
            return false;
        }
        int same = 0;  // the common start, then the code point of the key that the variant leaves out
        while (same < variant.length() && key.charAt(same) == variant.charAt(same)) {
            same++;
        }
        if (same > 0 && Character.isHighSurrogate(key.charAt(same - 1))) {
            same--;  // the code points differ in their second half
        }
        int skip = Character.charCount(key.codePointAt(same));
        if (key.length() - skip != variant.length()) {
            return false;
        }
        for (int k = same; k < variant.length(); k++) {
            if (key.charAt(k + skip) != variant.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The key, or the key without the code point at {@code [from, to)}, read as characters: the blocks hash and
     * compare the variants of every key without building them as strings (a million names have some fifteen
     * million variants).
     */
    record Variant(String key, int from, int to) implements CharSequence {
        @Override
        public int length() {
            return key.length() - (to - from);
        }

        @Override
        public char charAt(int index) {
            return key.charAt(index < from ? index : index + (to - from));
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return toString().subSequence(start, end);
        }

        @Override
        public String toString() {
            return key.substring(0, from) + key.substring(to);
        }
    }

    /** Visits the key and then its one-deletion variants (see {@link #deletions}), each once, in the key's order. */
    static void forEachVariant(String key, Consumer<Variant> visit) {
        visit.accept(new Variant(key, 0, 0));
        if (key.codePointCount(0, key.length()) < SHORTEST_CLOSE) {
            return;
        }
        int previous = -1;
        for (int at = 0; at < key.length(); ) {
            int c = key.codePointAt(at);
            int next = at + Character.charCount(c);
            if (c != previous) {  // leaving out either of two equal neighbours gives the same variant
                visit.accept(new Variant(key, at, next));
            }
            previous = c;
            at = next;
        }
    }

    /**
     * The key itself and the key with each character (code point) removed in turn; only the key itself if it is too
     * short to be close to anything (fewer than four characters), so that the many short Chinese names do not fill
     * blocks such as "伟" with names that only need to be compared when they are equal.
     */
    static Set<String> deletions(String key) {
        Set<String> variants = new LinkedHashSet<>();
        forEachVariant(key, variant -> variants.add(variant.toString()));
        return variants;
    }
}
