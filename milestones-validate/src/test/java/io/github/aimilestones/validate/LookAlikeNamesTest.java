package io.github.aimilestones.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Category;
import io.github.aimilestones.model.Citation;
import io.github.aimilestones.model.Claim;
import io.github.aimilestones.model.LocalizedText;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.PartialDate;
import io.github.aimilestones.model.Person;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names that look alike are compared as a reader sees them (TR39 skeletons, invisible characters left out, text under
 * a right-to-left override in display order), and the characters that make them look alike are findings.
 */
final class LookAlikeNamesTest {

    private static final Validator VALIDATOR = Validator.create(ValidationConfig.defaults(), Clock.systemUTC());

    private static Milestone milestone(String id, String name) {
        return Milestone.builder(id, PartialDate.parse("2012-09-30"), Category.MODEL, LocalizedText.of(name, "同名")).build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0410lexNet", "Alex\u200bNet", "\u202eteNxelA", "\u0391lex\u039d\u0435t"})
    void aLookAlikeOfAlexNet_withTheSameDate_isADuplicate(String lookAlike) {
        Report report = VALIDATOR.validate(Catalog.of(List.of(milestone("alexnet", "AlexNet"), milestone("other", lookAlike)),
                List.of(), List.of(), List.of()));

        assertThat(report.findings(Rule.MILESTONE_DUPLICATE)).singleElement()
                .satisfies(f -> assertThat(f.recordId()).isEqualTo("other"));
    }

    @Test
    void aPersonSpelledWithCyrillicLetters_collidesWithTheLatinName_andMixesScripts() {
        Report report = VALIDATOR.validate(Catalog.of(List.of(), List.of(
                Person.of("geoffrey-hinton", LocalizedText.of("Geoffrey Hinton", "杰弗里·辛顿")),
                Person.of("fake-hinton", LocalizedText.of("G\u0435offr\u0435y Hint\u043en", "杰弗里·辛顿二"))),
                List.of(), List.of()));

        assertThat(report.findings(Rule.NAME_ALIAS_COLLISION)).singleElement()
                .satisfies(f -> assertThat(f.recordId()).isEqualTo("fake-hinton"));
        assertThat(report.findings(Rule.NAME_MIXED_SCRIPT)).singleElement().satisfies(f -> assertThat(f.message())
                .contains("\"G\u0435offr\u0435y\"", "Latin and Cyrillic", "U+0435 CYRILLIC SMALL LETTER IE"));
    }

    @Test
    void invisibleCharacters_andBidiControls_inANameAreErrors_namedByCodePoint() {
        Report report = VALIDATOR.validate(Catalog.of(List.of(milestone("a", "Alex\u200bNet"), milestone("b", "\u202eteNxelA")),
                List.of(), List.of(), List.of()));

        assertThat(report.findings(Rule.NAME_INVISIBLE_CHARACTER)).extracting(Finding::message).containsExactly(
                "name \"Alex\u200bNet\" holds U+200B ZERO WIDTH SPACE, which is invisible: it makes the name look like"
                        + " another, or show differently from how it compares; remove it",
                "name \"\u202eteNxelA\" holds U+202E RIGHT-TO-LEFT OVERRIDE, which is invisible: it makes the name look"
                        + " like another, or show differently from how it compares; remove it");
        assertThat(report.findings(Rule.NAME_INVISIBLE_CHARACTER)).allMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void chineseJapaneseOrKoreanWithLatin_isNotAMixedScript() {
        Report report = VALIDATOR.validate(Catalog.of(List.of(milestone("a", "GPT-4发布"), milestone("b", "ChatGPTリリース"),
                milestone("c", "μP"), milestone("d", "AlphaGo")), List.of(), List.of(), List.of()));

        assertThat(report.findings(Rule.NAME_MIXED_SCRIPT)).extracting(Finding::recordId).containsExactly("c");
    }

    @Test
    void aLoneSurrogate_isAnError_inAnyText_withItsPointer() {
        Milestone m = Milestone.builder("m", PartialDate.parse("2012"), Category.MODEL, LocalizedText.of("A\ud800B", "甲"))
                .summary(LocalizedText.of("ok", "好\udc00")).build();

        Report report = VALIDATOR.validate(Catalog.of(List.of(m), List.of(), List.of(), List.of()));

        assertThat(report.findings(Rule.TEXT_LONE_SURROGATE)).extracting(Finding::message).containsExactly(
                "name/en holds a lone surrogate (\\ud800, character 2), half of a UTF-16 pair that no file encoding can"
                        + " hold: remove it, or write the character it was meant to be",
                "summary/zh holds a lone surrogate (\\udc00, character 2), half of a UTF-16 pair that no file encoding can"
                        + " hold: remove it, or write the character it was meant to be");
    }

    @Test
    void aLoneSurrogate_isFoundInNestedRecordsToo_andAtTheEndOfAText() {
        Milestone m = Milestone.builder("m", PartialDate.parse("2012"), Category.MODEL, LocalizedText.of("A", "甲"))
                .citation(new Citation("s", List.of(Claim.DATE), null, "quoted\ud800"))
                .tags("ok").build();

        Report report = VALIDATOR.validate(Catalog.of(List.of(m), List.of(), List.of(), List.of()));

        assertThat(report.findings(Rule.TEXT_LONE_SURROGATE)).extracting(Finding::message).containsExactly(
                "citations/0/quote holds a lone surrogate (\\ud800, character 7), half of a UTF-16 pair that no file"
                        + " encoding can hold: remove it, or write the character it was meant to be");
    }

    @Test
    void chineseMessages() {
        Validator chinese = Validator.create(ValidationConfig.defaults().withLanguage(Language.ZH), Clock.systemUTC());

        Report report = chinese.validate(Catalog.of(List.of(milestone("a", "Alex\u200bNet")), List.of(), List.of(), List.of()));

        assertThat(report.findings(Rule.NAME_INVISIBLE_CHARACTER)).extracting(Finding::message).containsExactly(
                "名称 \"Alex\u200bNet\" 含有不可见字符 U+200B ZERO WIDTH SPACE：它会让名称看起来像另一个名称，或者显示的样子与比较时不同；请删除它");
    }
}
