package io.github.aimilestones.validate;

import io.github.aimilestones.data.CatalogReader;
import io.github.aimilestones.data.ReadProblem;
import io.github.aimilestones.data.ReadResult;
import io.github.aimilestones.data.SourceMap;
import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.validate.internal.CatalogChecks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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
        CatalogChecks.prepare();  // while the caller reads the catalog
    }

    /**
     * Starts building, on the common fork-join pool, what validating needs once (Hibernate Validator's bootstrap:
     * a few hundred milliseconds in a fresh JVM), for a tool that validates soon after it starts and has other work
     * to do first. Optional: creating a validator starts it too, and a validation that comes first builds it itself,
     * or waits for it.
     */
    public static void prepare() {
        CatalogChecks.prepare();
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
        return check(read, null);
    }

    /**
     * Validates what a reader read, and compares it with a reference catalog: a milestone of the reference (same id
     * or name) with another date, a person or organization spelled or dated otherwise, a source cited for a date
     * the reference cites it for another ({@code reference.*} rules).
     *
     * @param read the result of {@link CatalogReader#read}
     * @param reference the catalog to compare with, such as {@code Milestones.catalog()}
     * @return every reading problem and finding, with file, line and column
     */
    public Report validate(ReadResult read, Catalog reference) {
        return check(read, Objects.requireNonNull(reference, "reference"));
    }

    private Report check(ReadResult read, @Nullable Catalog reference) {
        List<Finding> findings = new ArrayList<>();
        for (ReadProblem problem : read.problems()) {
            Rule rule = Rule.of(problem.kind());
            config.severityOf(rule).ifPresent(severity ->
                    findings.add(new Finding(rule, severity, config.language().pick(problem.message(),
                            problem.chineseMessage()), problem.location(), null, problem.fix(), null, null)));
        }
        findings.addAll(CatalogChecks.run(read.catalog(), read.sourceMap(), LocalDate.now(clock), config,
                reference));
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
}
