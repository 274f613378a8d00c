package io.github.aimilestones.validate;

import static io.github.aimilestones.validate.ReportAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.aimilestones.data.Milestones;
import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Category;
import io.github.aimilestones.model.LocalizedText;
import io.github.aimilestones.model.Correction;
import io.github.aimilestones.model.Event;
import io.github.aimilestones.model.EventKind;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.PartialDate;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class TimelineCheckTest {

    private static final Catalog REFERENCE = Milestones.catalog();
    private static final TimelineCheck CHECK = TimelineCheck.against(REFERENCE);

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(TimelineCheckTest.class.getResource("check/" + name).toURI());
    }

    /**
     * End to end on the seed table itself (a copy of shared/seeds/000_86db35f897bf9260.txt): every wrong claim the
     * dataset records as a correction of that table is reported at its row as an error, every imprecise claim or
     * claim of another event it records as a note is reported as an info, and the rows that agree get no finding.
     */
    @Test
    void seedTable_reportsEveryRecordedCorrectionAndNote_atItsRow() throws URISyntaxException {
        Report report = CHECK.check(fixture("seed-table.md"));

        Map<Integer, String> correctedRows = new TreeMap<>(Map.of(16, "backpropagation", 25, "dropout", 38, "dall-e",
                40, "stable-diffusion", 46, "llama"));
        Map<Integer, String> notedRows = new TreeMap<>(Map.of(20, "cuda", 21, "imagenet", 22, "relu", 23, "alexnet", 31, "pytorch",
                40, "stable-diffusion", 48, "gemini"));
        assertThat(lines(report, Rule.CHECK_KNOWN_ERROR)).isEqualTo(correctedRows);
        assertThat(lines(report, Rule.CHECK_KNOWN_IMPRECISION)).isEqualTo(notedRows);
        assertThat(report.findings(Rule.CHECK_KNOWN_ERROR)).allMatch(f -> f.severity() == Severity.ERROR);
        assertThat(report.findings(Rule.CHECK_KNOWN_IMPRECISION)).allMatch(f -> f.severity() == Severity.INFO);
        long corrections = 0;
        long notes = 0;
        for (Milestone m : REFERENCE.milestones()) {
            for (Correction c : m.corrections()) {
                if (c.source().equals("seed-dl-milestones")) {
                    Rule rule = c.wrong() ? Rule.CHECK_KNOWN_ERROR : Rule.CHECK_KNOWN_IMPRECISION;
                    if (c.wrong()) {
                        corrections++;
                    } else {
                        notes++;
                    }
                    assertThat(report.findings(rule)).as("%s: %s", m.id(), c.stated())
                            .anyMatch(f -> f.recordId().equals(m.id()) && f.message().contains(c.reason().en()));
                }
            }
        }
        assertThat(report.findings(Rule.CHECK_KNOWN_ERROR)).hasSize((int) corrections);
        assertThat(report.findings(Rule.CHECK_KNOWN_IMPRECISION)).hasSize((int) notes);
        // Rows that agree with the reference get nothing; a row quoting another documented event (LSTM's journal
        // paper) is accepted with an info that names the event; rows quoting a related event (CUDA's toolkit
        // release, ReLU's 2011 paper) are notes of the seed, reported above.
        assertThat(report.findings()).filteredOn(f -> f.rule() != Rule.CHECK_KNOWN_ERROR
                        && f.rule() != Rule.CHECK_KNOWN_IMPRECISION)
                .extracting(Finding::rule, Finding::severity, f -> f.location().line(), Finding::recordId)
                .containsExactly(
                        tuple(Rule.CHECK_DATE_EVENT, Severity.INFO, 18, "lstm"));
        assertThat(report.recordsChecked()).isEqualTo(34);
    }

    private static Map<Integer, String> lines(Report report, Rule rule) {
        return report.findings(rule).stream()
                .collect(Collectors.toMap(f -> f.location().line(), Finding::recordId, (a, b) -> a, TreeMap::new));
    }

    @Test
    void aDateOfAnyDocumentedEvent_isAccepted_andTheEventIsNamed() {
        Report report = CHECK.check("t.md", """
                | Year | Name |
                | --- | --- |
                | 1997 | LSTM |
                | 1986 | Backpropagation |
                | 2017-12 | Transformer |
                | 2016 | PyTorch |
                | 2017 | GAN |
                """);

        assertThat(report.findings()).extracting(Finding::rule, Finding::severity, f -> f.location().line(), Finding::recordId)
                .containsExactly(
                        tuple(Rule.CHECK_DATE_EVENT, Severity.INFO, 3, "lstm"),
                        tuple(Rule.CHECK_DATE_EVENT, Severity.INFO, 4, "backpropagation"),
                        tuple(Rule.CHECK_DATE_EVENT, Severity.INFO, 5, "transformer"),
                        // No source documents a public event of PyTorch in 2016: the seed's known note (a closed alpha).
                        tuple(Rule.CHECK_KNOWN_IMPRECISION, Severity.INFO, 6, "pytorch"),
                        tuple(Rule.CHECK_DATE_MISMATCH, Severity.ERROR, 7, "gan"));
        assertThat(report.findings().get(0).message()).isEqualTo("1997 is the date of a documented event of Long short-term"
                + " memory (LSTM): its publication, 1997-11 (source: Long Short-Term Memory, doi:10.1162/neco.1997.9.8.1735);"
                + " the reference dates the milestone by its report: 1995-08.");
        assertThat(report.findings().get(1).message()).contains("its publication, 1986-10-09")
                .endsWith("the reference dates the milestone by its report: 1985-09.");
        assertThat(report.findings().get(2).message()).startsWith("2017-12 is the date of a documented event of Transformer:"
                + " its presentation (Presented at NIPS 2017), 2017-12 (source: Attention Is All You Need, arXiv:1706.03762)");
    }

    @Test
    void csv_withPlantedErrors() throws URISyntaxException {
        Report report = CHECK.check(fixture("planted.csv"));

        assertThat(report).hasRules(Rule.CHECK_NAME_MISSPELLED, Rule.CHECK_DATE_MISMATCH,
                Rule.CHECK_UNKNOWN_MILESTONE, Rule.CHECK_DUPLICATE_ROW);
        assertThat(report).hasFinding(Rule.CHECK_NAME_MISSPELLED).atLine(2).atColumn(47)
                .withSeverity(Severity.WARNING).onRecord("alexnet")
                .withMessage("\"Geoffery Hinton\" is spelled \"Geoffrey Hinton\""
                        + " (source: ImageNet Classification with Deep Convolutional Neural Networks)");
        assertThat(report).hasFinding(Rule.CHECK_DATE_MISMATCH).atLine(4).atColumn(1)
                .withSeverity(Severity.ERROR).onRecord("transformer");
        assertThat(report).hasFinding(Rule.CHECK_UNKNOWN_MILESTONE).atLine(5).atColumn(6).onRecord(null);
        assertThat(report).hasFinding(Rule.CHECK_DUPLICATE_ROW).atLine(6).atColumn(6);
        assertThat(report.findings().get(1).message()).startsWith("2011 is wrong for Transformer: the reference date is 2017-06-12.")
                .contains("(source: Attention Is All You Need, arXiv:1706.03762)");
        assertThat(report.findings().get(2).message())
                .startsWith("\"Quantum Brain Net\" is unknown to the reference: the closest names are ");
        // The Chinese-only row (生成对抗网络, 2014, Ian Goodfellow) matches the GAN milestone and agrees with it.
        assertThat(report.recordsChecked()).isEqualTo(6);
    }

    @Test
    void csv_withByteOrderMark_givesTheSameFindings() throws URISyntaxException {
        assertThat(CHECK.check(fixture("planted-bom.csv")).findings()).extracting(Finding::rule, Finding::message)
                .isEqualTo(CHECK.check(fixture("planted.csv")).findings().stream()
                        .map(f -> tuple(f.rule(), f.message())).toList());
    }

    @Test
    void csv_withCommas() {
        Report report = CHECK.check("t.csv", "Year,Name,People\n2013,Word2Vec,Tomas Mikolov\n2012,\"GPT-4, the model\",OpenAI\n");

        assertThat(report.findings()).extracting(Finding::rule, f -> f.location().line())
                .containsExactly(tuple(Rule.CHECK_DATE_MISMATCH, 3));
    }

    @Test
    void bulletList_withPlantedErrors() throws URISyntaxException {
        Report report = CHECK.check(fixture("planted-list.md"));

        assertThat(report.findings()).extracting(Finding::rule, f -> f.location().line(), Finding::recordId)
                .containsExactly(
                        tuple(Rule.CHECK_DUPLICATE_ROW, 6, "alexnet"),
                        tuple(Rule.CHECK_UNKNOWN_MILESTONE, 7, null),
                        tuple(Rule.CHECK_DATE_MISMATCH, 9, "gpt-3"));
        assertThat(report.recordsChecked()).isEqualTo(7);
    }

    @Test
    void personWhoIsNotAContributor_andAnUnknownName() {
        Report report = CHECK.check("t.md", """
                | Year | Name | People |
                | --- | --- | --- |
                | 2017 | Transformer | Ashish Vaswani, Geoffrey Hinton, Somebody Else 等人 |
                """);

        assertThat(report.findings()).extracting(Finding::rule, Finding::severity).containsExactly(
                tuple(Rule.CHECK_NOT_A_CONTRIBUTOR, Severity.WARNING), tuple(Rule.CHECK_UNKNOWN_CONTRIBUTOR, Severity.INFO));
        assertThat(report.findings().get(0).message()).startsWith("Geoffrey Hinton is not credited for Transformer in the"
                + " reference; it credits Ashish Vaswani");
    }

    @Test
    void ambiguousNames_areReportedNotGuessed_unlessTheDateDecides() {
        Milestone first = Milestone.builder("net-a", PartialDate.parse("2001"), Category.MODEL, LocalizedText.of("Net A", "甲网"))
                .aliases("TheNet").build();
        Milestone second = Milestone.builder("net-b", PartialDate.parse("2005"), Category.MODEL, LocalizedText.of("Net B", "乙网"))
                .aliases("TheNet").build();
        TimelineCheck check = TimelineCheck.against(Catalog.of(List.of(first, second), List.of(), List.of(), List.of()));

        assertThat(check.check("t.md", "- 2010: TheNet\n").findings()).extracting(Finding::rule, Finding::message)
                .containsExactly(tuple(Rule.CHECK_AMBIGUOUS, "\"TheNet\" matches net-a (2001), net-b (2005): add the date or a more"
                        + " specific name"));
        assertThat(check.check("t.md", "- 2005: TheNet\n").findings()).isEmpty();
        // The date of another documented event decides too, and is accepted as that event.
        Milestone published = first.toBuilder().event(Event.of(EventKind.PUBLICATION, PartialDate.parse("2003"), "s")).build();
        TimelineCheck withEvents = TimelineCheck.against(Catalog.of(List.of(published, second), List.of(), List.of(), List.of()));
        assertThat(withEvents.check("t.md", "- 2003: TheNet\n").findings()).extracting(Finding::rule, Finding::recordId)
                .containsExactly(tuple(Rule.CHECK_DATE_EVENT, "net-a"));
        // In the embedded dataset, exact names win over partial ones: "GPT" is GPT, not GPT-2.
        assertThat(CHECK.check("t.md", "- 2018: GPT\n").findings()).isEmpty();
    }

    @Test
    void missing_listsTheReferenceMilestonesOfThePeriod() {
        Report report = CHECK.reportingMissing(true).check("t.md", "- 2014: GAN\n- 2014: seq2seq\n");

        assertThat(report.findings()).isNotEmpty().allMatch(f -> f.rule() == Rule.CHECK_MISSING_MILESTONE);
        assertThat(report.findings()).extracting(Finding::recordId).contains("deepface", "adam").doesNotContain("gan", "vae", "alexnet");
    }

    @Test
    void aRuleSwitchedOff_findsNothing() {
        String timeline = "- 2011: Transformer\n";

        assertThat(CHECK.check("t.md", timeline)).hasFinding(Rule.CHECK_DATE_MISMATCH).atLine(1).atColumn(3)
                .withSeverity(Severity.ERROR).onRecord("transformer");
        assertThat(CHECK.withConfig(ValidationConfig.defaults().without(Rule.CHECK_DATE_MISMATCH))
                .check("t.md", timeline)).hasNoFinding(Rule.CHECK_DATE_MISMATCH);
    }

    @Test
    void misspelledMilestoneName_isAVariant() {
        Report report = CHECK.check("t.csv", "Name,Year\nAlexNett,2012\n");

        assertThat(report.findings()).extracting(Finding::rule, Finding::message).containsExactly(
                tuple(Rule.CHECK_NAME_VARIANT, "\"AlexNett\" is written \"AlexNet\" (AlexNet) in the reference"));
    }

    @Test
    void everyCheckRuleIsExercised(@TempDir Path dir) throws Exception {
        Set<Rule> seen = EnumSet.noneOf(Rule.class);
        for (String fixture : List.of("seed-table.md", "planted.csv", "planted-list.md")) {
            CHECK.reportingMissing(true).check(fixture(fixture)).findings().forEach(f -> seen.add(f.rule()));
        }
        CHECK.check("t.csv", "Name,Year\nAlexNett,2012\n").findings().forEach(f -> seen.add(f.rule()));
        CHECK.check("t.md", "| Year | Name | People |\n| --- | --- | --- |\n| 2017 | Transformer | Geoffrey Hinton, X Y |\n")
                .findings().forEach(f -> seen.add(f.rule()));
        CHECK.check(Files.writeString(dir.resolve("empty.md"), "")).findings().forEach(f -> seen.add(f.rule()));
        CHECK.check("t.md", "In 2012, AlexNet won ImageNet with a top-5 error of 25%.\n").findings().forEach(f -> seen.add(f.rule()));
        CHECK.check("t.md", "| Year | Name |\n| --- | --- |\n| 2014 | |\n").findings().forEach(f -> seen.add(f.rule()));
        Milestone a = Milestone.builder("a", PartialDate.parse("2001"), Category.MODEL, LocalizedText.english("A")).aliases("Same").build();
        Milestone b = Milestone.builder("b", PartialDate.parse("2002"), Category.MODEL, LocalizedText.english("B")).aliases("Same").build();
        TimelineCheck.against(Catalog.of(List.of(a, b), List.of(), List.of(), List.of())).check("t.md", "- 2010: Same\n")
                .findings().forEach(f -> seen.add(f.rule()));
        Milestone c = Milestone.builder("c", PartialDate.parse("2006-11"), Category.FRAMEWORK, LocalizedText.english("C"))
                .dateNote(LocalizedText.english("Introduced in November 2006; its toolkit came out in 2007.")).build();
        TimelineCheck.against(Catalog.of(List.of(c), List.of(), List.of(), List.of())).check("t.md", "- 2007: C\n")
                .findings().forEach(f -> seen.add(f.rule()));

        assertThat(seen).containsAll(Arrays.stream(Rule.values()).filter(rule -> rule.id().startsWith("check.")).toList());
    }
}
