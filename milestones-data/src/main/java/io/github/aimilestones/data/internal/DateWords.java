package io.github.aimilestones.data.internal;

import io.github.aimilestones.model.PartialDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The EDTF form of a date written as people write dates: "July 1960", "12 October 2012", "October 12, 2012",
 * "1960年7月", "2012年10月12日", "2012/10/12". Only forms whose meaning is certain are read; anything else has no
 * EDTF form here. Internal: not part of the API.
 */
public final class DateWords {

    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");
    private static final String MONTH = "([A-Za-z]{3,9})\\.?";
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + ",?\\s+(\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})\\s*年(?:\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*[日号])?)?");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{4})[/.](\\d{1,2})(?:[/.](\\d{1,2}))?");

    private DateWords() {
    }

    /**
     * The EDTF form of a date in words.
     *
     * @param text the date as written, e.g. {@code July 1960} or {@code 1960年7月}
     * @return the date, or empty if the text is not a date in one of the forms read here
     */
    public static Optional<PartialDate> parse(String text) {
        String t = text.strip();
        Matcher m;
        if ((m = DAY_MONTH_YEAR.matcher(t)).matches()) {
            return date(m.group(3), month(m.group(2)), m.group(1));
        } else if ((m = MONTH_DAY_YEAR.matcher(t)).matches()) {
            return date(m.group(3), month(m.group(1)), m.group(2));
        } else if ((m = MONTH_YEAR.matcher(t)).matches()) {
            return date(m.group(2), month(m.group(1)), null);
        } else if ((m = CHINESE.matcher(t)).matches() || (m = NUMERIC.matcher(t)).matches()) {
            if (m.group(2) == null) {
                return date(m.group(1), 0, null);
            }
            return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        return Optional.empty();
    }

    /** A month by its English name or its abbreviation of three letters or more; 0 for none. */
    private static int month(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.size(); i++) {
            if (MONTHS.get(i).startsWith(lower) && lower.length() >= 3) {
                return i + 1;
            }
        }
        return -1;
    }

    private static Optional<PartialDate> date(String year, int month, @org.jspecify.annotations.Nullable String day) {
        if (month < 0) {
            return Optional.empty();
        }
        try {
            int y = Integer.parseInt(year);
            return Optional.of(month == 0 ? PartialDate.ofYear(y) : day == null ? PartialDate.ofMonth(y, month)
                    : PartialDate.ofDay(y, month, Integer.parseInt(day)));
        } catch (RuntimeException e) {  // 31 February, month 13: not a date
            return Optional.empty();
        }
    }
}
