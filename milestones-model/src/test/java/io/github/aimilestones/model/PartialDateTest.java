package io.github.aimilestones.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aimilestones.model.PartialDate.Precision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class PartialDateTest {

    @ParameterizedTest
    @CsvSource({
        "2012,       YEAR,    2012-01-01, 2012-12-31, false, false",
        "2012-09,    MONTH,   2012-09-01, 2012-09-30, false, false",
        "2012-09-30, DAY,     2012-09-30, 2012-09-30, false, false",
        "2024-02,    MONTH,   2024-02-01, 2024-02-29, false, false",
        "1986?,      YEAR,    1986-01-01, 1986-12-31, true,  false",
        "2014~,      YEAR,    2014-01-01, 2014-12-31, false, true",
        "2014-05%,   MONTH,   2014-05-01, 2014-05-31, true,  true",
        "201X,       DECADE,  2010-01-01, 2019-12-31, false, false",
        "19XX?,      CENTURY, 1900-01-01, 1999-12-31, true,  false",
        "0000,       YEAR,    0000-01-01, 0000-12-31, false, false",
    })
    void parse_readsEveryForm(String text, Precision precision, LocalDate earliest, LocalDate latest,
            boolean uncertain, boolean approximate) {
        PartialDate date = PartialDate.parse(text);

        assertThat(date.precision()).isEqualTo(precision);
        assertThat(date.earliest()).isEqualTo(earliest);
        assertThat(date.latest()).isEqualTo(latest);
        assertThat(date.uncertain()).isEqualTo(uncertain);
        assertThat(date.approximate()).isEqualTo(approximate);
        assertThat(date).hasToString(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "212", "20120", "2012-9", "2012-09-3", "2012/09", "2012-09-30T00:00", " 2012",
        "2012 ", "-2012", "+2012", "2012??", "2012?~", "?2012", "20X2", "2XXX", "XXXX", "2012-XX", "two thousand",
        "２０１２", "2012-09-30-01", "2012-"})
    void parse_rejectsMalformedText(String text) {
        assertThatThrownBy(() -> PartialDate.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid date \"" + text + "\": expected YYYY, YYYY-MM or YYYY-MM-DD,"
                        + " optionally followed by ?, ~ or % (EDTF level 1), e.g. 2012-09-30");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2012-13    | invalid date \"2012-13\": month must be 01 to 12",
        "2012-00    | invalid date \"2012-00\": month must be 01 to 12",
        "2023-02-29 | invalid date \"2023-02-29\": day 29 does not exist: February 2023 has 28 days",
        "2023-02-30 | invalid date \"2023-02-30\": day 30 does not exist: February 2023 has 28 days",
        "2012-04-31 | invalid date \"2012-04-31\": day 31 does not exist: April 2012 has 30 days",
        "2012-01-00 | invalid date \"2012-01-00\": day 0 does not exist: January 2012 has 31 days",
        "201X-05    | invalid date \"201X-05\": a year with unspecified digits (201X) cannot have a month or day",
    })
    void parse_explainsImpossibleDates(String text, String message) {
        assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void parse_acceptsLeapDay() {
        assertThat(PartialDate.parse("2024-02-29")).isEqualTo(PartialDate.ofDay(2024, 2, 29));
    }

    @Test
    void parse_rejectsEmptyText() {
        assertThatThrownBy(() -> PartialDate.parse(""))
                .hasMessage("date is empty: write a year (2012), a month (2012-09) or a day (2012-09-30)");
        assertThatThrownBy(() -> PartialDate.parse(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void constructor_checksEveryInvariant() {
        assertThatThrownBy(() -> new PartialDate(10000, 0, 0, Precision.YEAR, false, false))
                .hasMessage("year must be between 0 and 9999: 10000");
        assertThatThrownBy(() -> new PartialDate(-1, 0, 0, Precision.YEAR, false, false))
                .hasMessage("year must be between 0 and 9999: -1");
        assertThatThrownBy(() -> new PartialDate(2012, 0, 0, Precision.DECADE, false, false))
                .hasMessage("a decade must start at its first year: 2012");
        assertThatThrownBy(() -> new PartialDate(1950, 0, 0, Precision.CENTURY, false, false))
                .hasMessage("a century must start at its first year: 1950");
        assertThatThrownBy(() -> new PartialDate(2012, 3, 0, Precision.YEAR, false, false))
                .hasMessage("month must be 0 at year precision: 3");
        assertThatThrownBy(() -> new PartialDate(2012, 13, 0, Precision.MONTH, false, false))
                .hasMessage("month must be 1 to 12: 13");
        assertThatThrownBy(() -> new PartialDate(2012, 3, 4, Precision.MONTH, false, false))
                .hasMessage("day must be 0 at month precision: 4");
        assertThatThrownBy(() -> new PartialDate(2012, 2, 30, Precision.DAY, false, false))
                .hasMessage("day 30 does not exist: February 2012 has 29 days");
        assertThatThrownBy(() -> new PartialDate(2012, 0, 0, null, false, false))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void comparison_isPrecisionAware() {
        PartialDate year = PartialDate.parse("2012");
        PartialDate june = PartialDate.parse("2012-06");
        PartialDate day = PartialDate.parse("2012-06-15");

        assertThat(year.isBefore(june)).isFalse();
        assertThat(year.isAfter(june)).isFalse();
        assertThat(year.overlaps(june)).isTrue();
        assertThat(june.overlaps(day)).isTrue();
        assertThat(PartialDate.parse("2012-05").isBefore(june)).isTrue();
        assertThat(june.isAfter(PartialDate.parse("2012-05-31"))).isTrue();
        assertThat(PartialDate.parse("2011").isBefore(year)).isTrue();
        assertThat(PartialDate.parse("201X").overlaps(PartialDate.parse("2019-12-31"))).isTrue();
        assertThat(PartialDate.parse("201X").isBefore(PartialDate.parse("2020-01-01"))).isTrue();
    }

    @Test
    void comparison_ignoresQualifiers() {
        assertThat(PartialDate.parse("1986?").overlaps(PartialDate.parse("1986-10"))).isTrue();
        assertThat(PartialDate.parse("1985~").isBefore(PartialDate.parse("1986"))).isTrue();
    }

    @Test
    void chronological_isATotalOrderWithStableTieBreak() {
        List<PartialDate> dates = new ArrayList<>(List.of(PartialDate.parse("2012-06"), PartialDate.parse("2012"),
                PartialDate.parse("2012?"), PartialDate.parse("201X"), PartialDate.parse("2012-01-01"),
                PartialDate.parse("2011-12-31")));

        dates.sort(PartialDate.CHRONOLOGICAL);

        assertThat(dates).map(PartialDate::toString)
                .containsExactly("201X", "2011-12-31", "2012-01-01", "2012", "2012?", "2012-06");
    }

    @Test
    void chronological_ordersEveryPairAsItsDefinitionSays_firstDayLastDayThenText() {
        Comparator<PartialDate> definition = Comparator.comparing(PartialDate::earliest)
                .thenComparing(PartialDate::latest)
                .thenComparing(PartialDate::toString);
        List<PartialDate> dates = new ArrayList<>();
        for (String year : List.of("1899", "19XX", "190X", "1900", "1909", "1990", "199X", "1999", "2000", "2012")) {
            for (String rest : List.of("", "-01", "-02", "-12", "-01-01", "-02-28", "-02-29", "-12-31", "-06-15")) {
                for (String qualifier : List.of("", "?", "~", "%")) {
                    try {
                        dates.add(PartialDate.parse(year + rest + qualifier));
                    } catch (IllegalArgumentException e) {
                        // 1899-02-29, or a month of a decade: not a date
                    }
                }
            }
        }
        assertThat(dates).hasSizeGreaterThan(200);
        for (PartialDate a : dates) {
            for (PartialDate b : dates) {
                assertThat(Integer.signum(PartialDate.CHRONOLOGICAL.compare(a, b)))
                        .as("%s vs %s", a, b).isEqualTo(Integer.signum(definition.compare(a, b)));
            }
        }
    }

    @Test
    void factories_andQualifiers() {
        assertThat(PartialDate.ofYear(1986).asUncertain()).hasToString("1986?");
        assertThat(PartialDate.ofMonth(2014, 5).asApproximate()).hasToString("2014-05~");
        assertThat(PartialDate.ofYear(2014).asUncertain().asApproximate()).hasToString("2014%");
        assertThat(PartialDate.of(LocalDate.of(2017, 6, 12))).isEqualTo(PartialDate.parse("2017-06-12"));
        assertThat(PartialDate.parse("2014~").isQualified()).isTrue();
        assertThat(PartialDate.parse("2014").isQualified()).isFalse();
    }

    /** The comparisons work on day numbers: they must say what comparing the first and last days says. */
    @Test
    void beforeAfterAndOverlaps_agreeWithTheFirstAndLastDays() {
        List<PartialDate> dates = new ArrayList<>();
        for (String text : List.of("19XX", "20XX", "199X", "200X", "201X")) {
            dates.add(PartialDate.parse(text));
        }
        for (int year = 1999; year <= 2001; year++) {
            dates.add(PartialDate.ofYear(year));
            for (int month = 1; month <= 12; month++) {
                dates.add(PartialDate.ofMonth(year, month));
                LocalDate first = LocalDate.of(year, month, 1);
                for (LocalDate day : List.of(first, first.plusDays(1), first.plusDays(27), first.withDayOfMonth(first.lengthOfMonth()))) {
                    dates.add(PartialDate.of(day));
                }
            }
        }
        dates.add(PartialDate.ofMonth(2000, 2).asUncertain());
        for (PartialDate a : dates) {
            for (PartialDate b : dates) {
                assertThat(a.isBefore(b)).as("%s before %s", a, b).isEqualTo(a.latest().isBefore(b.earliest()));
                assertThat(a.isAfter(b)).as("%s after %s", a, b).isEqualTo(a.earliest().isAfter(b.latest()));
                assertThat(a.overlaps(b)).as("%s overlaps %s", a, b)
                        .isEqualTo(!a.latest().isBefore(b.earliest()) && !a.earliest().isAfter(b.latest()));
            }
        }
    }
}
