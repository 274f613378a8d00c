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
    void deletions_ofKeysTooShortToBeClose_areTheKeyAlone() {
        assertThat(Names.deletions("abc")).containsExactly("abc");
        assertThat(Names.deletions("辛顿")).containsExactly("辛顿");
    }
}
