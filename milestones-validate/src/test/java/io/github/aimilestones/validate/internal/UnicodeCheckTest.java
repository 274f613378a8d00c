package io.github.aimilestones.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimilestones.model.Category;
import io.github.aimilestones.model.Citation;
import io.github.aimilestones.model.Claim;
import io.github.aimilestones.model.Contributors;
import io.github.aimilestones.model.Correction;
import io.github.aimilestones.model.CorrectionKind;
import io.github.aimilestones.model.Event;
import io.github.aimilestones.model.EventKind;
import io.github.aimilestones.model.Figure;
import io.github.aimilestones.model.LocalizedText;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.Organization;
import io.github.aimilestones.model.PartialDate;
import io.github.aimilestones.model.Person;
import io.github.aimilestones.model.Source;
import io.github.aimilestones.model.SourceKind;
import io.github.aimilestones.model.Suppression;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written scan for lone surrogates sees every string of every kind of record. */
final class UnicodeCheckTest {

    private static final PartialDate DATE = PartialDate.parse("2012");

    /** Records of every kind with every field set, so that each of their strings can be spoiled in turn. */
    private static List<Record> fullRecords() {
        LocalizedText text = LocalizedText.of("text", "文本");
        Milestone milestone = Milestone.builder("m", DATE, Category.MODEL, text)
                .dateNote(text).summary(text).whatItDoes(text).impact(text).aliases("alias")
                .event(new Event(EventKind.PUBLICATION, DATE, "s", text))
                .contributors(new Contributors(List.of("p"), List.of("o"), true)).buildsOn("b")
                .citation(new Citation("s", List.of(Claim.DATE), "p. 1", "quote"))
                .correction(new Correction("s", Claim.DATE, CorrectionKind.ERROR, "2011", "2012", text, "t"))
                .figure(new Figure("accuracy", BigDecimal.ONE, null, null, "%", DATE, "s", text))
                .tags("tag").suppression(new Suppression("date.rule", "why")).build();
        return List.of(milestone,
                new Person("p", text, List.of("alias"), DATE, DATE),
                new Organization("o", text, List.of("alias"), DATE, DATE, List.of("a"), List.of("b")),
                new Source("s", SourceKind.PAPER, "title", List.of("author"), "publisher", DATE, "https://x.org",
                        "10.1/x", "1234.5678", "en", DATE));
    }

    @Test
    void everyStringOfEveryKindOfRecord_isScanned() {
        int strings = 0;
        for (Record record : fullRecords()) {
            assertThat(UnicodeCheck.hasLoneSurrogate(record)).as(record.toString()).isFalse();
            for (int n = 0; ; n++) {
                int[] left = {n};
                Object spoiled = spoilNthString(record, left);
                if (left[0] >= 0) {
                    break;  // fewer than n + 1 strings
                }
                assertThat(UnicodeCheck.hasLoneSurrogate(spoiled)).as(spoiled.toString()).isTrue();
                strings++;
            }
        }
        assertThat(strings).isGreaterThan(50);
    }

    /** The value with its n-th string (depth first, counted down in {@code left}) ending in a lone surrogate. */
    private static Object spoilNthString(Object value, int[] left) {
        if (value instanceof String string) {
            return left[0]-- == 0 ? string + "\ud800" : string;
        } else if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(element -> copy.add(spoilNthString(element, left)));
            return copy;
        } else if (value instanceof Record record) {
            RecordComponent[] components = record.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            try {
                for (int i = 0; i < components.length; i++) {
                    Object component = components[i].getAccessor().invoke(record);
                    values[i] = component == null ? null : spoilNthString(component, left);
                    types[i] = components[i].getType();
                }
                return record.getClass().getDeclaredConstructor(types).newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return value;
    }
}
