package io.github.aimilestones.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimilestones.data.Milestones;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The words around a mention choose between milestones that share a name: AlphaGo the Nature paper or the match
 * against Lee Sedol, DeepMind or Google DeepMind by the date. The same claim gives the same milestone in prose, a
 * table, a CSV file and a list. A wrong year (2014) makes each claim a finding, and the finding names the milestone
 * it matched.
 */
final class DisambiguationTest {

    private static final TimelineCheck CHECK = TimelineCheck.against(Milestones.catalog());

    /** The report of a timeline: a CSV file when the text starts with a CSV header, else Markdown. */
    static Report check(String text) {
        return CHECK.check(text.startsWith("Year,") ? "timeline.csv" : "timeline.md", text);
    }

    private static Finding onlyFinding(String text) {
        Report report = check(text);
        assertThat(report.findings()).as("findings of %s", text).hasSize(1);
        return report.findings().get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "In 2014, AlphaGo defeated Lee Sedol.\n",
        "- 2014: AlphaGo defeated Lee Sedol\n",
        "| Year | Milestone |\n| --- | --- |\n| 2014 | AlphaGo defeated Lee Sedol |\n",
        "Year,Milestone\n2014,AlphaGo defeated Lee Sedol\n",
        "| Year | Milestone |\n| --- | --- |\n| 2014 | AlphaGo vs. Lee Sedol |\n",
        "| Year | Milestone | People |\n| --- | --- | --- |\n| 2014 | AlphaGo | Lee Sedol |\n",
        "In 2014, the AlphaGo match was played in Seoul.\n",
        "- 2014: the AlphaGo match in Seoul\n",
        "| Year | Milestone |\n| --- | --- |\n| 2014 | The AlphaGo match |\n",
        "2014年，AlphaGo 击败了李世石。\n",
        "- 2014年：AlphaGo 战胜李世石\n",
        "| 年份 | 事件 |\n| --- | --- |\n| 2014年 | AlphaGo 战胜李世石 |\n",
        "Year,Milestone\n2014,AlphaGo 击败李世石\n"})
    void alphaGoBesideLeeSedol_isTheMatch(String text) {
        Finding finding = onlyFinding(text);

        assertThat(finding.rule()).isEqualTo(Rule.CHECK_DATE_MISMATCH);
        assertThat(finding.recordId()).isEqualTo("alphago-lee-sedol-match");
        assertThat(finding.message()).contains("2016-03-09");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "In 2014, the AlphaGo paper was published in Nature.\n",
        "- 2014: AlphaGo, the Nature paper\n",
        "| Year | Milestone |\n| --- | --- |\n| 2014 | AlphaGo (Nature paper) |\n",
        "Year,Milestone\n2014,AlphaGo\n",
        "2014年，AlphaGo 的论文发表在《自然》上。\n"})
    void alphaGoAsAPaper_isThePaper(String text) {
        Finding finding = onlyFinding(text);

        assertThat(finding.rule()).isEqualTo(Rule.CHECK_DATE_MISMATCH);
        assertThat(finding.recordId()).isEqualTo("alphago");
        assertThat(finding.message()).contains("2016-01-27");
    }

    /** A date the reference records as a known misdating of the shorter name keeps it: "2024年 Gemini" is Gemini. */
    @ParameterizedTest
    @ValueSource(strings = {
        "| 年份 | 名称 |\n| --- | --- |\n| 2024年 | Gemini |\n",
        "- 2024年：Gemini\n"})
    void aRecordedMisdating_keepsTheMilestoneItCorrects(String text) {
        Finding finding = onlyFinding(text);

        assertThat(finding.rule()).isEqualTo(Rule.CHECK_KNOWN_IMPRECISION);
        assertThat(finding.recordId()).isEqualTo("gemini");
    }

    /**
     * Google DeepMind was formed in April 2023 from DeepMind and Google Brain (its predecessors in the dataset): a
     * milestone of 2016 credited to DeepMind is rightly credited to "Google DeepMind" or "谷歌DeepMind", the name the
     * same organization bears now, in every shape of timeline.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "| Year | Milestone | Organization |\n| --- | --- | --- |\n| 2016 | AlphaGo versus Lee Sedol | 谷歌DeepMind |\n",
        "| Year | Milestone | Organization |\n| --- | --- | --- |\n| 2016 | AlphaGo versus Lee Sedol | Google DeepMind |\n",
        "| 年份 | 名称 | 机构 |\n| --- | --- | --- |\n| 2016年 | AlphaGo | 谷歌DeepMind |\n",
        "Year,Milestone,Organization\n2016,AlphaGo,Google DeepMind\n",
        "In 2016, AlphaGo, developed by Google DeepMind, defeated Lee Sedol.\n",
        "In 2016, Google DeepMind's AlphaGo defeated Lee Sedol.\n",
        "- 2016: AlphaGo, developed by Google DeepMind\n",
        "2016年，由谷歌DeepMind开发的AlphaGo击败了李世石。\n"})
    void deepMindIn2016_isCreditedThroughGoogleDeepMindsPredecessor(String text) {
        Report report = check(text);

        assertThat(report.findings()).as("findings of %s", text).isEmpty();
    }

    /** After April 2023 DeepMind is Google DeepMind: Gemini (December 2023) is rightly DeepMind's. */
    @ParameterizedTest
    @ValueSource(strings = {
        "| Year | Milestone | Organization |\n| --- | --- | --- |\n| 2023 | Gemini | DeepMind |\n",
        "In December 2023, DeepMind released Gemini.\n"})
    void deepMindAfter2023_isCreditedThroughItsSuccessor(String text) {
        assertThat(check(text).findings()).as("findings of %s", text).isEmpty();
    }

    /** In 2017 DeepMind was not yet part of Google DeepMind: the Transformer, Google Brain's, is not DeepMind's. */
    @Test
    void deepMindIn2017_isNotCreditedForGoogleBrainsWork() {
        Finding finding = onlyFinding("| Year | Milestone | Organization |\n| --- | --- | --- |\n| 2017 | Transformer | DeepMind |\n");

        assertThat(finding.rule()).isEqualTo(Rule.CHECK_NOT_A_CONTRIBUTOR);
        assertThat(finding.recordId()).isEqualTo("transformer");
    }

    /** An organization that is neither credited nor the same organization at the time is still reported. */
    @ParameterizedTest
    @ValueSource(strings = {
        "| Year | Milestone | Organization |\n| --- | --- | --- |\n| 2016 | AlphaGo versus Lee Sedol | Google Brain |\n",
        "In 2016, Google Brain's AlphaGo defeated Lee Sedol.\n",
        "2016年，由谷歌大脑开发的AlphaGo击败了李世石。\n"})
    void anotherOrganization_isNotCredited(String text) {
        Finding finding = onlyFinding(text);

        assertThat(finding.rule()).isEqualTo(Rule.CHECK_NOT_A_CONTRIBUTOR);
        assertThat(finding.recordId()).isEqualTo("alphago-lee-sedol-match");
        assertThat(finding.message()).contains("Google Brain", "DeepMind");
    }

    /** Google DeepMind continues DeepMind and Google Brain, not Google: GoogLeNet (2014) was Google's alone. */
    @Test
    void googleDeepMind_isNotCreditedForWhatItsPredecessorsDidNotDo() {
        Finding finding = onlyFinding("| Year | Milestone | Organization |\n| --- | --- | --- |\n| 2014 | GoogLeNet | Google DeepMind |\n");

        assertThat(finding.rule()).isEqualTo(Rule.CHECK_NOT_A_CONTRIBUTOR);
        assertThat(finding.recordId()).isEqualTo("googlenet");
    }
}
