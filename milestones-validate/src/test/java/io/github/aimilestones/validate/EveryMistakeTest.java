package io.github.aimilestones.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.aimilestones.data.CatalogReader;
import io.github.aimilestones.data.Fix;
import io.github.aimilestones.data.Location;
import io.github.aimilestones.data.Milestones;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * A catalog written from docs/format.md with one mistake of every kind (issue 17): every mistake is reported in one
 * run, each with its fix where one is knowable, and exactly where the fix is an edit of one value.
 */
final class EveryMistakeTest {

    static Path fixture() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(EveryMistakeTest.class.getResource("authoring/every-mistake.json")).toURI());
    }

    @Test
    void reportsEveryMistakeInOneRun_eachWithItsFix() throws URISyntaxException {
        Report report = Validator.create(ValidationConfig.defaults(), RuleFixturesTest.CLOCK).validate(fixture());

        assertThat(report.findings()).extracting(Finding::rule, Finding::recordId,
                f -> f.fix() == null ? null : f.fix().description()).contains(
                // a person's id among the people that is an organization's
                tuple(Rule.REFERENCE_UNRESOLVED, "alexnet", "move \"university-of-toronto\" to contributors.organizations"),
                // "supports" left out: said missing, not "[]" must not be empty
                tuple(Rule.CITATION_NO_CLAIM, "alexnet", "add \"supports\" to the citation, e.g. \"supports\": [\"date\"]"),
                tuple(Rule.NAME_MISSING_TRANSLATION, "cnn-1989", "add \"zh\" to \"name\""),
                tuple(Rule.REFERENCE_UNRESOLVED, "cnn-1989", "replace \"yan-lecun\" with \"yann-lecun\""),
                // a wrong type and a date in words do not hide the rest of their records
                tuple(Rule.READ_TYPE, null, null),
                tuple(Rule.READ_INVALID_VALUE, null, "write the date in EDTF: \"1960-07\""),
                tuple(Rule.READ_UNKNOWN_FIELD, null, "rename \"contributers\" to \"contributors\""),
                tuple(Rule.NAME_MISSING_TRANSLATION, "bernard-widrow", "add \"zh\" to \"name\""));
        assertThat(report.findings(Rule.CITATION_NO_CLAIM).get(0).message()).startsWith(
                "the citation of krizhevsky-2012-alexnet is missing \"supports\"");
    }

    @Test
    void withTheDatasetAsReference_reportsWhereTheCatalogContradictsIt() throws Exception {
        Report report = Validator.create(ValidationConfig.defaults(), RuleFixturesTest.CLOCK)
                .validate(CatalogReader.create().read(fixture()), Milestones.catalog());

        assertThat(report.findings()).extracting(Finding::rule, Finding::recordId, Finding::expected, Finding::evidence)
                .contains(
                        // AlexNet dated 2012-09, the dataset says 2012-10, from the challenge's results
                        tuple(Rule.REFERENCE_DATE_DIFFERS, "alexnet", "2012-10", "ilsvrc-2012-results"),
                        // "Geoffery Hinton" is the dataset's "Geoffrey Hinton"
                        tuple(Rule.REFERENCE_REGISTRY_DIFFERS, "geoffery-hinton", "Geoffrey Hinton", null),
                        // Yann LeCun born 1990-07-08 here, 1960-07-08 there
                        tuple(Rule.REFERENCE_REGISTRY_DIFFERS, "yann-lecun", "1960-07-08", null),
                        // the zip-code paper supports 1989 in the dataset, cited here for the date of a 1960 milestone
                        tuple(Rule.REFERENCE_SOURCE_DATE, "adaline", "1989", "lecun-1989-zip-code"));
        assertThat(report.findings(Rule.REFERENCE_REGISTRY_DIFFERS)).filteredOn(f -> f.recordId().equals("geoffery-hinton"))
                .singleElement().satisfies(f -> assertThat(f.fix().description())
                        .isEqualTo("write \"Geoffrey Hinton\" (id geoffrey-hinton)"));
        assertThat(Validator.create(ValidationConfig.defaults(), RuleFixturesTest.CLOCK).validate(fixture()).findings())
                .as("only with a reference").noneMatch(f -> f.rule().id().startsWith("reference.")
                        && f.rule() != Rule.REFERENCE_UNRESOLVED);
    }

    @Test
    void exactFixesAreEditsOfTheValueWhereTheFindingIs() throws URISyntaxException {
        Report report = Validator.create(ValidationConfig.defaults(), RuleFixturesTest.CLOCK).validate(fixture());
        String file = fixture().toString();

        Finding unresolved = report.findings(Rule.REFERENCE_UNRESOLVED).stream()
                .filter(f -> f.recordId().equals("cnn-1989")).findFirst().orElseThrow();
        assertThat(unresolved.fix().edit()).isEqualTo(new Fix.Edit(new Location(file, 22, 20,
                "/milestones/1/contributors/people/0"), "\"yan-lecun\"", "\"yann-lecun\""));
        assertThat(unresolved.expected()).isEqualTo("yann-lecun");
        assertThat(report.findings(Rule.READ_INVALID_VALUE).get(0).fix().edit()).isEqualTo(new Fix.Edit(
                new Location(file, 32, 15, "/milestones/2/date"), "\"July 1960\"", "\"1960-07\""));
        assertThat(report.findings(Rule.READ_UNKNOWN_FIELD).get(0).fix().edit()).isEqualTo(new Fix.Edit(
                new Location(file, 35, 7, "/milestones/2/contributers"), "\"contributers\"", "\"contributors\""));
        // Moving an id to another list, adding a translation: known in words only.
        assertThat(report.findings(Rule.NAME_MISSING_TRANSLATION)).allSatisfy(f -> assertThat(f.fix().edit()).isNull());
    }
}
