package io.github.aimilestones.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The kinds of error the seed table makes, in a small catalog of their shape, are each caught. */
final class SeedShapedFixtureTest {

    @Test
    void catchesTheSeedTablesKindsOfError() throws URISyntaxException {
        Path file = Path.of(SeedShapedFixtureTest.class.getResource("seed-shaped.json").toURI());

        Report report = Validator.create(ValidationConfig.defaults(), RuleFixturesTest.CLOCK).validate(file);

        assertThat(report.findings()).extracting(Finding::rule, Finding::recordId, Finding::severity).contains(
                // 1987 although its own cited paper appeared in October 1986
                tuple("date.source-before-event", "backpropagation", Severity.WARNING),
                tuple("date.far-from-source", "backpropagation", Severity.WARNING),
                // "Geoffery Hinton" beside "Geoffrey Hinton"
                tuple("name.near-duplicate", "geoffery-hinton", Severity.WARNING),
                // "Yann LeCun 等人"
                tuple("name.et-al", "yann-lecun", Severity.ERROR),
                // the CNN row rests on the seed table alone
                tuple("citation.secondary-only", "cnn", Severity.WARNING));
        assertThat(report.findings("date.far-from-source").get(0).message()).isEqualTo("date 1987 is more than a month"
                + " from rumelhart-1986 (published 1986-10-09): use the earliest public date, or explain in dateNote");
        assertThat(report.findings("name.near-duplicate").get(0).location().line()).isEqualTo(28);
    }
}
