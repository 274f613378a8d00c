package io.github.aimilestones.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.aimilestones.data.CatalogReader;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every rule's guide: texts in both languages, and an example that really fails the rule, in both languages, so
 * that the examples {@code explain} shows cannot rot.
 */
final class RuleGuideTest {

    private static final String HAN = "\\p{IsHan}";

    @Test
    void theExampleCatalog_isValid() throws IOException {
        try (InputStream in = RuleGuide.class.getResourceAsStream("rule-example-catalog.json")) {
            Report report = Validator.create(ValidationConfig.defaults(), Clock.systemUTC())
                    .validate(CatalogReader.create().read("rule-example-catalog.json", in));

            assertThat(report.findings()).isEmpty();
            assertThat(report.recordsChecked()).isEqualTo(8);
        }
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    void everyRule_hasTextsInBothLanguages(Rule rule) {
        RuleGuide guide = RuleGuide.of(rule);

        assertThat(guide.rule()).isEqualTo(rule);
        assertThat(guide.description(Language.EN)).isEqualTo(rule.description());
        assertThat(guide.description(Language.ZH)).containsPattern(HAN).doesNotContain("TODO");
        assertThat(guide.fix(Language.EN)).containsPattern("[A-Za-z]{3,}").endsWith(".");
        assertThat(guide.fix(Language.ZH)).containsPattern(HAN).endsWith("。");
        assertThat(guide.exampleIntroduction(Language.EN)).endsWith(":");
        assertThat(guide.exampleIntroduction(Language.ZH)).containsPattern(HAN).endsWith("：");
        assertThat(guide.example()).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    void everyExample_failsItsRule_inBothLanguages(Rule rule) {
        RuleGuide guide = RuleGuide.of(rule);

        List<Finding> english = guide.exampleFindings(Language.EN);
        List<Finding> chinese = guide.exampleFindings(Language.ZH);

        assertThat(english).as("findings of %s on its example", rule.id()).isNotEmpty()
                .allMatch(finding -> finding.rule() == rule && finding.severity() == rule.defaultSeverity());
        assertThat(chinese).extracting(f -> f.location().line(), f -> f.location().column(), f -> f.location().pointer())
                .containsExactlyElementsOf(english.stream().map(f -> tuple(f.location().line(), f.location().column(),
                        f.location().pointer())).toList());
        assertThat(chinese).extracting(Finding::message).allMatch(message -> message.matches("(?s).*" + HAN + ".*"),
                "messages in Chinese");
    }

    @Test
    void theGuide_namesOnlyRulesThatExist_andEveryOne() {
        assertThat(Arrays.stream(Rule.values()).map(RuleGuide::of)).hasSize(Rule.values().length);
    }
}
