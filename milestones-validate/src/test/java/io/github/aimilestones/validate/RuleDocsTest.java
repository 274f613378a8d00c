package io.github.aimilestones.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimilestones.data.ReadProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

final class RuleDocsTest {

    @Test
    void docsListEveryRuleWithItsSeverity() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "validation.md"));

        for (Rule rule : Rule.values()) {
            assertThat(docs).contains("| <a id=\"" + rule.id() + "\"></a>`" + rule.id() + "` | "
                    + rule.defaultSeverity().label() + " | " + rule.description() + " |");
        }
    }

    @Test
    void everyRuleHasHelpThatLinksToAnAnchorOfTheDocs() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "validation.md"));
        Set<String> anchors = new HashSet<>();
        Matcher html = Pattern.compile("<a id=\"([^\"]+)\"></a>").matcher(docs);
        while (html.find()) {
            assertThat(anchors.add(html.group(1))).as("anchor %s is unique", html.group(1)).isTrue();
        }
        Matcher heading = Pattern.compile("(?m)^#+ (.+)$").matcher(docs);
        while (heading.find()) {  // GitHub's anchor of a heading: lowercase, punctuation removed, spaces to hyphens
            anchors.add(heading.group(1).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
        }
        String base = "https://github.com/aimilestones/ai-milestones/blob/main/docs/validation.md#";

        for (Rule rule : Rule.values()) {
            assertThat(rule.helpUri()).isEqualTo(base + rule.id());
            assertThat(anchors).contains(rule.id());
            rule.docSection().ifPresent(section -> assertThat(anchors).as(rule.id()).contains(section));
            assertThat(rule.fullDescription()).startsWith(rule.description()).isNotEqualTo(rule.description());
            assertThat(rule.helpText()).contains(rule.description(), rule.helpUri());
            assertThat(rule.helpMarkdown()).contains(rule.description(), "(" + rule.helpUri() + ")");
        }
        assertThat(Rule.NAME_NEAR_DUPLICATE.docSection()).contains("near-duplicate-names-without-comparing-all-pairs");
        assertThat(Rule.CHECK_DATE_MISMATCH.docSection()).contains("checking-your-own-timeline");
        assertThat(Rule.READ_SYNTAX.docSection()).isEmpty();
    }

    @Test
    void ruleIdsAreStableSlugs() {
        for (Rule rule : Rule.values()) {
            assertThat(rule.id()).matches("[a-z]+(\\.[a-z0-9-]+)+");
            assertThat(Rule.byId(rule.id())).contains(rule);
        }
        assertThat(Rule.byId("no.such-rule")).isEmpty();
    }

    @Test
    void everyKindOfReadingProblemHasItsRule() {
        for (ReadProblem.Kind kind : ReadProblem.Kind.values()) {
            assertThat(Rule.of(kind).id()).isEqualTo(kind.id());
            assertThat(Rule.of(kind).readKind()).contains(kind);
        }
        assertThat(Rule.DATE_FUTURE.readKind()).isEmpty();
    }
}
