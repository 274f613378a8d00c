package io.github.aimilestones.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimilestones.data.Milestones;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same claim gives the same finding in a table row, a list entry and a sentence: the year and the words of a row
 * are written in each shape, and each report holds exactly the finding given (rule and the milestone it names), or
 * none.
 */
final class SameClaimEverywhereTest {

    private static final TimelineCheck CHECK = TimelineCheck.against(Milestones.catalog());

    private static List<String> findings(String text) {
        return CHECK.check("timeline.md", text).findings().stream().map(f -> f.rule().id() + " " + f.recordId()).toList();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "2014 | AlphaGo defeated Lee Sedol | check.date-mismatch alphago-lee-sedol-match",
        "2016 | AlphaGo defeated Lee Sedol | none",
        "2014年 | AlphaGo 战胜李世石 | check.date-mismatch alphago-lee-sedol-match",
        "2015 | ResNet by Yann LeCun | check.not-a-contributor resnet",
        "2015 | ResNet by Kaiming He | none",
        "2015年 | 残差网络由杨立昆提出 | check.not-a-contributor resnet",
        "2018 | Turing Award 2018 | check.date-other-event turing-award-2018",
        "2019 | the Turing Award | none",
        "2019年 | 图灵奖 | none",
        "2021 | ChatGPT | check.date-mismatch chatgpt",
        "2019 | CoT prompting | check.date-mismatch chain-of-thought-prompting",
        "2024 | Gemini | check.known-imprecision gemini",
        "2023 | Gemini by DeepMind | none",
        "2017 | Transformer by DeepMind | check.not-a-contributor transformer"})
    void aClaim_givesTheSameFinding_inATableAListAndASentence(String year, String words, String finding) {
        List<String> expected = finding == null ? List.of() : List.of(finding);
        String sentence = year.endsWith("年") ? year + "，" + words + "。\n" : "In " + year + ", " + words + ".\n";

        assertThat(findings("| Year | Milestone |\n| --- | --- |\n| " + year + " | " + words + " |\n")).as("table").isEqualTo(expected);
        assertThat(findings("- " + year + ": " + words + "\n")).as("list").isEqualTo(expected);
        assertThat(findings(sentence)).as("sentence").isEqualTo(expected);
    }
}
