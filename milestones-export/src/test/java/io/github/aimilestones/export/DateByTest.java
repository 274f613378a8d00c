package io.github.aimilestones.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimilestones.data.Milestones;
import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.EventKind;
import io.github.aimilestones.model.PartialDate;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link ExportOptions#dateBy()}: a timeline of publications, of preprints, of releases. */
final class DateByTest {

    private static final Catalog CATALOG = Milestones.catalog();

    private static String export(ExportFormat format, ExportOptions options) throws IOException {
        StringWriter out = new StringWriter();
        format.exporter().export(CATALOG, options, out);
        return out.toString();
    }

    @Test
    void datesEachMilestoneByItsEventOfThatKind_orByItsOwnDate() throws IOException {
        ExportOptions options = ExportOptions.defaults().withIds(Set.of("lstm", "backpropagation", "tensorflow"))
                .withDateBy(EventKind.PUBLICATION);

        String csv = export(ExportFormat.CSV, options);

        assertThat(csv).contains(",1997-11,", ",1986-10-09,", ",2015-11-09,").doesNotContain("1995-08", "1985-09");
        // In the order of the dates they are shown with.
        assertThat(csv.indexOf("backpropagation")).isLessThan(csv.indexOf("lstm"));
    }

    @Test
    void rangesFollowTheChosenDates() throws IOException {
        ExportOptions options = ExportOptions.defaults().withRange(PartialDate.parse("1997"), PartialDate.parse("1997"))
                .withCategories(Set.of(io.github.aimilestones.model.Category.ARCHITECTURE));

        assertThat(export(ExportFormat.CSV, options)).doesNotContain("lstm");
        assertThat(export(ExportFormat.CSV, options.withDateBy(EventKind.PUBLICATION))).contains("lstm");
    }

    @Test
    void theCanonicalJson_keepsTheRecordsOwnDates() throws IOException {
        ExportOptions options = ExportOptions.defaults().withIds(Set.of("lstm")).withDateBy(EventKind.PUBLICATION);

        assertThat(export(ExportFormat.JSON, options)).contains("\"date\": \"1995-08\"");
    }
}
