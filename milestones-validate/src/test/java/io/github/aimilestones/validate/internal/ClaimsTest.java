package io.github.aimilestones.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The patterns of dates and figures run only in windows around the places where a match can begin: they must find
 * exactly what {@link Matcher#find} over the whole text finds. Checked on many random texts made of the pieces dates
 * and figures are written with, and on the forms people write.
 */
final class ClaimsTest {

    private static final String[] PIECES = {"2012", "1986", "201", "12", "5", "0", "1980", "19", "9", ".", ",", " ", "  ",
        "   ", "年", "月", "日", "号", "同年", "年代", "'s", "s", "the ", "June", "sep", "Sept", "september", "dec.", "-", "–",
        ":", "：", "/", "比", " to ", "$", "US", "US $", "£", "¥", "%", "％", " percent", " per cent", " million", "m", "k",
        "万", "亿", "百万", "美元", "张图片", " images", " categories", "局", " games", "a", "x", "\n", "AlexNet", "于"};

    @Test
    void everyPatternFindsInItsWindowsWhatItFindsInTheWholeText() {
        Random random = new Random(15);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(12);
            for (int p = 0; p < pieces; p++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            assertSameMatches(text.toString());
        }
    }

    @Test
    void theFormsPeopleWrite_areFoundAsInTheWholeText() {
        for (String text : List.of("In 2011, AlexNet won.", "2012年6月5日", "June 5, 2012", "5 September 2012", "2012-06-05",
                "同年10月", "the 1980s", "1980年代", "15.3%", "3.2 million images", "320万张图片", "US$400 million", "6亿美元",
                "4-1", "4 to 1", "4比1", "1,234,567 images", "2012.5", "1.2.3.4.5.6", "$ 5", "in 2015. Kaiming He")) {
            assertSameMatches(text);
        }
    }

    private static void assertSameMatches(String text) {
        assertThat(spans(Claims.matches(Claims.DATE, Claims.DATE_WINDOW, text))).as("dates in %s", text)
                .isEqualTo(spans(everyMatch(Claims.DATE, text)));
        assertThat(spans(Claims.matches(Claims.NUMBER, Claims.NUMBER_WINDOW, text))).as("numbers in %s", text)
                .isEqualTo(spans(everyMatch(Claims.NUMBER, text)));
        assertThat(spans(Claims.matches(Claims.SCORE, Claims.SCORE_WINDOW, text))).as("scores in %s", text)
                .isEqualTo(spans(everyMatch(Claims.SCORE, text)));
    }

    private static List<MatchResult> everyMatch(Pattern pattern, String text) {
        List<MatchResult> matches = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            matches.add(m.toMatchResult());
        }
        return matches;
    }

    /** Each match with the span of every group: what the callers read. */
    private static List<String> spans(List<MatchResult> matches) {
        List<String> spans = new ArrayList<>();
        for (MatchResult m : matches) {
            StringBuilder span = new StringBuilder();
            for (int g = 0; g <= m.groupCount(); g++) {
                span.append(m.start(g)).append('-').append(m.end(g)).append(' ');
            }
            spans.add(span.toString());
        }
        return spans;
    }
}
