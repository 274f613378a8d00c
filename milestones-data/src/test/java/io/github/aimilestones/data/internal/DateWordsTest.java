package io.github.aimilestones.data.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimilestones.model.PartialDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates written in words get their EDTF form as a fix; anything uncertain gets none (issue 17). */
final class DateWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "July 1960|1960-07", "Jul. 1960|1960-07", "july, 1960|1960-07", "12 October 2012|2012-10-12",
        "October 12, 2012|2012-10-12", "Oct 12th 2012|2012-10-12", "1960年7月|1960-07", "2012年10月12日|2012-10-12",
        "1960年|1960", "2012/10/12|2012-10-12", "2012.10|2012-10"})
    void readsDatesInWords(String words, String edtf) {
        assertThat(DateWords.parse(words)).contains(PartialDate.parse(edtf));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sometime in 1960", "Juli 1960", "31 February 2012", "1960年13月", "Ma 1960", "60s"})
    void leavesTheRest(String words) {
        assertThat(DateWords.parse(words)).isEmpty();
    }
}
