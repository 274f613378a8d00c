package org.example.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.aimilestones.validate.Finding;
import io.github.aimilestones.validate.Report;
import io.github.aimilestones.validate.Rule;
import io.github.aimilestones.validate.Severity;
import io.github.aimilestones.validate.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** This project's own milestones, in the catalog format, kept honest by the validator. */
final class MyMilestonesTest {

    private static final Path MY_MILESTONES = Path.of("src", "test", "resources", "my-milestones.json");

    @Test
    void myMilestones_haveNoFinding() {
        Report report = Validator.create().validate(MY_MILESTONES);

        assertTrue(report.findings().isEmpty(), () -> "findings:\n" + report.findings());
        assertFalse(report.hasAtLeast(Severity.ERROR));
        assertEquals("11 records checked: 0 errors, 0 warnings, 0 infos", report.summary());
    }

    @Test
    void aBrokenReference_isFoundWithItsLine(@TempDir Path dir) throws IOException {
        String json = Files.readString(MY_MILESTONES, StandardCharsets.UTF_8)
                .replace("\"people\": [\"tianqi-chen\",", "\"people\": [\"tianqi-chn\",");
        Path broken = Files.writeString(dir.resolve("broken.json"), json, StandardCharsets.UTF_8);

        Report report = Validator.create().validate(broken);

        assertTrue(report.hasAtLeast(Severity.ERROR));
        List<Finding> unresolved = report.findings(Rule.REFERENCE_UNRESOLVED);
        assertEquals(1, unresolved.size(), report.findings()::toString);
        Finding finding = unresolved.get(0);
        assertEquals("xgboost", finding.recordId());
        assertEquals(broken.toString(), finding.location().file());
        assertEquals(40, finding.location().line());
    }
}
