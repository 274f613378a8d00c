package io.github.aimilestones.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.aimilestones.data.Milestones;
import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Correction;
import io.github.aimilestones.model.Milestone;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Running text: a blog post in English paragraphs and a slide deck in Chinese bullet sentences, each with planted
 * errors beside correct claims, and the seed slides. Every planted error is asserted with the value that makes it
 * wrong; the correct claims give no warning and no error.
 */
final class ProseCheckTest {

    private static final Catalog REFERENCE = Milestones.catalog();
    private static final TimelineCheck CHECK = TimelineCheck.against(REFERENCE);

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(ProseCheckTest.class.getResource("check/" + name).toURI());
    }

    @Test
    void englishBlogPost_everyPlantedErrorWithItsValue_andNothingOnTheCorrectClaims() throws URISyntaxException {
        Report report = CHECK.check(fixture("blog-post.md"));

        assertThat(report.findings()).extracting(Finding::rule, f -> f.location().line(), f -> f.location().column(), Finding::recordId)
                .containsExactly(
                        tuple(Rule.CHECK_KNOWN_ERROR, 6, 36, "backpropagation"),      // 1987
                        tuple(Rule.CHECK_DATE_MISMATCH, 7, 55, "lstm"),               // 1991
                        tuple(Rule.CHECK_DATE_EVENT, 7, 94, "lstm"),                  // 1997, its journal paper: right
                        tuple(Rule.CHECK_FIGURE_MISMATCH, 10, 34, "imagenet"),        // 14 million images in 2009
                        tuple(Rule.CHECK_FIGURE_MISMATCH, 13, 91, "alexnet"),         // top-5 error of 25%
                        tuple(Rule.CHECK_DATE_MISMATCH, 16, 91, "word2vec"),          // 2011
                        tuple(Rule.CHECK_DATE_MISMATCH, 18, 27, "gan"),               // 2016
                        tuple(Rule.CHECK_KNOWN_IMPRECISION, 20, 75, "google-acquires-deepmind"),  // $600 million
                        tuple(Rule.CHECK_NOT_A_CONTRIBUTOR, 22, 91, "resnet"),        // Yann LeCun
                        tuple(Rule.CHECK_FIGURE_MISMATCH, 25, 70, "alphago-lee-sedol-match"),  // 3-2
                        tuple(Rule.CHECK_NOT_A_CONTRIBUTOR, 28, 15, "transformer"),   // Geoffrey Hinton
                        tuple(Rule.CHECK_NOT_A_CONTRIBUTOR, 28, 61, "bert"),          // OpenAI
                        tuple(Rule.CHECK_DATE_MISMATCH, 30, 26, "gpt-3"));            // 2019
        List<String> messages = report.findings().stream().map(Finding::message).toList();
        assertThat(messages.get(0)).startsWith("date \"1987\" is wrong for Backpropagation: 1985-09.");
        assertThat(messages.get(1)).startsWith("1991 is wrong for Long short-term memory (LSTM): the reference date is 1995-08.");
        assertThat(messages.get(3)).startsWith("\"14 million images\" disagrees with the figure the reference records for ImageNet:"
                + " images in the database, 3200000 images (source: ImageNet: A Large-Scale Hierarchical Image Database");
        assertThat(messages.get(4)).contains("\"25%\"", "top-5 error on the test set, 15.3%");
        assertThat(messages.get(5)).startsWith("2011 is wrong for Word2Vec: the reference date is 2013-01-16.");
        assertThat(messages.get(6)).contains("the reference date is 2014-06-10");
        assertThat(messages.get(7)).startsWith("figures \"$600 million\" is imprecise for Google acquires DeepMind").contains("US$400 million");
        assertThat(messages.get(8)).startsWith("Yann LeCun is not credited for Residual network (ResNet) in the reference; it credits Kaiming He");
        assertThat(messages.get(9)).contains("\"3-2\"", "4 games");
        assertThat(messages.get(10)).startsWith("Geoffrey Hinton is not credited for Transformer in the reference; it credits Ashish Vaswani");
        assertThat(messages.get(11)).startsWith("OpenAI is not credited for BERT in the reference; it credits Jacob Devlin");
        assertThat(messages.get(12)).startsWith("2019 is wrong for GPT-3: the reference date is 2020-05-28.");
    }

    @Test
    void chineseSlideDeck_everyPlantedErrorWithItsValue_andNothingOnTheCorrectClaims() throws URISyntaxException {
        Report report = CHECK.withConfig(ValidationConfig.defaults().withLanguage(Language.ZH)).check(fixture("slides-zh.txt"));

        assertThat(report.findings()).extracting(Finding::rule, f -> f.location().line(), Finding::recordId)
                .containsExactly(
                        tuple(Rule.CHECK_DATE_MISMATCH, 10, "imagenet"),              // 2014年
                        tuple(Rule.CHECK_KNOWN_ERROR, 14, "backpropagation"),         // 1987年
                        tuple(Rule.CHECK_DATE_MISMATCH, 16, "lstm"),                  // 1991年
                        tuple(Rule.CHECK_FIGURE_MISMATCH, 24, "alexnet"),             // 25%
                        tuple(Rule.CHECK_DATE_MISMATCH, 28, "word2vec"),              // 2011年
                        tuple(Rule.CHECK_KNOWN_IMPRECISION, 35, "google-acquires-deepmind"),  // 6亿美元
                        tuple(Rule.CHECK_NAME_MISSPELLED, 39, "resnet"),              // 何凯明
                        tuple(Rule.CHECK_FIGURE_MISMATCH, 43, "alphago-lee-sedol-match"),  // 3比2
                        tuple(Rule.CHECK_NOT_A_CONTRIBUTOR, 50, "transformer"),       // Geoffrey Hinton
                        tuple(Rule.CHECK_NOT_A_CONTRIBUTOR, 54, "bert"),              // OpenAI
                        tuple(Rule.CHECK_DATE_MISMATCH, 56, "gpt-3"));                // 2019年
        List<String> messages = report.findings().stream().map(Finding::message).toList();
        assertThat(messages.get(0)).startsWith("“2014年”对ImageNet是错误的：参考数据集的日期是 2009-06。");
        assertThat(messages.get(1)).startsWith("“1987年”（date）对反向传播是错误的：1985-09。");
        assertThat(messages.get(3)).startsWith("“25%”与参考数据集为AlexNet记载的数字不符").contains("15.3%");
        assertThat(messages.get(5)).startsWith("“6亿美元”（figures）对谷歌收购DeepMind不够准确");
        assertThat(messages.get(6)).startsWith("“何凯明”应写作“何恺明”");
        assertThat(messages.get(7)).contains("“3比2”", "4 games");
        assertThat(messages.get(8)).startsWith("参考数据集没有把Transformer归功于Geoffrey Hinton；它记载的贡献者是 Ashish Vaswani");
        assertThat(messages.get(10)).startsWith("“2019年”对GPT-3是错误的：参考数据集的日期是 2020-05-28。");
        assertThat(report.findings().get(6).location().column()).isEqualTo(9);  // at 何凯明, not at the start of the line
    }

    /**
     * The seed slides (a copy of shared/seeds/004_706f52ef29de3350.txt): every correction and note that the dataset
     * records against them is reported on its line, quoting the slides' words; headings are never findings.
     */
    @Test
    void seedSlides_everyRecordedCorrectionAndNote_onItsLine() throws Exception {
        Path slides = fixture("seed-slides.txt");
        List<String> lines = Files.readAllLines(slides);
        Report report = CHECK.check(slides);

        int expected = 0;
        for (Milestone m : REFERENCE.milestones()) {
            for (Correction c : m.corrections()) {
                if (c.source().equals("seed-ai-events-2012-2014")) {
                    expected++;
                    Rule rule = c.wrong() ? Rule.CHECK_KNOWN_ERROR : Rule.CHECK_KNOWN_IMPRECISION;
                    assertThat(report.findings(rule)).as("%s: %s", m.id(), c.stated())
                            .anyMatch(f -> m.id().equals(f.recordId()) && f.message().contains(c.reason().en()));
                }
            }
        }
        assertThat(report.findings(Rule.CHECK_KNOWN_ERROR).size() + report.findings(Rule.CHECK_KNOWN_IMPRECISION).size())
                .isEqualTo(expected).isEqualTo(10);
        assertThat(report.findings()).extracting(Finding::rule, f -> f.location().line(), Finding::recordId).contains(
                tuple(Rule.CHECK_KNOWN_ERROR, 52, "google-cat"), tuple(Rule.CHECK_KNOWN_IMPRECISION, 60, "alexnet"),
                tuple(Rule.CHECK_KNOWN_ERROR, 154, "google-nevada-self-driving-license"),
                tuple(Rule.CHECK_KNOWN_ERROR, 208, "deepid"));
        assertThat(report.findings(Rule.CHECK_KNOWN_ERROR)).filteredOn(f -> "google-nevada-self-driving-license".equals(f.recordId()))
                .singleElement().satisfies(f -> assertThat(f.message()).startsWith("date \"2014年\" is wrong"));
        // No heading is a finding, nothing is unknown, and no finding is a warning or an error but the recorded ones.
        assertThat(report.findings()).noneMatch(f -> lines.get(f.location().line() - 1).strip().length() < 30
                && !lines.get(f.location().line() - 1).contains("，"));
        assertThat(report.findings(Rule.CHECK_UNKNOWN_MILESTONE)).isEmpty();
        assertThat(report.findings()).filteredOn(f -> f.severity() != Severity.INFO)
                .allMatch(f -> f.rule() == Rule.CHECK_KNOWN_ERROR);
    }

    @Test
    void ordinaryText_isNoFinding_andNamesMatchWholeWords() {
        Report report = CHECK.check("t.md", "Facebook built an Interface Builder plugin for the Surface tablet in 1988."
                + " Our organ recital in 2001 was lovely.\n");

        assertThat(report.findings()).extracting(Finding::rule).containsExactly(Rule.CHECK_UNREADABLE);
    }
}
