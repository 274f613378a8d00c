package io.github.aimilestones.validate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every finding of one validation, in a deterministic order (file, line, column, rule), and a summary.
 *
 * <pre>{@code
 * Report report = Validator.create().validate(Milestones.read());
 * if (report.hasAtLeast(Severity.ERROR)) {
 *     report.findings().forEach(System.err::println);
 * }
 * }</pre>
 *
 * @param findings every finding, sorted by {@link Finding#REPORT_ORDER}
 * @param recordsChecked how many records (milestones, people, organizations, sources) were checked
 */
public record Report(List<Finding> findings, int recordsChecked) {

    /**
     * Sorts and copies the findings.
     *
     * @param findings every finding, sorted by {@link Finding#REPORT_ORDER}
     * @param recordsChecked how many records (milestones, people, organizations, sources) were checked
     */
    public Report {
        findings = findings.stream().sorted(Finding.REPORT_ORDER).toList();
    }

    /**
     * Whether a finding at or above the threshold exists.
     *
     * @param threshold the lowest severity that counts
     * @return true if the gate with this threshold fails
     */
    public boolean hasAtLeast(Severity threshold) {
        Objects.requireNonNull(threshold, "threshold");
        return findings.stream().anyMatch(f -> f.severity().compareTo(threshold) >= 0);
    }

    /**
     * The number of findings of each severity.
     *
     * @return a count for every severity, zero included
     */
    public Map<Severity, Integer> counts() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0);
        }
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts;
    }

    /**
     * The findings of one rule.
     *
     * @param rule a rule
     * @return those findings, in report order
     */
    public List<Finding> findings(Rule rule) {
        Objects.requireNonNull(rule, "rule");
        return findings.stream().filter(f -> f.rule() == rule).toList();
    }

    /**
     * A one-line summary.
     *
     * @return e.g. {@code 120 records checked: 0 errors, 2 warnings, 5 infos}
     */
    public String summary() {
        Map<Severity, Integer> counts = counts();
        return recordsChecked + " records checked: " + plural(counts.get(Severity.ERROR), "error") + ", "
                + plural(counts.get(Severity.WARNING), "warning") + ", " + plural(counts.get(Severity.INFO), "info");
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
