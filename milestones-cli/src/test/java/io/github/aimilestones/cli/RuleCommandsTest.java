package io.github.aimilestones.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimilestones.validate.Rule;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code rules} and {@code explain RULE}, through the main command as users run them. */
final class RuleCommandsTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine main = Main.commandLine();
        main.setOut(new PrintWriter(out, true));
        main.setErr(new PrintWriter(err, true));
        return main.execute(args);
    }

    @Test
    void rules_listsEveryRule_withItsSeverityAndMeaning() {
        assertThat(run("rules")).isZero();

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(Rule.values().length);
        assertThat(lines).anySatisfy(line -> assertThat(line).matches(
                "date\\.person-not-born +error +A contributor was not yet born at the milestone's date\\."));
        assertThat(lines.stream().map(line -> line.split(" +")[0]))
                .containsExactlyElementsOf(Arrays.stream(Rule.values()).map(Rule::id).toList());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void rules_inChinese_keepTheIdsAndSeverities() {
        assertThat(run("rules", "--lang", "zh")).isZero();

        assertThat(out.toString().lines()).anySatisfy(line -> assertThat(line).matches(
                "date\\.person-not-born +error +里程碑的日期时，某位贡献者尚未出生。"));
        assertThat(out.toString().lines()).allMatch(line -> line.matches("[a-z0-9.-]+ +(error|warning|info) +.*\\p{IsHan}.*"));
    }

    @Test
    void explain_givesTheMeaning_theSeverity_aFailingExample_itsFinding_andTheFix() {
        assertThat(run("explain", "--lang", "en", "date.person-not-born")).isZero();

        assertThat(out.toString()).isEqualTo("""
                date.person-not-born: A contributor was not yet born at the milestone's date.
                Default severity: error. A configuration file's "rules" can set it to off, info, warning or error.

                Records that fail it (only the fields that matter; the rest of the catalog is valid):
                  {
                    "people" : [ {
                      "id" : "geoffrey-hinton",
                      "born" : "1990"
                    } ]
                  }

                validate reports:
                  error: geoffrey-hinton was born 1990, after the milestone (1986-10-09): check the contributor and both dates (at /milestones/0/contributors/people/0)

                Fix: Check the birth date, the milestone's date and whether the right person is credited.
                Documentation: https://github.com/aimilestones/ai-milestones/blob/main/docs/validation.md#date.person-not-born
                """);
    }

    @Test
    void explain_withoutLang_isInBothLanguages() {
        assertThat(run("explain", "reference.unresolved")).isZero();

        assertThat(out.toString())
                .contains("reference.unresolved: An id refers to no record.\n")
                .contains("  error: \"geoffrey-hintn\" is not a person id: did you mean \"geoffrey-hinton\"?"
                        + " (at /milestones/0/contributors/people/0)\n")
                .contains("\n\nreference.unresolved: 某个 id 没有对应的记录。\n默认严重级别：error（错误）。")
                .contains("validate 报告：\n  error: \"geoffrey-hintn\" 不是人物 id：是否应为 \"geoffrey-hinton\"？"
                        + "（位于 /milestones/0/contributors/people/0）\n")
                .contains("修改方法：改正 id，或者把它所指的记录加入目录。\n");
    }

    @Test
    void explain_aTimelineRule_showsWhatCheckReports() {
        assertThat(run("explain", "--lang", "en", "check.name-misspelled")).isZero();

        assertThat(out.toString()).contains("A timeline that fails it, checked against the embedded dataset:\n"
                        + "  | Year | Milestone | People |\n")
                .contains("check reports:\n  warning: \"Geoffery Hinton\" is spelled \"Geoffrey Hinton\"");
    }

    @Test
    void explain_anUnknownRule_suggestsTheClosest_andExitsTwo() {
        assertThat(run("explain", "date.persn-not-born")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("error: no rule has the id \"date.persn-not-born\": did you mean"
                + " \"date.person-not-born\"?\n");
        assertThat(out.toString()).isEmpty();

        err.getBuffer().setLength(0);
        assertThat(run("explain", "nonsense")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("error: no rule has the id \"nonsense\": milestones rules lists the rule ids\n");
    }
}
