package io.github.aimilestones.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to a given precision, written as an EDTF level-1 string: {@code 2012}, {@code 2012-09},
 * {@code 2012-09-30}, {@code 201X} (some year of a decade), {@code 19XX} (of a century), each optionally
 * followed by {@code ?} (uncertain), {@code ~} (approximate) or {@code %} (both).
 *
 * <p>A partial date stands for the interval of days it covers, from {@link #earliest()} to {@link #latest()}.
 * Comparison is precision-aware: {@code 2012} is neither {@linkplain #isBefore before} nor
 * {@linkplain #isAfter after} {@code 2012-06}, because the intervals overlap. The qualifiers do not widen the
 * interval; they say how far the date can be trusted. {@link #CHRONOLOGICAL} gives a total order for sorting.
 *
 * <pre>{@code
 * PartialDate transformer = PartialDate.parse("2017-06-12");
 * PartialDate year = PartialDate.parse("2017");
 * transformer.isAfter(year);   // false: 2017 covers the whole year
 * transformer.overlaps(year);  // true
 * }</pre>
 *
 * @param year the year, 0 to 9999; for {@link Precision#DECADE} and {@link Precision#CENTURY} its first year
 * @param month 1 to 12, or 0 when the precision is coarser than a month
 * @param day 1 to 31, or 0 when the precision is coarser than a day
 * @param precision how much of the date is known
 * @param uncertain whether the source of the date may be wrong ({@code ?})
 * @param approximate whether the date is only approximately right ({@code ~})
 */
public record PartialDate(int year, int month, int day, Precision precision, boolean uncertain, boolean approximate) {

    /**
     * Orders by first day, then by last day (narrower first), then by the EDTF text: a total order. Dates with the
     * same first and last day differ only in their qualifier, so the text's order is the qualifier's: none, {@code %},
     * {@code ?}, {@code ~}. Compared as numbers, without building dates or texts: a catalog sorts every milestone.
     */
    public static final Comparator<PartialDate> CHRONOLOGICAL = (a, b) -> {
        int order = Integer.compare(a.earliestDay(), b.earliestDay());
        if (order == 0) {
            order = Integer.compare(a.latestDay(), b.latestDay());
        }
        return order != 0 ? order : Integer.compare(a.qualifierOrder(), b.qualifierOrder());
    };

    private static final Pattern EDTF =
            Pattern.compile("(\\d{4}|\\d{3}X|\\d{2}XX)(?:-(\\d{2})(?:-(\\d{2}))?)?([?~%])?");

    /** How much of a date is known. */
    public enum Precision {
        /** Some year of a century, written {@code 19XX}. */
        CENTURY,
        /** Some year of a decade, written {@code 201X}. */
        DECADE,
        /** A year. */
        YEAR,
        /** A month of a year. */
        MONTH,
        /** A day. */
        DAY
    }

    /**
     * Checks that the fields describe one real date at the given precision.
     *
     * @param year the year, 0 to 9999; for {@link Precision#DECADE} and {@link Precision#CENTURY} its first year
     * @param month 1 to 12, or 0 when the precision is coarser than a month
     * @param day 1 to 31, or 0 when the precision is coarser than a day
     * @param precision how much of the date is known
     * @param uncertain whether the source of the date may be wrong ({@code ?})
     * @param approximate whether the date is only approximately right ({@code ~})
     */
    public PartialDate {
        Objects.requireNonNull(precision, "precision");
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException("year must be between 0 and 9999: " + year);
        }
        if (precision == Precision.CENTURY && year % 100 != 0 || precision == Precision.DECADE && year % 10 != 0) {
            throw new IllegalArgumentException("a " + precision.name().toLowerCase(Locale.ROOT)
                    + " must start at its first year: " + year);
        }
        boolean hasMonth = precision.compareTo(Precision.MONTH) >= 0;
        if (hasMonth ? month < 1 || month > 12 : month != 0) {
            throw new IllegalArgumentException(hasMonth ? "month must be 1 to 12: " + month
                    : "month must be 0 at " + precision.name().toLowerCase(Locale.ROOT) + " precision: " + month);
        }
        boolean hasDay = precision == Precision.DAY;
        if (hasDay ? day < 1 || day > YearMonth.of(year, month).lengthOfMonth() : day != 0) {
            throw new IllegalArgumentException(hasDay ? dayOutOfRange(year, month, day)
                    : "day must be 0 at " + precision.name().toLowerCase(Locale.ROOT) + " precision: " + day);
        }
    }

    /**
     * Parses an EDTF level-1 date.
     *
     * @param text a date such as {@code 2012}, {@code 2012-09}, {@code 2012-09-30}, {@code 1986?}, {@code 201X}
     * @return the date
     * @throws IllegalArgumentException if the text is not such a date; the message says what is wrong
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PartialDate parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("date is empty: write a year (2012), a month (2012-09) or a day (2012-09-30)");
        }
        Matcher m = EDTF.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("invalid date \"" + text + "\": expected YYYY, YYYY-MM or YYYY-MM-DD,"
                    + " optionally followed by ?, ~ or % (EDTF level 1), e.g. 2012-09-30");
        }
        String yearText = m.group(1);
        int unspecified = (int) yearText.chars().filter(c -> c == 'X').count();
        if (unspecified > 0 && m.group(2) != null) {
            throw new IllegalArgumentException("invalid date \"" + text
                    + "\": a year with unspecified digits (" + yearText + ") cannot have a month or day");
        }
        int year = Integer.parseInt(yearText.replace('X', '0'));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (m.group(2) != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("invalid date \"" + text + "\": month must be 01 to 12");
        }
        if (m.group(3) != null && (day < 1 || day > YearMonth.of(year, month).lengthOfMonth())) {
            throw new IllegalArgumentException("invalid date \"" + text + "\": " + dayOutOfRange(year, month, day));
        }
        Precision precision = unspecified == 2 ? Precision.CENTURY
                : unspecified == 1 ? Precision.DECADE
                : m.group(3) != null ? Precision.DAY
                : m.group(2) != null ? Precision.MONTH
                : Precision.YEAR;
        String qualifier = m.group(4) == null ? "" : m.group(4);
        return new PartialDate(year, month, day, precision,
                qualifier.equals("?") || qualifier.equals("%"), qualifier.equals("~") || qualifier.equals("%"));
    }

    /**
     * A year-precision date.
     *
     * @param year the year
     * @return the date
     */
    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0, Precision.YEAR, false, false);
    }

    /**
     * A month-precision date.
     *
     * @param year the year
     * @param month the month, 1 to 12
     * @return the date
     */
    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, 0, Precision.MONTH, false, false);
    }

    /**
     * A day-precision date.
     *
     * @param year the year
     * @param month the month, 1 to 12
     * @param day the day of the month
     * @return the date
     */
    public static PartialDate ofDay(int year, int month, int day) {
        return new PartialDate(year, month, day, Precision.DAY, false, false);
    }

    /**
     * The day-precision date of a {@link LocalDate}.
     *
     * @param date the date
     * @return the same day as a partial date
     */
    public static PartialDate of(LocalDate date) {
        return ofDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * This date marked uncertain ({@code ?}).
     *
     * @return a copy with {@link #uncertain()} set
     */
    public PartialDate asUncertain() {
        return new PartialDate(year, month, day, precision, true, approximate);
    }

    /**
     * This date marked approximate ({@code ~}).
     *
     * @return a copy with {@link #approximate()} set
     */
    public PartialDate asApproximate() {
        return new PartialDate(year, month, day, precision, uncertain, true);
    }

    /**
     * Whether either qualifier is set.
     *
     * @return true for {@code 1986?}, {@code 2014~} and {@code 2014%}
     */
    public boolean isQualified() {
        return uncertain || approximate;
    }

    /**
     * The first day this date may stand for.
     *
     * @return the first day of the interval
     */
    public LocalDate earliest() {
        return switch (precision) {
            case CENTURY, DECADE, YEAR -> LocalDate.of(year, 1, 1);
            case MONTH -> LocalDate.of(year, month, 1);
            case DAY -> LocalDate.of(year, month, day);
        };
    }

    /**
     * The last day this date may stand for.
     *
     * @return the last day of the interval
     */
    public LocalDate latest() {
        return switch (precision) {
            case CENTURY -> LocalDate.of(year + 99, 12, 31);
            case DECADE -> LocalDate.of(year + 9, 12, 31);
            case YEAR -> LocalDate.of(year, 12, 31);
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            case DAY -> LocalDate.of(year, month, day);
        };
    }

    /**
     * Whether this date is certainly before the other: its last day is before the other's first day.
     *
     * @param other another date
     * @return false when the intervals overlap, e.g. for {@code 2012} and {@code 2012-06}
     */
    public boolean isBefore(PartialDate other) {
        return latestDay() < other.earliestDay();
    }

    /**
     * Whether this date is certainly after the other: its first day is after the other's last day.
     *
     * @param other another date
     * @return false when the intervals overlap
     */
    public boolean isAfter(PartialDate other) {
        return earliestDay() > other.latestDay();
    }

    /*
     * The first and last day as one number that orders as the days do, without building a LocalDate: comparisons run
     * for every date of every sentence a timeline check reads. A month ends on its 31st here, which compares with
     * any real day exactly as its real last day does.
     */
    private int earliestDay() {
        return switch (precision) {
            case CENTURY, DECADE, YEAR -> dayNumber(year, 1, 1);
            case MONTH -> dayNumber(year, month, 1);
            case DAY -> dayNumber(year, month, day);
        };
    }

    private int latestDay() {
        return switch (precision) {
            case CENTURY -> dayNumber(year + 99, 12, 31);
            case DECADE -> dayNumber(year + 9, 12, 31);
            case YEAR -> dayNumber(year, 12, 31);
            case MONTH -> dayNumber(year, month, 31);
            case DAY -> dayNumber(year, month, day);
        };
    }

    /** The rank of the qualifier in the EDTF text's order: none, {@code %}, {@code ?}, {@code ~}. */
    private int qualifierOrder() {
        return uncertain && approximate ? 1 : uncertain ? 2 : approximate ? 3 : 0;
    }

    private static int dayNumber(int year, int month, int day) {
        return (year * 13 + month) * 32 + day;
    }

    /**
     * Whether the two dates may stand for the same day.
     *
     * @param other another date
     * @return true when the intervals share at least one day
     */
    public boolean overlaps(PartialDate other) {
        return !isBefore(other) && !isAfter(other);
    }

    /**
     * The EDTF text of this date.
     *
     * @return e.g. {@code 2012-09}, {@code 1986?} or {@code 201X}
     */
    @JsonValue
    @Override
    public String toString() {
        // Padded by hand: String.format parses its pattern on every call, and findings print many dates.
        String text = switch (precision) {
            case CENTURY -> padded(year / 100, 2) + "XX";
            case DECADE -> padded(year / 10, 3) + "X";
            case YEAR -> padded(year, 4);
            case MONTH -> padded(year, 4) + "-" + padded(month, 2);
            case DAY -> padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2);
        };
        return text + (uncertain && approximate ? "%" : uncertain ? "?" : approximate ? "~" : "");
    }

    /** A number of 0 or more with leading zeros to a width, as {@code %0<width>d} writes it. */
    private static String padded(int number, int width) {
        String digits = Integer.toString(number);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private static String dayOutOfRange(int year, int month, int day) {
        int length = YearMonth.of(year, month).lengthOfMonth();
        return "day " + day + " does not exist: "
                + Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has " + length + " days";
    }
}
