package io.github.aimilestones.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimilestones.data.Milestones;
import org.junit.jupiter.api.Test;

final class EmbeddedDatasetValidationTest {

    /** Every rule at its default severity: no error, and no warning or info left unexplained (fixed or suppressed). */
    @Test
    void embeddedDataset_hasNoFindingAtAll() {
        Report report = Validator.create().validate(Milestones.read());

        assertThat(report.findings()).isEmpty();
        assertThat(report.recordsChecked()).isGreaterThan(400);
    }
}
