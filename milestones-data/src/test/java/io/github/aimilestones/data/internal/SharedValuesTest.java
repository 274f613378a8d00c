package io.github.aimilestones.data.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimilestones.data.Milestones;
import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Citation;
import io.github.aimilestones.model.Milestone;
import org.junit.jupiter.api.Test;

/** A read keeps one copy of each id, however often it is referenced, and of each date. */
final class SharedValuesTest {

    @Test
    void references_shareTheStringOfTheIdTheyName_andEqualDatesAreOneObject() {
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
        Milestone first = catalog.milestones().get(0);
        assertThat(catalog.milestones()).filteredOn(m -> m.date().equals(first.date()))
                .allSatisfy(m -> assertThat(m.date()).isSameAs(first.date()));
    }

    @Test
    void longStrings_areNotLookedUp() {
        SharedValues shared = new SharedValues();
        String id = new String("geoffrey-hinton");
        assertThat(shared.string(new String("geoffrey-hinton"))).isNotSameAs(id);
        assertThat(shared.string(id)).isNotSameAs(id).isEqualTo(id);
        String title = "x".repeat(SharedValues.MAX_SHARED_LENGTH + 1);
        shared.string(title);
        assertThat(shared.string(new String(title))).isNotSameAs(title);
    }
}
