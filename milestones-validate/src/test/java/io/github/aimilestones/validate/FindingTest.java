package io.github.aimilestones.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimilestones.data.Location;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

final class FindingTest {

    @Test
    void toString_isOneLine_evenWhenTheDataHoldsLineBreaksAndHiddenCharacters() {
        Finding finding = new Finding(Rule.CHECK_UNKNOWN_MILESTONE, Severity.WARNING,
                "\"x\n::error file=README.md::forged\r\u2028\u0085\u202eteNxelA\u200b\ud800\" is unknown",
                new Location("t.md", 3, 1, ""), null);

        assertThat(finding.toString()).isEqualTo("t.md:3:1: warning: \"x\\n::error file=README.md::forged\\r\\u2028\\u0085"
                + "\\u202eteNxelA\\u200b\\ud800\" is unknown [check.unknown-milestone]");
    }

    @Test
    void toString_keepsChineseAndEmojiAsTheyAre() {
        Finding finding = new Finding(Rule.TEXT_BLANK, Severity.ERROR, "名称 🤖 AlexNet", null, "m");

        assertThat(finding.toString()).isEqualTo("m: error: 名称 🤖 AlexNet [text.blank]");
    }

    @Test
    void textReport_printsNoLineOfTheData() throws IOException {
        Finding finding = new Finding(Rule.CHECK_UNKNOWN_MILESTONE, Severity.WARNING, "row\n::error file=README.md::forged",
                new Location("t.md", 3, 1, ""), null);
        StringWriter out = new StringWriter();

        ReportFormat.TEXT.write(new Report(List.of(finding), 1), out);

        assertThat(out.toString().lines()).noneMatch(line -> line.startsWith("::"));
    }
}
