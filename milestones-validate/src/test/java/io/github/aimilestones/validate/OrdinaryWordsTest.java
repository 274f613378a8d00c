package io.github.aimilestones.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimilestones.data.Milestones;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ordinary words are not names: a bare year does not name the milestone that has it in a parenthesis ("图灵奖（2018）"),
 * an acronym of the dataset matches only as the dataset writes it ("CoT", not "a baby's cot"), and a Chinese name of
 * two characters or a short word in lower case needs a sentence to say more of it ("深蓝", not "深蓝色"; "Torch", not
 * "the torch was lit"). Each holds in prose, a list
 * and a table, in English and Chinese; the names themselves, written as the dataset writes them, still match.
 */
final class OrdinaryWordsTest {

    private static final TimelineCheck CHECK = TimelineCheck.against(Milestones.catalog());

    private static Report check(String text) {
        return CHECK.check("timeline.md", text);
    }

    /** The milestones a report's findings name. */
    private static List<String> milestones(Report report) {
        return report.findings().stream().map(Finding::recordId).filter(id -> id != null).distinct().toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "In 2018, the book of 2018 was printed.\n",
        "- 2018: The book of 2018\n",
        "| Year | Milestone |\n| --- | --- |\n| 2018 | Something in 2018 |\n",
        "| Year | Milestone |\n| --- | --- |\n| 2019 | 2018 |\n",
        "2018年，这本书在2018年出版。\n",
        "- 2018年：2018年的书\n",
        "| 年份 | 名称 |\n| --- | --- |\n| 2018年 | 2018年的书 |\n"})
    void aBareYear_namesNoMilestone(String text) {
        assertThat(milestones(check(text))).as("milestones named for %s", text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "In 1966, the first Turing Award went to Alan Perlis.\n",
        "1966年，首届图灵奖授予艾伦·佩利。\n",
        "In 1921, the Nobel Prize in Physics went to Albert Einstein.\n"})
    void anAwardOfAnotherYear_isNotTheOneOfTheReference(String text) {
        assertThat(milestones(check(text))).as("milestones named for %s", text)
                .doesNotContain("turing-award-2018", "nobel-prize-physics-2024");
    }

    /** In a row, the name without its year is a Turing award: the row's date chooses, else the row is ambiguous. */
    @Test
    void aNameWithoutItsYear_inARow_isChosenByTheDate() {
        assertThat(check("| 年份 | 名称 |\n| --- | --- |\n| 2019年 | 图灵奖 |\n").findings()).isEmpty();
        assertThat(check("2019年，图灵奖授予了本吉奥、辛顿和杨立昆。\n").findings()).isEmpty();

        Report otherYear = check("| 年份 | 名称 |\n| --- | --- |\n| 1966年 | 首届图灵奖 |\n");
        assertThat(otherYear.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.CHECK_AMBIGUOUS);
            assertThat(f.recordId()).isEqualTo("turing-award-2018");
        });
        assertThat(check("| Year | Milestone |\n| --- | --- |\n| 1921 | Nobel Prize in Physics |\n").findings()).singleElement()
                .satisfies(f -> assertThat(f.rule()).isEqualTo(Rule.CHECK_AMBIGUOUS));
        assertThat(check("| Year | Milestone |\n| --- | --- |\n| 1974 | AI winter |\n").findings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "In 2019, the baby slept in a cot.\n",
        "- 2019: a baby's cot\n",
        "| Year | Milestone |\n| --- | --- |\n| 2019 | A baby's cot |\n",
        "In 2010, she lost a glove.\n",
        "In 2010, Gan Ning led the army.\n",
        "In 2010, Bert and Ernie sang.\n",
        "In 2010, Elmo sang a song.\n",
        "In 2010, Sam moved to Boston.\n",
        "In 2010, the palm trees grew.\n",
        "In 2010, the clip was shown.\n",
        "2019年，宝宝睡在 cot 里。\n"})
    void anOrdinaryWord_isNotAnAcronym(String text) {
        assertThat(milestones(check(text))).as("milestones named for %s", text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "In 2019, CoT prompting was proposed.\n",
        "- 2019: CoT\n",
        "| Year | Milestone |\n| --- | --- |\n| 2019 | CoT |\n",
        "2019年，CoT 被提出。\n"})
    void theAcronymAsTheDatasetWritesIt_stillMatches(String text) {
        assertThat(milestones(check(text))).as("milestones named for %s", text).containsExactly("chain-of-thought-prompting");
    }

    /** A name longer than an acronym matches in any case: "resnet" is no ordinary word. */
    @Test
    void aLongerName_matchesInAnyCase() {
        assertThat(milestones(check("In 2010, resnet was proposed.\n"))).containsExactly("resnet");
        assertThat(milestones(check("In 2010, GloVe was published.\n"))).containsExactly("glove");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2019年，我买了一件深蓝色的衬衫。\n",
        "2019年，沃森医生来了。\n"})
    void aTwoCharacterChineseName_inOrdinaryWords_namesNothing(String text) {
        assertThat(milestones(check(text))).as("milestones named for %s", text).isEmpty();
    }

    /** A short word in lower case is an ordinary word until the sentence says more of the milestone it could name. */
    @ParameterizedTest
    @ValueSource(strings = {
        "In 2020, the torch was lit.\n",
        "In 2019, the bard sang.\n",
        "In 2010, an alpaca grazed.\n",
        "In 2018, a llama grazed.\n"})
    void aShortWordInLowerCase_namesNothing(String text) {
        assertThat(milestones(check(text))).as("milestones named for %s", text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "In 2020, Torch was released.\n",
        "In 2020, the torch library was released by Idiap.\n",
        "- 2020: torch\n",
        "| Year | Milestone |\n| --- | --- |\n| 2020 | torch |\n"})
    void theNameWrittenAsAName_orSaidMoreOf_isTheMilestone(String text) {
        assertThat(milestones(check(text))).as("milestones named for %s", text).containsExactly("torch");
    }

    /** A longer word in lower case is the name: "dropout" is no ordinary word. */
    @Test
    void aLongerWordInLowerCase_isTheName() {
        assertThat(milestones(check("In 2016, dropout was proposed.\n"))).containsExactly("dropout");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2019年，IBM的深蓝击败卡斯帕罗夫。\n",
        "- 2019年：深蓝\n",
        "| 年份 | 名称 |\n| --- | --- |\n| 2019年 | 深蓝 |\n"})
    void aTwoCharacterChineseName_saidMoreOf_isTheMilestone(String text) {
        Report report = check(text);

        assertThat(report.findings()).as("findings of %s", text).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.CHECK_DATE_MISMATCH);
            assertThat(f.recordId()).isEqualTo("deep-blue");
        });
    }
}
