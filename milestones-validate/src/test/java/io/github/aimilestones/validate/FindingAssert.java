package io.github.aimilestones.validate;

import io.github.aimilestones.data.Location;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one finding: its place, severity and record, and where a test means to pin it, its wording. */
final class FindingAssert extends AbstractAssert<FindingAssert, Finding> {

    FindingAssert(Finding actual) {
        super(actual, FindingAssert.class);
    }

    FindingAssert withSeverity(Severity severity) {
        return check("severity", severity, actual.severity());
    }

    FindingAssert inFile(String file) {
        return check("file", file, location().file());
    }

    FindingAssert atLine(int line) {
        return check("line", line, location().line());
    }

    FindingAssert atColumn(int column) {
        return check("column", column, location().column());
    }

    FindingAssert atPointer(String pointer) {
        return check("pointer", pointer, location().pointer());
    }

    /** The record concerned; null for a finding on a whole file. */
    FindingAssert onRecord(String recordId) {
        return check("record", recordId, actual.recordId());
    }

    FindingAssert withMessage(String message) {
        return check("message", message, actual.message());
    }

    private Location location() {
        isNotNull();
        if (actual.location() == null) {
            failWithMessage("Expected %s to have a location", actual);
        }
        return actual.location();
    }

    private FindingAssert check(String what, Object expected, Object found) {
        isNotNull();
        if (!Objects.equals(expected, found)) {
            failWithMessage("Expected the %s of%n  %s%nto be%n  %s%nbut was%n  %s", what, actual, expected, found);
        }
        return this;
    }
}
