package io.github.aimilestones.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class NamesTest {

    @ParameterizedTest
    @CsvSource({
        "Jürgen  Schmidhuber,     jurgenschmidhuber",
        "ＪＵＲＧＥＮ SCHMIDHUBER, jurgenschmidhuber",
        "Jurgen-Schmidhuber,      jurgenschmidhuber",
        "杰弗里·辛顿,              杰弗里辛顿",
        "Yann LeCun,              yannlecun",
    })
    void key_foldsCaseWidthDiacriticsAndPunctuation(String name, String key) {
        assertThat(Names.key(name)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({
        "Geoffrey Hinton, Geoffery Hinton, true",
        "Yann LeCun,      Yan LeCun,       true",
        "Jürgen Schmidhuber, Juergen Schmidhuber, true",
        "杰弗里·辛顿,      杰佛里·辛顿,      true",
        "约书亚·本吉奥,     约书亚·本吉欧,     true",
        "李飞飞,           李菲飞,           false",
        "王伟芳,           李伟芳,           false",
        "Geoffrey Hinton, Yoshua Bengio,   false",
        "Quoc Le,         Kai Le,          false",
        "OpenAI,          OpenAI,          false",
        "李飞,            李非,            false",
    })
    void isClose_acceptsTyposAndVariants_only(String a, String b, boolean close) {
        assertThat(Names.isClose(Names.key(a), Names.key(b))).isEqualTo(close);
    }

    @Test
    void matches_findsExactAndCloseNamesOfDifferentOwnersOnly() {
        List<Names.Entry> entries = List.of(
                Names.Entry.of("geoffrey-hinton", "Geoffrey Hinton"),
                Names.Entry.of("geoffrey-hinton", "Geoffrey E. Hinton"),
                Names.Entry.of("typo", "Geoffery Hinton"),
                Names.Entry.of("yoshua-bengio", "Yoshua Bengio"),
                Names.Entry.of("other", "HINTON, GEOFFREY"),
                Names.Entry.of("copy", "geoffrey hinton"));

        assertThat(Names.matches(entries)).extracting(m -> m.first().owner() + "~" + m.second().owner() + ":" + m.exact())
                .containsExactly("geoffrey-hinton~typo:false", "geoffrey-hinton~copy:true", "typo~copy:false");
    }

    @Test
    void matches_ofAGroupOfEqualNames_areOnePerLaterName_againstTheFirst() {
        List<Names.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            entries.add(Names.Entry.of("p" + i, "John Smith"));
        }
        entries.add(Names.Entry.of("typo", "Jonh Smith"));

        assertThat(Names.matches(entries)).extracting(m -> m.first().owner() + "~" + m.second().owner() + ":" + m.exact())
                .containsExactly("p0~p1:true", "p0~p2:true", "p0~p3:true", "p0~p4:true", "p0~typo:false");
    }

    @Test
    void matches_areThoseOfAMapOfEveryVariant_inTheSameOrder() {
        // Names with typos of one another, in Latin, Chinese and a script beyond the BMP, so that many share variants.
        java.util.Random random = new java.util.Random(42);
        String[] letters = {"a", "b", "c", "d", "e", "李", "飞", "伟", "芳", "\uD840\uDC00", "\uD840\uDC01"};
        List<Names.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            StringBuilder name = new StringBuilder();
            for (int k = 3 + random.nextInt(4); k > 0; k--) {
                name.append(letters[random.nextInt(random.nextBoolean() ? 5 : letters.length)]);
            }
            entries.add(Names.Entry.of("o" + random.nextInt(2_000), name.toString()));
        }

        List<Names.Match> matches = Names.matches(entries);

        assertThat(matches).hasSizeGreaterThan(1_000).isEqualTo(matchesByMap(entries));
    }

    @ParameterizedTest
    @CsvSource({
        "hinton,  hinton, true",
        "hinton,  hnton,  true",
        "hinton,  hinto,  true",
        "hinton,  inton,  true",
        "hinton,  hintn,  true",
        "hinton,  hintno, false",
        "hinton,  hxnton, false",
        "hin,     hi,     false",
        "杰弗里辛顿, 杰弗辛顿, true",
        "杰弗里辛顿, 杰弗里辛, true",
        "杰弗里辛顿, 弗里辛顿, true",
        "杰弗里辛顿, 杰佛辛顿, false",
    })
    void hasVariant_isMembershipOfTheDeletions(String key, String variant, boolean member) {
        assertThat(Names.hasVariant(key, variant)).isEqualTo(member).isEqualTo(Names.deletions(key).contains(variant));
    }

    @Test
    void hasVariant_deletesWholeCodePoints() {
        String key = "ab\uD840\uDC00\uD840\uDC01c";
        for (String variant : Names.deletions(key)) {
            assertThat(Names.hasVariant(key, variant)).as(variant).isTrue();
        }
        assertThat(Names.hasVariant(key, "ab\uD840\uD840\uDC01c")).isFalse();  // half of a pair left out
    }

    /** The blocking as a map from each variant to the entries indexed under it: the reference. */
    private static List<Names.Match> matchesByMap(List<Names.Entry> entries) {
        java.util.Map<String, List<Integer>> blocks = new java.util.HashMap<>();
        java.util.Map<String, Integer> firstOfKey = new java.util.HashMap<>();
        java.util.Set<String> reportedOwners = new java.util.HashSet<>();
        List<Names.Match> matches = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Names.Entry entry = entries.get(i);
            boolean indexed = firstOfKey.putIfAbsent(entry.key(), i) == null;
            java.util.Set<Integer> candidates = new java.util.LinkedHashSet<>();
            for (String variant : Names.deletions(entry.key())) {
                List<Integer> block = blocks.computeIfAbsent(variant, k -> new ArrayList<>());
                candidates.addAll(block);
                if (indexed) {
                    block.add(i);
                }
            }
            for (int j : candidates) {
                Names.Entry other = entries.get(j);
                boolean exact = other.key().equals(entry.key());
                if (!other.owner().equals(entry.owner()) && (exact || Names.isClose(other.key(), entry.key()))
                        && reportedOwners.add(String.join("\u0000", java.util.stream.Stream.of(other.owner(),
                                entry.owner()).sorted().toList()))) {
                    matches.add(new Names.Match(other, entry, exact));
                }
            }
        }
        return matches;
    }

    @Test
    @Timeout(10)
    void matches_ofManyEqualNames_areLinear() {
        List<Names.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            entries.add(Names.Entry.of("p" + i, "John Smith"));
        }

        assertThat(Names.matches(entries)).hasSize(99_999).allMatch(m -> m.first().owner().equals("p0") && m.exact());
    }

    @Test
    void deletions_areTheOneDeletionNeighbourhood() {
        assertThat(Names.deletions("abcd")).containsExactly("abcd", "bcd", "acd", "abd", "abc");
        assertThat(Names.deletions("杰弗辛顿")).containsExactly("杰弗辛顿", "弗辛顿", "杰辛顿", "杰弗顿", "杰弗辛");
    }

    @Test
    void key_ofAsciiText_isTheKeyThatNormalisingGives() {
        for (char c = 0; c < 0x80; c++) {
            String name = "Ab" + c + "Yz";
            assertThat(Names.key(name)).as("U+%04X", (int) c).isEqualTo(Names.normalizedKey(name));
        }
    }

    @Test
    void key_ofChineseText_isTheKeyThatNormalisingGives() {
        for (char c = '\u4E00'; c <= '\u9FFF'; c++) {  // every CJK unified ideograph, among ASCII and middle dots
            for (String name : List.of("杰" + c + "·辛顿", "Ab" + c + "・Yz", String.valueOf(c))) {
                assertThat(Names.key(name)).as("U+%04X", (int) c).isEqualTo(Names.normalizedKey(name));
            }
        }
    }

    @Test
    void variants_areTheDeletions_inTheirOrder_eachOnce() {
        for (String key : List.of("abcd", "aabbccdd", "aaaa", "abca", "杰弗辛顿", "杰杰弗弗", "ab\uD840\uDC01cd",
                "a\uD840\uDC01\uD840\uDC01b", "abc", "辛顿", "", "geoffreyhinton")) {
            List<String> variants = new ArrayList<>();
            Names.forEachVariant(key, variant -> {
                assertThat(variant.length()).isEqualTo(variant.toString().length());
                for (int i = 0; i < variant.length(); i++) {
                    assertThat(variant.charAt(i)).isEqualTo(variant.toString().charAt(i));
                }
                variants.add(variant.toString());
            });
            assertThat(variants).as(key).containsExactlyElementsOf(everyDeletion(key));
        }
    }

    /** The key, then the key with each code point left out in turn, as strings, each once: the plain definition. */
    private static List<String> everyDeletion(String key) {
        int[] codePoints = key.codePoints().toArray();
        java.util.Set<String> variants = new java.util.LinkedHashSet<>(List.of(key));
        for (int skip = 0; codePoints.length >= 4 && skip < codePoints.length; skip++) {
            StringBuilder variant = new StringBuilder();
            for (int k = 0; k < codePoints.length; k++) {
                if (k != skip) {
                    variant.appendCodePoint(codePoints[k]);
                }
            }
            variants.add(variant.toString());
        }
        return List.copyOf(variants);
    }

    @Test
    void deletions_ofKeysTooShortToBeClose_areTheKeyAlone() {
        assertThat(Names.deletions("abc")).containsExactly("abc");
        assertThat(Names.deletions("辛顿")).containsExactly("辛顿");
    }
}
