package io.github.aimilestones.data.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The compact table of spans behaves as a map from id to span, however many records it holds. */
final class SpanTableTest {

    @Test
    void holdsEverySpan_asAMapWould_throughItsGrowth() {
        SpanTable table = new SpanTable();
        Map<String, Span> expected = new HashMap<>();
        for (int i = 0; i < 5_000; i++) {
            Span span = new Span(i % 3, i, i + 1, i % 80 + 1, 1_000L * i, 1_000L * i + 999);
            assertThat(table.putIfAbsent("milestone-" + i, span)).isNull();
            expected.put("milestone-" + i, span);
        }
        Span taken = new Span(9, 9, 9, 9, 9, 9);
        assertThat(table.putIfAbsent("milestone-17", taken)).isEqualTo(expected.get("milestone-17"));

        assertThat(table).hasSize(5_000).isEqualTo(expected);
        assertThat(table.get("milestone-4999")).isEqualTo(new Span(1, 4999, 5000, 4999 % 80 + 1, 4_999_000L, 4_999_999L));
        assertThat(table.get("milestone-5000")).isNull();
        assertThat(table.containsKey("milestone-0")).isTrue();
        assertThat(table.put("milestone-17", taken)).isEqualTo(expected.get("milestone-17"));
        assertThat(table.get("milestone-17")).isEqualTo(taken);
    }
}
