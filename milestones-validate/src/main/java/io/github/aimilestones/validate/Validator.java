package io.github.aimilestones.validate;

import io.github.aimilestones.data.CatalogReader;
import io.github.aimilestones.data.Location;
import io.github.aimilestones.data.ReadProblem;
import io.github.aimilestones.data.ReadResult;
import io.github.aimilestones.data.RecordKind;
import io.github.aimilestones.data.SourceMap;
import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.Suppression;
import io.github.aimilestones.validate.internal.CitationCheck;
import io.github.aimilestones.validate.internal.ConstraintCheck;
import io.github.aimilestones.validate.internal.Context;
import io.github.aimilestones.validate.internal.DateCheck;
import io.github.aimilestones.validate.internal.GraphCheck;
import io.github.aimilestones.validate.internal.NameCheck;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Validates catalogs: reading problems, the model's constraints, and cross-checks of dates, names and
 * citations within and across records (see {@link Rule} for every rule).
 *
 * <pre>{@code
 * Report report = Validator.create().validate(Path.of("registry.json"), Path.of("milestones.json"));
 * assertThat(report.findings()).isEmpty();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; build one and reuse it.
 */
public final class Validator {

    private final ValidationConfig config;
    private final Clock clock;

    private Validator(ValidationConfig config, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A validator with the default configuration and the system clock.
     *
     * @return the validator
     */
    public static Validator create() {
        return new Validator(ValidationConfig.defaults(), Clock.systemDefaultZone());
    }

    /**
     * A validator with the given configuration and clock (the clock decides what "in the future" means).
     *
     * @param config which rules run, at which severity
     * @param clock the clock
     * @return the validator
     */
    public static Validator create(ValidationConfig config, Clock clock) {
        return new Validator(config, clock);
    }

    /**
     * Reads and validates files in the catalog format, merged into one catalog.
     *
     * @param files the files
     * @return every reading problem and finding, with file, line and column
     */
    public Report validate(Path... files) {
        return validate(CatalogReader.create().read(files));
    }

    /**
     * Validates what a reader read, with its problems and positions.
     *
     * @param read the result of {@link CatalogReader#read}
     * @return every reading problem and finding, with file, line and column
     */
    public Report validate(ReadResult read) {
        List<Finding> findings = new ArrayList<>();
        for (ReadProblem problem : read.problems()) {
            Rule rule = Rule.of(problem.kind());
            config.severityOf(rule).ifPresent(severity ->
                    findings.add(new Finding(rule.id(), severity, problem.message(), problem.location(), null)));
        }
        findings.addAll(check(read.catalog(), read.sourceMap()));
        Catalog catalog = read.catalog();
        int records = catalog.milestones().size() + catalog.people().size() + catalog.organizations().size()
                + catalog.sources().size();
        return new Report(findings, records);
    }

    /**
     * Validates a catalog built in code; findings have record ids but no locations.
     *
     * @param catalog the catalog
     * @return every finding
     */
    public Report validate(Catalog catalog) {
        return validate(new ReadResult(catalog, SourceMap.empty(), List.of()));
    }

    private List<Finding> check(Catalog catalog, SourceMap sourceMap) {
        // The checks are independent: they run side by side, and their findings are taken in this order.
        List<Consumer<Context>> checks = List.of(ConstraintCheck::run, DateCheck::run, NameCheck::run,
                CitationCheck::run, GraphCheck::run);
        LocalDate today = LocalDate.now(clock);
        List<Context> contexts = checks.stream().map(check -> new Context(catalog, today, config)).toList();
        IntStream.range(0, checks.size()).parallel().forEach(i -> checks.get(i).accept(contexts.get(i)));

        List<Pending> pending = new ArrayList<>();
        Set<String> usedSuppressions = new HashSet<>();
        for (Context.Raw raw : contexts.stream().flatMap(context -> context.findings().stream()).toList()) {
            Optional<Severity> severity = config.severityOf(raw.rule());
            if (severity.isEmpty()) {
                continue;
            }
            if (raw.kind() == RecordKind.MILESTONE) {
                Optional<Milestone> milestone = catalog.milestone(raw.id());
                if (milestone.isPresent() && milestone.get().suppressions().stream()
                        .anyMatch(s -> s.rule().equals(raw.rule().id()))) {
                    usedSuppressions.add(raw.id() + "\u0000" + raw.rule().id());
                    continue;
                }
            }
            pending.add(new Pending(raw.rule(), severity.get(), raw.message(),
                    new SourceMap.Field(raw.kind(), raw.id(), raw.path())));
        }
        pending.addAll(suppressionFindings(catalog, usedSuppressions));
        // Located all at once: each file is read again once, however many findings it has.
        Map<SourceMap.Field, Location> locations = sourceMap.fields(pending.stream().map(Pending::field).toList());
        return pending.stream().map(p -> new Finding(p.rule().id(), p.severity(), p.message(),
                locations.get(p.field()), p.field().id())).toList();
    }

    /** A finding before it is located. */
    private record Pending(Rule rule, Severity severity, String message, SourceMap.Field field) {
    }

    /** Suppressions must name a rule, and should silence something. */
    private List<Pending> suppressionFindings(Catalog catalog, Set<String> used) {
        List<Pending> findings = new ArrayList<>();
        for (Milestone m : catalog.milestones()) {
            for (int i = 0; i < m.suppressions().size(); i++) {
                Suppression suppression = m.suppressions().get(i);
                SourceMap.Field field = new SourceMap.Field(RecordKind.MILESTONE, m.id(), "/suppressions/" + i + "/rule");
                if (Rule.byId(suppression.rule()).isEmpty()) {
                    config.severityOf(Rule.SUPPRESSION_UNKNOWN_RULE).ifPresent(severity -> findings.add(new Pending(
                            Rule.SUPPRESSION_UNKNOWN_RULE, severity, "no rule has the id \"" + suppression.rule()
                                    + "\": see docs/rules.md for the rule ids", field)));
                } else if (!used.contains(m.id() + "\u0000" + suppression.rule())) {
                    config.severityOf(Rule.SUPPRESSION_UNUSED).ifPresent(severity -> findings.add(new Pending(
                            Rule.SUPPRESSION_UNUSED, severity, "the suppression of " + suppression.rule()
                                    + " silences nothing: remove it", field)));
                }
            }
        }
        return findings;
    }
}
