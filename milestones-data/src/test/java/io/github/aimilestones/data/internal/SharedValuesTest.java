package io.github.aimilestones.data.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimilestones.data.Milestones;
import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Citation;
import io.github.aimilestones.model.Milestone;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/** A read keeps one copy of each id, however often it is referenced, of each date, and of equal tags and claims. */
final class SharedValuesTest {

    @Test
    void references_shareTheStringOfTheIdTheyName_andEqualDatesTagsAndClaimsAreOneObject() {
        Catalog catalog = Milestones.read().catalog();
        int references = 0;
        for (Milestone m : catalog.milestones()) {
            for (String person : m.contributors().people()) {
                assertThat(person).as(m.id()).isSameAs(catalog.person(person).orElseThrow().id());
                references++;
            }
            for (Citation citation : m.citations()) {
                assertThat(citation.source()).as(m.id()).isSameAs(catalog.source(citation.source()).orElseThrow().id());
                references++;
            }
        }
        assertThat(references).isGreaterThan(100);
        // Equal tags and equal claims are one list.
        for (Milestone m : catalog.milestones()) {
            Milestone other = catalog.milestones().stream().filter(o -> o.tags().equals(m.tags())).findFirst().orElseThrow();
            assertThat(m.tags()).as(m.id()).isSameAs(other.tags());
        }
        List<Citation> citations = catalog.milestones().stream().flatMap(m -> m.citations().stream()).toList();
        assertThat(citations).allSatisfy(c -> assertThat(c.supports()).isSameAs(citations.stream()
                .filter(o -> o.supports().equals(c.supports())).findFirst().orElseThrow().supports()));
        Milestone first = catalog.milestones().get(0);
        assertThat(catalog.milestones()).filteredOn(m -> m.date().equals(first.date()))
                .allSatisfy(m -> assertThat(m.date()).isSameAs(first.date()));
    }

    /** Each string value of a JSON array of strings, as the shared values give it. */
    private static List<String> shared(SharedValues shared, List<String> values) {
        StringBuilder json = new StringBuilder("[");
        values.forEach(v -> json.append(json.length() > 1 ? "," : "").append('"').append(v).append('"'));
        List<String> read = new ArrayList<>();
        try (JsonParser parser = Json.factory().build().createParser(ObjectReadContext.empty(), json.append(']').toString())) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.VALUE_STRING) {
                read.add(shared.string(parser));
            }
        }
        return read;
    }

    @Test
    void eachShortStringIsOneObject_throughTheTablesGrowth_andLongStringsAreNotLookedUp() {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            values.add("person-" + i);
        }
        values.addAll(List.copyOf(values));  // each id twice, the second time after the table has grown
        String title = "x".repeat(SharedValues.MAX_SHARED_LENGTH + 1);
        values.addAll(List.of(title, title, "图灵奖", "图灵奖"));

        List<String> read = shared(new SharedValues(), values);

        assertThat(read).isEqualTo(values);
        for (int i = 0; i < 20_000; i++) {
            assertThat(read.get(20_000 + i)).isSameAs(read.get(i));
        }
        assertThat(read.get(40_001)).isNotSameAs(read.get(40_000));
        assertThat(read.get(40_003)).isSameAs(read.get(40_002));
    }
}
