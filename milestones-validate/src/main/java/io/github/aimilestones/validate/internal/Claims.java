package io.github.aimilestones.validate.internal;

import io.github.aimilestones.model.PartialDate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The dates and figures a sentence states, as people write them in English and Chinese: {@code 2012},
 * {@code 2012年}, {@code 2012年6月}, {@code June 2012}, {@code 2012-06}, {@code 同年10月}, {@code the 1980s};
 * {@code 15.3%}, {@code 3.2 million images}, {@code 320万张图片}, {@code US$400 million}, {@code 6亿美元},
 * {@code 4-1}. Every pattern has bounded repetitions and runs only in a short window around each place where a
 * date or a number can begin ({@link #next}), not at every character: linear in the text, with a small constant.
 */
final class Claims {

    /** A date stated at [start, end) of the text, as written. */
    record DateClaim(int start, int end, String text, PartialDate date) {
    }

    /** A figure stated at [start, end): its value in the unit of the dataset's figures ({@code %}, {@code USD}...). */
    record FigureClaim(int start, int end, String text, BigDecimal value, String unit, @Nullable BigDecimal second) {
    }

    private static final String YEAR = "(1[89]\\d{2}|20[0-4]\\d)";
    private static final String MONTHS = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    static final Pattern DATE = Pattern.compile("(?i)"
            + "(?<![\\d.,$¥£])(?:the\\s{1,3})?(1[89]\\d)0\\s{0,2}(?:'?s\\b|年代)"                              // 1, decade
            + "|(?<![\\d.,$¥£])" + YEAR + "\\s{0,2}年\\s{0,2}(\\d{1,2})\\s{0,2}月(?:\\s{0,2}(\\d{1,2})\\s{0,2}[日号])?"  // 2-4
            + "|同年(?:\\s{0,2}(\\d{1,2})\\s{0,2}月)?"                                                          // 5
            + "|\\b(?:(\\d{1,2})\\s{1,3})?" + MONTHS + "\\.?\\s{1,3}(?:(\\d{1,2}),?\\s{1,3})?" + YEAR + "(?!\\d)" // 6-9
            + "|(?<![\\d.,$¥£/-])" + YEAR + "-(\\d{1,2})(?:-(\\d{1,2}))?(?![\\d%])"                              // 10-12
            + "|(?<![\\d.,$¥£/-])" + YEAR + "(?:\\s{0,2}年(?!代))?(?![\\d%.,]\\d|\\d|\\s?%|\\s{0,2}(?:万|亿|[kKmM]\\b))");  // 13
    static final Pattern NUMBER = Pattern.compile("(?i)(US\\s?\\$|\\$|£|€|¥)?\\s?(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)"
            + "\\s{0,2}(%|％|percent\\b|per cent\\b|thousand\\b|million\\b|billion\\b|bn\\b|m\\b|k\\b|千|万|亿|百万)?"
            + "\\s{0,2}(美元|英镑|dollars?\\b|usd\\b|gbp\\b|pounds?\\b|张图片|张图像|幅图像|张图|images\\b|pictures\\b|photos\\b"
            + "|个类别|类别|个类|categories\\b|classes\\b|synsets\\b|局|盘|games\\b)?");
    static final Pattern SCORE = Pattern.compile("(?<![\\d.,/-])([0-9])\\s{0,2}(?:[-–:：]|比|\\bto\\b)\\s{0,2}([0-9])(?![\\d.,/-])");
    /**
     * The windows of the patterns: how far before the place where a match can begin it may start ("september.   "
     * before a day, "US $ " before a number), and how far it may end after that place (a date: "5 september. 12,
     * 2012" is 28 characters at most) or after the number that begins there (" per cent categories").
     */
    static final Window DATE_WINDOW = new Window(13, 32, false);
    static final Window NUMBER_WINDOW = new Window(5, 24, true);
    static final Window SCORE_WINDOW = new Window(0, 8, true);
    /** A matcher of each pattern for each thread, reset for each text: made anew, one per sentence costs more than the match. */
    private static final ThreadLocal<Map<Pattern, Matcher>> MATCHERS = ThreadLocal.withInitial(java.util.IdentityHashMap::new);
    private static final Map<String, BigDecimal> MULTIPLIERS = Map.of("thousand", new BigDecimal("1e3"), "k",
            new BigDecimal("1e3"), "千", new BigDecimal("1e3"), "万", new BigDecimal("1e4"), "million", new BigDecimal("1e6"),
            "m", new BigDecimal("1e6"), "百万", new BigDecimal("1e6"), "亿", new BigDecimal("1e8"), "billion",
            new BigDecimal("1e9"), "bn", new BigDecimal("1e9"));

    private Claims() {
    }

    /**
     * The dates of a text; "同年" takes the year of the date before it (or of {@code previous}).
     *
     * @param text the text
     * @param previous the date that "the same year" refers to when the text has none before it, or null
     * @return the dates in text order
     */
    static List<DateClaim> dates(String text, @Nullable PartialDate previous) {
        List<DateClaim> dates = new ArrayList<>();
        if (!hasDigit(text) && !text.contains("同年")) {
            return dates;  // every other date has digits
        }
        PartialDate last = previous;
        for (MatchResult m : matches(DATE, DATE_WINDOW, text)) {
            PartialDate date = date(m, last);
            if (date != null) {
                dates.add(new DateClaim(m.start(), m.end(), m.group().strip(), date));
                last = date;
            }
        }
        return dates;
    }

    private static @Nullable PartialDate date(MatchResult m, @Nullable PartialDate last) {
        try {
            if (m.group(1) != null) {
                return PartialDate.parse(m.group(1) + "X");
            } else if (m.group(2) != null) {
                return day(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(4));
            } else if (m.group().startsWith("同年")) {
                return last == null ? null
                        : m.group(5) == null ? PartialDate.ofYear(last.year()) : PartialDate.ofMonth(last.year(), Integer.parseInt(m.group(5)));
            } else if (m.group(7) != null) {
                String day = m.group(6) != null ? m.group(6) : m.group(8);
                return day(Integer.parseInt(m.group(9)), month(m.group(7)), day);
            } else if (m.group(10) != null) {
                return day(Integer.parseInt(m.group(10)), Integer.parseInt(m.group(11)), m.group(12));
            }
            return PartialDate.ofYear(Integer.parseInt(m.group(13)));
        } catch (IllegalArgumentException e) {
            return null;  // "2012-13" or "31 February": not a date
        }
    }

    private static PartialDate day(int year, int month, @Nullable String day) {
        return day == null ? PartialDate.ofMonth(year, month) : PartialDate.ofDay(year, month, Integer.parseInt(day));
    }

    private static int month(String name) {
        String prefix = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(prefix) + 1;
    }

    /**
     * The figures of a text that have a unit the dataset records figures in, and scores such as {@code 4-1}.
     *
     * @param text the text
     * @return the figures in text order
     */
    static List<FigureClaim> figures(String text) {
        List<FigureClaim> figures = new ArrayList<>();
        if (!hasDigit(text)) {
            return figures;
        }
        for (MatchResult m : matches(NUMBER, NUMBER_WINDOW, text)) {
            String unit = unit(m.group(1), m.group(3), m.group(4));
            if (unit == null) {
                continue;
            }
            BigDecimal value = new BigDecimal(m.group(2).replace(",", ""));
            String multiplier = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
            if (MULTIPLIERS.containsKey(multiplier)) {
                value = value.multiply(MULTIPLIERS.get(multiplier));
            }
            int start = m.group(1) != null ? m.start(1) : m.start(2);
            figures.add(new FigureClaim(start, m.end(), text.substring(start, m.end()).strip(), value, unit, null));
        }
        for (MatchResult score : matches(SCORE, SCORE_WINDOW, text)) {
            figures.add(new FigureClaim(score.start(), score.end(), score.group(), new BigDecimal(score.group(1)), "games",
                    new BigDecimal(score.group(2))));
        }
        return figures;
    }

    /**
     * Where a match of a pattern may lie around a place where one can begin.
     *
     * @param before how many characters before the place a match may start
     * @param after how many characters after the place (or after the number there) a match may end
     * @param number whether the place begins a number ({@code [0-9.,]} run) that the match may take whole
     */
    record Window(int before, int after, boolean number) {
    }

    /**
     * The matches of a pattern, as {@link Matcher#find} gives them one after another, found by {@link #next}.
     *
     * @param pattern {@link #DATE}, {@link #NUMBER} or {@link #SCORE}
     * @param window its window
     * @param text the text
     * @return the matches in text order
     */
    static List<MatchResult> matches(Pattern pattern, Window window, String text) {
        List<MatchResult> matches = new ArrayList<>();
        if (!hasDigit(text) && text.indexOf('同') < 0) {
            return matches;  // no place where a match begins: no matcher to make
        }
        Matcher m = MATCHERS.get().computeIfAbsent(pattern, p -> p.matcher("").useTransparentBounds(true).useAnchoringBounds(false))
                .reset(text);
        for (int from = 0; (from = next(m, text, from, window)) >= 0; ) {
            matches.add(m.toMatchResult());
        }
        m.reset("");  // the thread's matcher keeps no document alive
        return matches;
    }

    /**
     * Finds the next match of a pattern at or after {@code from} and returns where to look on, or -1 when there is
     * none. A date holds a digit that follows no digit, or 同年, at most {@code before} characters after its start; a
     * number and a score begin with a digit that follows no digit, point or comma. The pattern runs only in the window
     * around each such place, whose bounds are transparent to look-arounds and {@code \b}: the leftmost match there,
     * if it starts no later than the place, is the leftmost match in the whole text; else no match starts before the
     * place. A number's digits are one run per place, dates look no further than {@code after}: linear in the text.
     */
    private static int next(Matcher m, String text, int from, Window window) {
        for (int t = from; t < text.length(); t++) {
            char c = text.charAt(t);
            char before = t == 0 ? ' ' : text.charAt(t - 1);
            boolean begins = window.number() ? isDigit(c) && !isDigit(before) && before != '.' && before != ','
                    : isDigit(c) && !isDigit(before) || c == '同';
            if (!begins) {
                continue;
            }
            int end = t + 1;
            while (window.number() && end < text.length() && (isDigit(text.charAt(end)) || text.charAt(end) == '.' || text.charAt(end) == ',')) {
                end++;
            }
            m.region(Math.max(from, t - window.before()), Math.min(text.length(), end + window.after()));
            if (m.find() && m.start() <= t) {
                return Math.max(m.end(), m.start() + 1);
            }
        }
        return -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether a text has an ASCII digit: most sentences have none, and then no pattern needs to run. */
    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    private static @Nullable String unit(@Nullable String currency, @Nullable String multiplier, @Nullable String word) {
        String w = word == null ? "" : word.toLowerCase(Locale.ROOT);
        String x = multiplier == null ? "" : multiplier.toLowerCase(Locale.ROOT);
        if (x.equals("%") || x.equals("％") || x.startsWith("per")) {
            return "%";
        } else if (currency != null && currency.contains("$") || w.equals("美元") || w.startsWith("dollar") || w.equals("usd")) {
            return "USD";
        } else if ("£".equals(currency) || w.equals("英镑") || w.startsWith("pound") || w.equals("gbp")) {
            return "GBP";
        } else if (w.contains("图") || w.equals("images") || w.equals("pictures") || w.equals("photos")) {
            return "images";
        } else if (w.contains("类") || w.equals("categories") || w.equals("classes") || w.equals("synsets")) {
            return "synsets";
        } else if (w.equals("局") || w.equals("盘") || w.equals("games")) {
            return "games";
        }
        return null;
    }
}
