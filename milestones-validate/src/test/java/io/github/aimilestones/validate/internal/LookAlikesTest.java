package io.github.aimilestones.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class LookAlikesTest {

    @Test
    void displayOrder_reversesWhatEachOverrideCovers_upToItsPop() {
        assertThat(LookAlikes.displayOrder("a\u202ecba\u202cd\u202efe")).isEqualTo("a\u202eabc\u202cd\u202eef");
        assertThat(LookAlikes.displayOrder("AlexNet")).isEqualTo("AlexNet");
    }

    @Test
    void displayOrder_ofAHugeHostileName_doesNotOverflowTheStack() {
        String hostile = "\u202ex\u202c".repeat(500_000);

        assertThat(LookAlikes.displayOrder(hostile)).isEqualTo(hostile);
        assertThat(Names.key(hostile)).isEqualTo("x".repeat(500_000));
    }

    @Test
    void keys_ofLookAlikes_areTheKeyOfWhatAReaderSees() {
        assertThat(Names.key("\u0410lexNet")).isEqualTo("alexnet");
        assertThat(Names.key("Alex\u200bNet")).isEqualTo("alexnet");
        assertThat(Names.key("\u202eteNxelA")).isEqualTo("alexnet");
        assertThat(Names.key("G\u0435offr\u0435y Hint\u043en")).isEqualTo(Names.key("Geoffrey Hinton"));
        assertThat(Names.key("Tom")).isEqualTo("tom");  // ASCII is its own prototype: m is not "rn"
        assertThat(Names.key("杰弗里·辛顿")).isEqualTo("杰弗里辛顿");
    }

    @Test
    void wordsOfAsciiAndChinese_neverMixScripts_asTheScriptLookupSaysToo() {
        StringBuilder ascii = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            ascii.append(c);
        }
        for (char c = '\u4E00'; c <= '\u9FFF'; c++) {
            String text = "Ab" + c + "z9 " + c + ascii.charAt(c % 0x80) + "x";
            assertThat(LookAlikes.isAsciiOrChinese(text)).isTrue();
            assertThat(LookAlikes.mixedWordByScripts(text)).as("U+%04X", (int) c).isNull();
        }
        assertThat(LookAlikes.mixedWordByScripts(ascii.toString())).isNull();
        assertThat(LookAlikes.isAsciiOrChinese("\u0410lexNet")).isFalse();
    }

    @Test
    void mixedWord_namesTheLetterOfTheRarerScript() {
        LookAlikes.MixedWord mixed = LookAlikes.mixedWord("the \u0410lexNet paper");

        assertThat(mixed).isNotNull();
        assertThat(mixed.word()).isEqualTo("\u0410lexNet");
        assertThat(LookAlikes.describe(mixed.letter())).isEqualTo("U+0410 CYRILLIC CAPITAL LETTER A");
        assertThat(LookAlikes.mixedWord("AlexNet 卷积网络")).isNull();
    }
}
