package io.github.aimilestones.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

final class ArxivIdsTest {

    @Test
    void readsTheMonthOfNewAndOldStyleIds() {
        assertThat(ArxivIds.month("1706.03762")).contains(YearMonth.of(2017, 6));
        assertThat(ArxivIds.month("0704.0001")).contains(YearMonth.of(2007, 4));
        assertThat(ArxivIds.month("2103.00020")).contains(YearMonth.of(2021, 3));
        assertThat(ArxivIds.month("cs/0101001")).contains(YearMonth.of(2001, 1));
        assertThat(ArxivIds.month("hep-th/9108001")).contains(YearMonth.of(1991, 8));
        assertThat(ArxivIds.month("math.GT/0309136")).contains(YearMonth.of(2003, 9));
    }

    @Test
    void readsNothingFromAMalformedId() {
        assertThat(ArxivIds.month("1713.03762")).isEmpty();
        assertThat(ArxivIds.month("arXiv:1706.03762")).isEmpty();
        assertThat(ArxivIds.month("not an id")).isEmpty();
    }
}
