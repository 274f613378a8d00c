package io.github.aimilestones.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimilestones.data.CatalogReader;
import io.github.aimilestones.data.Milestones;
import io.github.aimilestones.data.ReadResult;
import io.github.aimilestones.validate.Finding;
import io.github.aimilestones.validate.Rule;
import io.github.aimilestones.validate.ValidationConfig;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The checks find the same, in the same order, whether they all run side by side or, in a catalog too large for the
 * heap, the indexing ones one after another beside the others.
 */
final class CatalogChecksTest {

    @Test
    void sideBySideOrNot_findTheSame() throws Exception {
        ReadResult read = CatalogReader.create().read(Path.of(Objects.requireNonNull(
                CatalogChecksTest.class.getResource("/io/github/aimilestones/validate/authoring/every-mistake.json"))
                .toURI()));
        LocalDate today = LocalDate.of(2026, 11, 30);

        List<Finding> sideBySide = CatalogChecks.run(read.catalog(), read.sourceMap(), today,
                ValidationConfig.defaults(), Milestones.catalog(), true);
        List<Finding> inTwoLines = CatalogChecks.run(read.catalog(), read.sourceMap(), today,
                ValidationConfig.defaults(), Milestones.catalog(), false);

        assertThat(inTwoLines).isEqualTo(sideBySide);
        // Findings of a check that keeps nothing (constraints), of indexing ones (names, references) and of the
        // comparison with the reference.
        assertThat(sideBySide).extracting(Finding::rule).contains(Rule.CITATION_NO_CLAIM,
                Rule.REFERENCE_UNRESOLVED, Rule.REFERENCE_DATE_DIFFERS);
    }
}
