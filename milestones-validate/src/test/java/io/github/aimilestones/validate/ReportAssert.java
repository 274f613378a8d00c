package io.github.aimilestones.validate;

import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a report by the structure of its findings (rule, place, severity) rather than their wording:
 * {@code assertThat(report).hasFinding(Rule.DATE_FUTURE).atPointer("/sources/2/accessed").atLine(88)}.
 */
final class ReportAssert extends AbstractAssert<ReportAssert, Report> {

    private ReportAssert(Report actual) {
        super(actual, ReportAssert.class);
    }

    static ReportAssert assertThat(Report report) {
        return new ReportAssert(report);
    }

    /** The first finding of the rule, in report order; fails if the rule found nothing. */
    FindingAssert hasFinding(Rule rule) {
        isNotNull();
        List<Finding> findings = actual.findings(rule);
        if (findings.isEmpty()) {
            failWithMessage("Expected a finding of %s but found only %s", rule.id(), rules());
        }
        return new FindingAssert(findings.get(0));
    }

    /** No finding of the rule. */
    ReportAssert hasNoFinding(Rule rule) {
        isNotNull();
        if (!actual.findings(rule).isEmpty()) {
            failWithMessage("Expected no finding of %s but found %s", rule.id(), actual.findings(rule));
        }
        return this;
    }

    /** The rules of the findings, in report order, are exactly these. */
    ReportAssert hasRules(Rule... rules) {
        isNotNull();
        if (!rules().equals(List.of(rules))) {
            failWithMessage("Expected findings of %s but found %s", List.of(rules), rules());
        }
        return this;
    }

    private List<Rule> rules() {
        return actual.findings().stream().map(Finding::rule).toList();
    }
}
