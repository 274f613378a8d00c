package io.github.aimilestones.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ModelTest {

    private static final LocalizedText NAME = LocalizedText.of("AlexNet", "AlexNet");

    private static MilestoneBuilder alexNet() {
        return Milestone.builder("alexnet", PartialDate.parse("2012-09-30"), Category.ARCHITECTURE, NAME);
    }

    @Test
    void localizedText_fallsBackToEnglishOnlyWhenAsked() {
        LocalizedText english = LocalizedText.english("Backpropagation");

        assertThat(english.get(Language.ZH)).isEmpty();
        assertThat(english.resolve(Language.ZH)).isEqualTo("Backpropagation");
        assertThat(LocalizedText.of("Backpropagation", "反向传播").resolve(Language.ZH)).isEqualTo("反向传播");
        assertThatThrownBy(() -> new LocalizedText(null, "反向传播"))
                .isInstanceOf(NullPointerException.class).hasMessage("en");
    }

    @Test
    void language_parsesTags() {
        assertThat(Language.of("ZH")).isEqualTo(Language.ZH);
        assertThat(Language.EN.tag()).isEqualTo("en");
        assertThatThrownBy(() -> Language.of("fr")).hasMessage("unknown language \"fr\": use en or zh");
    }

    @Test
    void enums_useHyphenatedSlugs() {
        assertThat(SourceKind.DATASET_PAGE.slug()).isEqualTo("dataset-page");
        assertThat(SourceKind.fromSlug("dataset-page")).isEqualTo(SourceKind.DATASET_PAGE);
        assertThat(Category.fromSlug("organization")).isEqualTo(Category.ORGANIZATION);
        assertThatThrownBy(() -> Claim.fromSlug("Date")).hasMessage(
                "unknown claim \"Date\": use one of date, name, contributors, description, figures");
    }

    @Test
    void sourceKind_knowsPrimarySources() {
        assertThat(SourceKind.PAPER.isPrimary()).isTrue();
        assertThat(SourceKind.PATENT.isPrimary()).isTrue();
        assertThat(SourceKind.ENCYCLOPEDIA.isPrimary()).isFalse();
        assertThat(SourceKind.SLIDES.isPrimary()).isFalse();
    }

    @Test
    void milestone_requiresIdentityFields() {
        assertThatThrownBy(() -> alexNet().id(null).build()).hasMessage("id");
        assertThatThrownBy(() -> alexNet().date(null).build()).hasMessage("date");
        assertThatThrownBy(() -> alexNet().category(null).build()).hasMessage("category");
        assertThatThrownBy(() -> alexNet().name(null).build()).hasMessage("name");
    }

    @Test
    void milestone_defaultsAndCopiesItsLists() {
        List<String> tags = new ArrayList<>(List.of("computer-vision"));
        Milestone milestone = new Milestone("alexnet", PartialDate.parse("2012"), null, null, Category.MODEL, NAME, null,
                null, null, null, null, null, null, null, null, tags, null);
        tags.add("later");

        assertThat(milestone.tags()).containsExactly("computer-vision");
        assertThat(milestone.aliases()).isEmpty();
        assertThat(milestone.contributors()).isSameAs(Contributors.NONE);
        assertThatThrownBy(() -> milestone.tags().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> alexNet().aliases("AlexNet", null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void milestone_rejectsNullElements() {
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> new Milestone("a", PartialDate.parse("2012"), null, null, Category.MODEL, NAME, withNull,
                null, null, null, null, null, null, null, null, null, null)).hasMessage("aliases must not contain null");
    }

    @Test
    void milestone_toBuilderRoundTrips() {
        Milestone milestone = alexNet().aliases("SuperVision").buildsOn("cnn-1989").tags("computer-vision")
                .contributors(new Contributors(List.of("alex-krizhevsky"), List.of("university-of-toronto"), true))
                .citation(Citation.of("krizhevsky-2012-imagenet", Claim.DATE, Claim.CONTRIBUTORS))
                .suppression(new Suppression("date.far-from-source", "results came before the paper"))
                .build();

        assertThat(milestone.toBuilder().build()).isEqualTo(milestone);
        assertThat(milestone.toBuilder().id("alexnet-2").build().id()).isEqualTo("alexnet-2");
    }

    @Test
    void milestone_findsItsEventsByDateAndKind() {
        Event report = Event.of(EventKind.REPORT, PartialDate.parse("1995-08"), "hochreiter-1995-lstm-report");
        Event paper = Event.of(EventKind.PUBLICATION, PartialDate.parse("1997-11-15"), "hochreiter-1997-lstm");
        Milestone lstm = Milestone.builder("lstm", PartialDate.parse("1995-08"), Category.ARCHITECTURE, NAME)
                .event(report).event(paper).build();

        assertThat(lstm.eventsAt(PartialDate.parse("1997"))).containsExactly(paper);
        assertThat(lstm.eventsAt(PartialDate.parse("1996"))).isEmpty();
        assertThat(lstm.dateBy(EventKind.PUBLICATION)).isEqualTo(PartialDate.parse("1997-11-15"));
        assertThat(lstm.dateBy(EventKind.RELEASE)).isEqualTo(lstm.date());
        assertThat(lstm.toBuilder().build()).isEqualTo(lstm);
        assertThat(EventKind.fromSlug("competition-result")).isEqualTo(EventKind.COMPETITION_RESULT);
        assertThat(EventKind.PREPRINT.isDisclosure()).isTrue();
        assertThat(EventKind.MATCH.isDisclosure()).isTrue();
        assertThat(EventKind.AWARD.isDisclosure()).isFalse();
        assertThatThrownBy(() -> Event.of(EventKind.REPORT, null, "x")).hasMessage("date");
    }

    @Test
    void contributors_knowWhetherEmpty() {
        assertThat(Contributors.NONE.isEmpty()).isTrue();
        assertThat(Contributors.of(List.of(), List.of("openai")).isEmpty()).isFalse();
    }

    @Test
    void citation_requiresSourceAndAnswersClaims() {
        Citation citation = Citation.of("vaswani-2017-attention", Claim.DATE);

        assertThat(citation.supports(Claim.DATE)).isTrue();
        assertThat(citation.supports(Claim.FIGURES)).isFalse();
        assertThatThrownBy(() -> Citation.of(null, Claim.DATE)).hasMessage("source");
    }

    @Test
    void registries_requireIdAndName() {
        assertThatThrownBy(() -> Person.of(null, NAME)).hasMessage("id");
        assertThatThrownBy(() -> Organization.of("openai", null)).hasMessage("name");
        assertThatThrownBy(() -> new Source("s", null, "t", null, null, null, null, null, null, null, null))
                .hasMessage("kind");
        assertThatThrownBy(() -> new Correction("seed", null, "1987", "1986", NAME, "paper")).hasMessage("claim");
        assertThatThrownBy(() -> new Suppression(null, "why")).hasMessage("rule");
        assertThat(Person.of("geoffrey-hinton", NAME, "Hinton", "辛顿").aliases()).containsExactly("Hinton", "辛顿");
    }

    @Test
    void catalog_looksUpById_andOrdersMilestonesByTime() {
        Milestone b = alexNet().id("b").build();
        Milestone a = alexNet().id("a").build();
        Person hinton = Person.of("geoffrey-hinton", LocalizedText.of("Geoffrey Hinton", "杰弗里·辛顿"));
        Catalog catalog = Catalog.of(List.of(b, a), List.of(hinton), List.of(), List.of());

        assertThat(catalog.milestones()).as("same date: by id").containsExactly(a, b);
        assertThat(catalog.milestone("a")).contains(a);
        assertThat(catalog.milestone("c")).isEmpty();
        assertThat(catalog.person("geoffrey-hinton")).contains(hinton);
        assertThat(catalog.organization("openai")).isEmpty();
        assertThat(catalog.source("x")).isEmpty();
        assertThat(catalog).hasToString("Catalog[2 milestones, 1 people, 0 organizations, 0 sources]");
        assertThatThrownBy(() -> catalog.milestones().add(a)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void catalog_rejectsDuplicateIdsWithinAKind() {
        Milestone a = alexNet().build();
        assertThatThrownBy(() -> Catalog.of(List.of(a, a), List.of(), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("duplicate milestone id \"alexnet\"");
    }

    @Test
    void catalog_mergesAndComparesByContent() {
        Catalog first = Catalog.of(List.of(alexNet().build()), List.of(), List.of(), List.of());
        Catalog second = Catalog.of(List.of(alexNet().id("b").build()), List.of(), List.of(), List.of());

        Catalog merged = first.merge(second);

        assertThat(merged.milestones()).extracting(Milestone::id).containsExactly("alexnet", "b");
        assertThat(merged).isEqualTo(first.merge(second)).hasSameHashCodeAs(first.merge(second));
        assertThat(merged).as("milestones are in the order of time either way").isEqualTo(second.merge(first));
        assertThat(Catalog.empty().merge(first)).isEqualTo(first);
        assertThatThrownBy(() -> first.merge(first)).hasMessage("duplicate milestone id \"alexnet\"");
    }

    @Test
    void aFigure_hasAValueOrARange_notBoth() {
        assertThat(new Figure("top-5 error", new java.math.BigDecimal("15.3"), null, null, "%", PartialDate.parse("2012"),
                "krizhevsky-2012", null).value()).isEqualByComparingTo("15.3");
        assertThat(new Figure("price", null, java.math.BigDecimal.ONE, java.math.BigDecimal.TEN, "USD", null, "s", null).high())
                .isEqualByComparingTo("10");
        assertThatThrownBy(() -> new Figure("price", java.math.BigDecimal.ONE, java.math.BigDecimal.ONE, java.math.BigDecimal.TEN,
                "USD", null, "s", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Figure("price", null, java.math.BigDecimal.TEN, java.math.BigDecimal.ONE, "USD", null, "s", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Figure("price", null, null, null, "USD", null, "s", null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
