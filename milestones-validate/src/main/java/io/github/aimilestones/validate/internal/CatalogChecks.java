package io.github.aimilestones.validate.internal;

import io.github.aimilestones.data.Location;
import io.github.aimilestones.data.RecordKind;
import io.github.aimilestones.data.SourceMap;
import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.Suppression;
import io.github.aimilestones.validate.Finding;
import io.github.aimilestones.validate.Rule;
import io.github.aimilestones.validate.ValidationConfig;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Every check of a catalog, with suppressions applied and findings located. Internal: use the Validator. */
public final class CatalogChecks {

    /**
     * The heap the checks need per milestone to run side by side, their working sets beside the catalog's; with
     * less, the checks that index the catalog run one after another: a million milestones then fit in 2 GB
     * (docs/performance.md).
     */
    static final long SIDE_BY_SIDE_BYTES_PER_MILESTONE = 6 << 10;

    private CatalogChecks() {
    }

    /** A check, and whether it builds indexes of the catalog (maps by id, blocks of names) as it runs. */
    private record Check(Consumer<Context> body, boolean indexes) {
    }

    /** Starts, in the background, what the checks need to build once (Hibernate Validator's bootstrap). */
    public static void prepare() {
        ConstraintCheck.prepare();
    }

    /**
     * Runs every check of a catalog.
     *
     * @param catalog the catalog
     * @param sourceMap where its records are in their files
     * @param today the current date, from the validator's clock
     * @param config which rules run, at which severity
     * @return the findings that are not suppressed, located
     */
    public static List<Finding> run(Catalog catalog, SourceMap sourceMap, LocalDate today, ValidationConfig config) {
        return run(catalog, sourceMap, today, config, null);
    }

    /**
     * Runs every check of a catalog, and compares it with a reference catalog if one is given.
     *
     * @param catalog the catalog
     * @param sourceMap where its records are in their files
     * @param today the current date, from the validator's clock
     * @param config which rules run, at which severity
     * @param reference the catalog to compare with, or null
     * @return the findings that are not suppressed, located
     */
    public static List<Finding> run(Catalog catalog, SourceMap sourceMap, LocalDate today, ValidationConfig config,
            @Nullable Catalog reference) {
        return run(catalog, sourceMap, today, config, reference, catalog.milestones().size()
                * SIDE_BY_SIDE_BYTES_PER_MILESTONE <= Runtime.getRuntime().maxMemory());
    }

    /** {@link #run(Catalog, SourceMap, LocalDate, ValidationConfig, Catalog)}, every check side by side or not. */
    static List<Finding> run(Catalog catalog, SourceMap sourceMap, LocalDate today, ValidationConfig config,
            @Nullable Catalog reference, boolean sideBySide) {
        // The checks are independent: they run side by side, and their findings are taken in this order. In a catalog
        // too large for the heap to hold their working sets at once, the checks that index the catalog (by id, by
        // name) run one after another, beside those that keep nothing but their findings.
        List<Check> checks = new ArrayList<>(List.of(new Check(ConstraintCheck::runMilestones, false),
                new Check(ConstraintCheck::runOthers, false), new Check(DateCheck::run, true),
                new Check(NameCheck::run, true), new Check(CitationCheck::run, true), new Check(GraphCheck::run, true),
                new Check(UnicodeCheck::run, false)));
        if (reference != null) {
            checks.add(new Check(context -> ReferenceCheck.run(context, reference), true));
        }
        List<Context> contexts = checks.stream().map(check -> new Context(catalog, today, config)).toList();
        if (sideBySide) {
            IntStream.range(0, checks.size()).parallel().forEach(i -> checks.get(i).body().accept(contexts.get(i)));
        } else {
            Stream.of(true, false).parallel().forEach(indexes -> IntStream.range(0, checks.size())
                    .filter(i -> checks.get(i).indexes() == indexes)
                    .forEach(i -> checks.get(i).body().accept(contexts.get(i))));
        }

        List<FindingSink.Reported<SourceMap.Field>> kept = new ArrayList<>();
        Set<String> usedSuppressions = new HashSet<>();
        for (Context context : contexts) {
            for (FindingSink.Reported<SourceMap.Field> finding : context.sink().reported()) {
                if (suppressed(catalog, finding)) {
                    usedSuppressions.add(finding.at().id() + "\u0000" + finding.rule().id());
                } else {
                    kept.add(finding);
                }
            }
        }
        kept.addAll(suppressionFindings(catalog, usedSuppressions, config));
        // Located all at once: each file is read again once, however many findings it has.
        Map<SourceMap.Field, Location> locations = sourceMap.fields(kept.stream().map(FindingSink.Reported::at).toList());
        return kept.stream().map(f -> {
            Location at = locations.get(f.at());
            return new Finding(f.rule(), f.severity(), f.message(), at, f.at().id(),
                    f.extra().fix(config.language(), at, f.at().path()), f.extra().expected(), f.extra().evidence());
        }).toList();
    }

    /** Whether the milestone the finding is on suppresses its rule. */
    private static boolean suppressed(Catalog catalog, FindingSink.Reported<SourceMap.Field> finding) {
        return finding.at().kind() == RecordKind.MILESTONE && catalog.milestone(finding.at().id())
                .filter(m -> m.suppressions().stream().anyMatch(s -> s.rule().equals(finding.rule().id())))
                .isPresent();
    }

    /** Suppressions must name a rule, and should silence something. */
    private static List<FindingSink.Reported<SourceMap.Field>> suppressionFindings(Catalog catalog, Set<String> used,
            ValidationConfig config) {
        FindingSink<SourceMap.Field> sink = new FindingSink<>(config);
        for (Milestone m : catalog.milestones()) {
            for (int i = 0; i < m.suppressions().size(); i++) {
                Suppression suppression = m.suppressions().get(i);
                SourceMap.Field field = new SourceMap.Field(RecordKind.MILESTONE, m.id(), "/suppressions/" + i + "/rule");
                if (Rule.byId(suppression.rule()).isEmpty()) {
                    sink.report(Rule.SUPPRESSION_UNKNOWN_RULE, field, "no rule has the id \"" + suppression.rule()
                            + "\": see docs/validation.md for the rule ids",
                            "没有 id 为 \"" + suppression.rule() + "\" 的规则：规则 id 见 docs/validation.md");
                } else if (!used.contains(m.id() + "\u0000" + suppression.rule())) {
                    sink.report(Rule.SUPPRESSION_UNUSED, field, "the suppression of " + suppression.rule()
                            + " silences nothing: remove it",
                            "对 " + suppression.rule() + " 的 suppression 没有屏蔽任何发现：请删除它");
                }
            }
        }
        return sink.reported();
    }
}
