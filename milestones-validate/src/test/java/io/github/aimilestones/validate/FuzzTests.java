package io.github.aimilestones.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.aimilestones.data.CatalogReader;
import io.github.aimilestones.data.CatalogWriter;
import io.github.aimilestones.data.Milestones;
import io.github.aimilestones.data.ReadResult;
import io.github.aimilestones.model.Catalog;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz tests (Jazzer). In {@code mvn verify} they run as regression tests over the inputs in
 * {@code FuzzTestsInputs/}; {@code JAZZER_FUZZ=1 mvn -pl milestones-validate test -Dtest=FuzzTests#readAndValidate}
 * fuzzes for real (see docs/validation.md).
 */
final class FuzzTests {

    private static final Validator VALIDATOR = Validator.create();
    private static final TimelineCheck CHECK = TimelineCheck.against(Milestones.catalog());

    /** Any bytes: reading and validating never throws, and what reads cleanly writes back to an equal catalog. */
    @FuzzTest(maxDuration = "2m")
    void readAndValidate(byte[] data) {
        ReadResult read = CatalogReader.create().read("fuzz.json", new ByteArrayInputStream(data));
        Report report = VALIDATOR.validate(read);

        assertThat(report.findings().size()).isGreaterThanOrEqualTo(read.problems().size());
        if (read.isClean()) {
            String json = CatalogWriter.create().toJson(read.catalog());
            Catalog back = CatalogReader.create()
                    .read("back.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).orThrow();
            assertThat(back).isEqualTo(read.catalog());
        }
    }

    /** Any text, as Markdown, CSV or a list: the timeline check never throws and locates every finding. */
    @FuzzTest(maxDuration = "2m")
    void checkTimeline(FuzzedDataProvider data) {
        String name = data.pickValue(new String[] {"t.md", "t.csv", "t.txt"});
        String text = data.consumeRemainingAsString();

        Report report = CHECK.check(name, text);

        assertThat(report.findings()).allMatch(f -> f.location() != null && f.location().file().equals(name));
    }
}
