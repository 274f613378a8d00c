package io.github.aimilestones.validate;

import static io.github.aimilestones.validate.ReportAssert.assertThat;
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
                tuple(Rule.DATE_SOURCE_BEFORE_EVENT, "backpropagation", Severity.WARNING),
                tuple(Rule.DATE_FAR_FROM_SOURCE, "backpropagation", Severity.WARNING),
                // "Geoffery Hinton" beside "Geoffrey Hinton"
                tuple(Rule.NAME_NEAR_DUPLICATE, "geoffery-hinton", Severity.WARNING),
                // "Yann LeCun 等人"
                tuple(Rule.NAME_ET_AL, "yann-lecun", Severity.ERROR),
                // the CNN row rests on the seed table alone
                tuple(Rule.CITATION_SECONDARY_ONLY, "cnn", Severity.WARNING));
        assertThat(report.findings(Rule.DATE_FAR_FROM_SOURCE).get(0).message()).isEqualTo("date 1987 is more than a month"
                + " from rumelhart-1986 (published 1986-10-09): use the earliest public date, or explain in dateNote");
        assertThat(report).hasFinding(Rule.NAME_NEAR_DUPLICATE).atLine(28).atPointer("/people/2")
                .onRecord("geoffery-hinton");
    }
}
