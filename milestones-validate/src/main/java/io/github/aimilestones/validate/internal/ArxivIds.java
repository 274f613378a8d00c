package io.github.aimilestones.validate.internal;

import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The month an arXiv id encodes: {@code 1706.03762} is June 2017, {@code cs/0101001} January 2001. */
final class ArxivIds {

    /** Since April 2007: YYMM.NNNN, and YYMM.NNNNN since 2015. */
    private static final Pattern NEW_STYLE = Pattern.compile("(\\d{2})(\\d{2})\\.\\d{4,5}(v\\d+)?");
    /** Until March 2007: archive(.subject)/YYMMNNN, from August 1991. */
    private static final Pattern OLD_STYLE = Pattern.compile("[a-z-]+(\\.[A-Z]{2})?/(\\d{2})(\\d{2})\\d{3}(v\\d+)?");

    private ArxivIds() {
    }

    /**
     * The month of the id, in which arXiv announced the first version.
     *
     * @param id an arXiv id
     * @return its month, or empty for a malformed id (which {@code source.arxiv-syntax} reports)
     */
    static Optional<YearMonth> month(String id) {
        Matcher matcher = NEW_STYLE.matcher(id);
        if (matcher.matches()) {
            return month(2000 + Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
        }
        matcher = OLD_STYLE.matcher(id);
        if (matcher.matches()) {
            int year = Integer.parseInt(matcher.group(2));
            return month(year >= 91 ? 1900 + year : 2000 + year, Integer.parseInt(matcher.group(3)));
        }
        return Optional.empty();
    }

    private static Optional<YearMonth> month(int year, int month) {
        return month >= 1 && month <= 12 ? Optional.of(YearMonth.of(year, month)) : Optional.empty();
    }
}
