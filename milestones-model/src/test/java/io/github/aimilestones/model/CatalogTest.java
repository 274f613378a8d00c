package io.github.aimilestones.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The catalog's queries: chronological order, date range, contributors, names. */
final class CatalogTest {

    private static Milestone milestone(String id, String date, String en, String zh, String... aliases) {
        return Milestone.builder(id, PartialDate.parse(date), Category.MODEL, LocalizedText.of(en, zh))
                .aliases(aliases).build();
    }

    private static final Milestone GPT_3 = milestone("gpt-3", "2020-05-28", "GPT-3", "GPT-3")
            .toBuilder().contributors(Contributors.of(List.of("ilya-sutskever"), List.of("openai"))).build();
    private static final Milestone ELMO =
            milestone("elmo", "2018-02", "ELMo", "ELMo", "Embeddings from Language Models").toBuilder()
                    .contributors(Contributors.of(List.of("matthew-peters"), List.of("allen-ai", "uw"))).build();
    private static final Milestone TRANSFORMER = milestone("transformer", "2017-06-12", "Transformer", "Transformer",
            "Attention Is All You Need", "自注意力模型");
    private static final Milestone ALEXNET = milestone("alexnet", "2012-09-30", "AlexNet", "AlexNet")
            .toBuilder().contributors(Contributors.of(List.of("ilya-sutskever", "geoffrey-hinton"), List.of())).build();
    private static final Milestone GPT_4 = milestone("gpt-4", "2023-03-14", "GPT-4", "GPT-4", "GPT")
            .toBuilder().contributors(Contributors.of(List.of(), List.of("openai"))).build();
    private static final Milestone CHATGPT = milestone("chatgpt", "2022-11-30", "ChatGPT", "ChatGPT", "GPT")
            .toBuilder().contributors(Contributors.of(List.of(), List.of("openai"))).build();

    /** In the order of a file that lists GPT-3 before ELMo, as a seed table sorted by topic might. */
    private static final Catalog CATALOG = Catalog.of(List.of(GPT_3, ELMO, TRANSFORMER, ALEXNET, GPT_4, CHATGPT),
            List.of(), List.of(), List.of());

    private static List<String> ids(List<Milestone> milestones) {
        return milestones.stream().map(Milestone::id).toList();
    }

    @Test
    void milestones_putsElmoBeforeGpt3_whateverTheOrderGiven() {
        assertThat(ids(CATALOG.milestones()))
                .containsExactly("alexnet", "transformer", "elmo", "gpt-3", "chatgpt", "gpt-4");
        assertThatThrownBy(() -> CATALOG.milestones().add(ELMO)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void milestones_breakTies_finerPrecisionFirst_thenByText_thenById() {
        List<Milestone> tied = List.of(
                milestone("year", "2017", "Y", "Y"),
                milestone("decade", "201X", "D", "D"),
                milestone("uncertain-year", "2017?", "U", "U"),
                milestone("month", "2017-01", "M", "M"),
                milestone("day-b", "2017-01-01", "B", "B"),
                milestone("day-a", "2017-01-01", "A", "A"),
                milestone("approximate-year", "2017~", "A", "A"),
                milestone("year-2016", "2016", "E", "E"));

        // 201X starts on 2010-01-01 and 2016 on 2016-01-01; all the others start on 2017-01-01 and end at the
        // end of their day, month or year; the qualifiers order by text (2017, 2017?, 2017~); equal dates by id.
        List<String> expected = List.of("decade", "year-2016", "day-a", "day-b", "month", "year", "uncertain-year",
                "approximate-year");
        assertThat(ids(Catalog.of(tied, List.of(), List.of(), List.of()).milestones())).isEqualTo(expected);

        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            List<Milestone> shuffled = new ArrayList<>(tied);
            Collections.shuffle(shuffled, random);
            assertThat(ids(Catalog.of(shuffled, List.of(), List.of(), List.of()).milestones()))
                    .as("the order does not depend on the order given").isEqualTo(expected);
        }
    }

    @Test
    void milestonesBetween_isPrecisionAware_andChronological() {
        assertThat(ids(CATALOG.milestonesBetween(PartialDate.ofYear(2017), PartialDate.ofYear(2020))))
                .containsExactly("transformer", "elmo", "gpt-3");
        // Bounds are inclusive, at their own precision: 2020-05 takes in 2020-05-28, 2017-06-12 takes in itself.
        assertThat(ids(CATALOG.milestonesBetween(PartialDate.ofDay(2017, 6, 12), PartialDate.ofMonth(2020, 5))))
                .containsExactly("transformer", "elmo", "gpt-3");
        assertThat(ids(CATALOG.milestonesBetween(PartialDate.ofDay(2017, 6, 13), PartialDate.ofMonth(2020, 4))))
                .containsExactly("elmo");
        // ELMo (2018-02) may fall on 2018-02-10: a coarse date is in a range it overlaps.
        assertThat(ids(CATALOG.milestonesBetween(PartialDate.ofDay(2018, 2, 10), PartialDate.ofDay(2018, 2, 10))))
                .containsExactly("elmo");
        assertThat(ids(CATALOG.milestonesBetween(PartialDate.ofDay(2018, 3, 1), PartialDate.ofDay(2020, 5, 27))))
                .isEmpty();
    }

    @Test
    void milestonesBetween_leavesANullEndOpen() {
        assertThat(ids(CATALOG.milestonesBetween(null, PartialDate.ofYear(2017))))
                .containsExactly("alexnet", "transformer");
        assertThat(ids(CATALOG.milestonesBetween(PartialDate.ofYear(2022), null)))
                .containsExactly("chatgpt", "gpt-4");
        assertThat(CATALOG.milestonesBetween(null, null)).isEqualTo(CATALOG.milestones());
    }

    @Test
    void milestonesBetween_includesACoarseDateThatOverlapsTheRange() {
        Milestone decade = milestone("lstm-variants", "199X", "LSTM variants", "LSTM 变体");
        Catalog catalog = Catalog.of(List.of(decade, ALEXNET), List.of(), List.of(), List.of());

        assertThat(ids(catalog.milestonesBetween(PartialDate.ofYear(1997), PartialDate.ofYear(1997))))
                .containsExactly("lstm-variants");
        assertThat(ids(catalog.milestonesBetween(PartialDate.ofYear(2000), null))).containsExactly("alexnet");
    }

    @Test
    void milestonesOfPersonAndOrganization_areChronological() {
        assertThat(ids(CATALOG.milestonesOfPerson("ilya-sutskever"))).containsExactly("alexnet", "gpt-3");
        assertThat(ids(CATALOG.milestonesOfPerson("geoffrey-hinton"))).containsExactly("alexnet");
        assertThat(ids(CATALOG.milestonesOfOrganization("openai"))).containsExactly("gpt-3", "chatgpt", "gpt-4");
        assertThat(ids(CATALOG.milestonesOfOrganization("uw"))).containsExactly("elmo");
        assertThat(CATALOG.milestonesOfPerson("openai")).as("people and organizations are apart").isEmpty();
        assertThat(CATALOG.milestonesOfOrganization("nobody")).isEmpty();
    }

    @Test
    void milestonesNamed_matchesNamesAndAliasesInBothLanguages_ignoringCase() {
        assertThat(CATALOG.milestonesNamed("elmo")).containsExactly(ELMO);
        assertThat(CATALOG.milestonesNamed("  EMBEDDINGS from language models ")).containsExactly(ELMO);
        assertThat(CATALOG.milestonesNamed("自注意力模型")).containsExactly(TRANSFORMER);
        assertThat(CATALOG.milestonesNamed("attention is all you need")).containsExactly(TRANSFORMER);
        assertThat(CATALOG.milestonesNamed("Transformer")).as("same English and Chinese name: once")
                .containsExactly(TRANSFORMER);
        assertThat(CATALOG.milestonesNamed("gpt")).as("a shared alias finds both, oldest first")
                .containsExactly(CHATGPT, GPT_4);
        assertThat(CATALOG.milestonesNamed("GPT-")).as("no partial match").isEmpty();
        assertThat(CATALOG.milestonesNamed("gpt-3")).containsExactly(GPT_3);
    }

    @Test
    void milestonesNamed_findsAChineseOnlyName() {
        Milestone wuDao = Milestone.builder("wudao", PartialDate.parse("2021-03"), Category.MODEL,
                LocalizedText.of("Wu Dao", "悟道")).build();
        Catalog catalog = Catalog.of(List.of(wuDao), List.of(), List.of(), List.of());

        assertThat(catalog.milestonesNamed("悟道")).containsExactly(wuDao);
        assertThat(catalog.milestonesNamed("wu dao")).containsExactly(wuDao);
    }

    @Test
    void queries_ofAMergedCatalog_coverBothParts() {
        Catalog first = Catalog.of(List.of(GPT_3), List.of(), List.of(), List.of());
        Catalog second = Catalog.of(List.of(ELMO, GPT_4), List.of(), List.of(), List.of());

        Catalog merged = first.merge(second);

        assertThat(ids(merged.milestones())).containsExactly("elmo", "gpt-3", "gpt-4");
        assertThat(ids(merged.milestonesOfOrganization("openai"))).containsExactly("gpt-3", "gpt-4");
        assertThat(Catalog.empty().milestones()).isEmpty();
        assertThat(Catalog.empty().milestonesNamed("gpt")).isEmpty();
    }

    @Test
    void byId_findsEveryRecordOfALargeCatalog_andNothingElse_andRejectsARepeatedId() {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            people.add(new Person("person-" + i, LocalizedText.of("Person " + i, "人 " + i), List.of(), null, null));
        }
        Catalog catalog = Catalog.of(List.of(), people, List.of(), List.of());

        for (Person person : people) {
            assertThat(catalog.person(person.id())).containsSame(person);
        }
        assertThat(catalog.person("person-20000")).isEmpty();
        assertThat(catalog.person("")).isEmpty();
        assertThat(catalog.milestone("person-1")).isEmpty();
        assertThat(Catalog.of(List.of(), List.of(), List.of(), List.of()).person("x")).isEmpty();
        List<Person> repeated = new ArrayList<>(people);
        repeated.add(people.get(12_345));
        assertThatThrownBy(() -> Catalog.of(List.of(), repeated, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("duplicate person id \"person-12345\"");
    }
}
