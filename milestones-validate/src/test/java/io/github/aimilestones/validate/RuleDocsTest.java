package io.github.aimilestones.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimilestones.data.ReadProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

final class RuleDocsTest {

    @Test
    void docsListEveryRuleWithItsSeverity() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "validation.md"));

        for (Rule rule : Rule.values()) {
            assertThat(docs).contains("| `" + rule.id() + "` | " + rule.defaultSeverity().label() + " | "
                    + rule.description() + " |");
        }
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
