package io.github.aimilestones.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.aimilestones.data.Milestones;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The shapes of input that once made {@code check} quadratic or worse (issue 15): each is generated here, at the size
 * that used to take from seconds to minutes, and its findings are asserted one by one or by count and place. The
 * timeout only guards against a hang on this shared machine; speed is measured by {@code CheckBenchmark}.
 */
final class CheckLargeInputsTest {

    private static final TimelineCheck CHECK = TimelineCheck.against(Milestones.catalog());
    private static final Duration HANG = Duration.ofSeconds(60);

    private static Report check(String file, String text) {
        return assertTimeoutPreemptively(HANG, () -> CHECK.check(file, text));
    }

    @Test
    void aTableCellOfFiveMegabytes_isOneRowWithItsWrongDate() {
        Report report = check("cell.md", "| Year | Name |\n|---|---|\n| 2011 | " + "AlexNet ".repeat(5 << 17) + "|\n");

        assertThat(report.recordsChecked()).isEqualTo(1);
        assertThat(report.findings()).extracting(f -> f.rule(), f -> f.location().line(), f -> f.location().column(), Finding::recordId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Rule.CHECK_DATE_MISMATCH, 3, 3, "alexnet"));
    }

    @Test
    void eightyThousandQuotedCsvRows_eachLaterRowIsADuplicateAtItsOwnLine() {
        StringBuilder csv = new StringBuilder("year,name,people\n");
        for (int i = 0; i < 80_000; i++) {
            csv.append("2012,\"AlexNet\",\"Alex Krizhevsky, Ilya Sutskever\"\n");
        }
        Report report = check("rows.csv", csv.toString());

        assertThat(report.recordsChecked()).isEqualTo(80_000);
        assertThat(report.findings()).hasSize(79_999).allMatch(f -> f.rule() == Rule.CHECK_DUPLICATE_ROW && "alexnet".equals(f.recordId()));
        // equality of lists, not containsExactlyElementsOf, whose comparison of 80,000 lines is quadratic
        assertThat(report.findings().stream().map(f -> f.location().line()).toList()).isEqualTo(
                IntStream.rangeClosed(3, 80_001).boxed().toList());
    }

    @Test
    void fiveThousandUnknownRows_eachIsReportedWithSuggestions() {
        StringBuilder table = new StringBuilder("| Year | Name |\n|---|---|\n");
        for (int i = 0; i < 5_000; i++) {
            table.append("| 2012 | Zorblax unknown thing").append(letters(i)).append(" |\n");  // as a word, a number or "cot" would be a name
        }
        Report report = check("unknown.md", table.toString());

        assertThat(report.findings()).hasSize(5_000).allMatch(f -> f.rule() == Rule.CHECK_UNKNOWN_MILESTONE && f.recordId() == null
                && f.message().contains("the closest names are"));
        assertThat(report.findings().get(4_999).message()).startsWith("\"Zorblax unknown thing" + letters(4_999) + "\" is unknown to the reference");
        assertThat(report.findings().get(4_999).location().line()).isEqualTo(5_002);
    }

    /** "a", "b", ... "ba": a number written in letters. */
    private static String letters(int n) {
        String digits = Integer.toString(n, 26);
        StringBuilder letters = new StringBuilder();
        digits.chars().forEach(d -> letters.append((char) ('a' + Character.digit(d, 26))));
        return letters.toString();
    }

    @Test
    void aMarkdownTableOfHalfAMillionRows_isReadWithoutALimitOnCells() {
        Report report = check("long.md", "| Year | Name |\n|---|---|\n" + "| 2012 | AlexNet |\n".repeat(500_001));

        assertThat(report.recordsChecked()).isEqualTo(500_001);
        assertThat(report.findings()).hasSize(500_000).allMatch(f -> f.rule() == Rule.CHECK_DUPLICATE_ROW);
        assertThat(report.findings().get(499_999).location().line()).isEqualTo(500_003);
    }

    @Test
    void tenMegabytesOfEmphasisMarks_isTextWithoutAMilestone() {
        Report report = check("marks.md", "*a_".repeat(10_000_000 / 3));

        assertThat(report.findings()).extracting(Finding::rule).containsExactly(Rule.CHECK_UNREADABLE);
    }

    @Test
    void fiftyThousandSpacesInAPeopleCell_isOneUnknownContributor() {
        Report report = check("people.md", "| Year | Name | People |\n|---|---|---|\n| 2012 | AlexNet | Alex" + " ".repeat(50_000) + "x |\n");

        assertThat(report.findings()).extracting(Finding::rule, f -> f.location().column(), Finding::recordId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Rule.CHECK_UNKNOWN_CONTRIBUTOR, 20, "alexnet"));
    }

    @Test
    void aYearAndOneHundredSixtyThousandSpaces_isAnEntryWhoseNameIsUnknown() {
        Report report = check("list.md", "- 2012" + " ".repeat(160_000) + "x\n");

        assertThat(report.findings()).extracting(Finding::rule, f -> f.location().line(), f -> f.location().column())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Rule.CHECK_UNKNOWN_MILESTONE, 1, 160_007));
        assertThat(report.findings().get(0).message()).startsWith("\"x\" is unknown to the reference");
    }

    @Test
    void tenMegabytesOfProse_everySentenceIsChecked() {
        String paragraph = "In 2011, AlexNet won the ImageNet challenge. The weather was fine and nothing here is known.\n\n";
        Report report = check("prose.md", paragraph.repeat((10 << 20) / paragraph.length()));

        int paragraphs = (10 << 20) / paragraph.length();
        List<Finding> findings = report.findings();
        assertThat(findings).hasSize(paragraphs).allMatch(f -> f.rule() == Rule.CHECK_DATE_MISMATCH && "alexnet".equals(f.recordId())
                && f.location().column() == 4);
        assertThat(findings.get(paragraphs - 1).location().line()).isEqualTo(2 * paragraphs - 1);
        assertThat(report.recordsChecked()).isEqualTo(paragraphs);
    }
}
