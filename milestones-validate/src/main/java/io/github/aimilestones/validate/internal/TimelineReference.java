package io.github.aimilestones.validate.internal;

import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Citation;
import io.github.aimilestones.model.Claim;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.Organization;
import io.github.aimilestones.model.PartialDate;
import io.github.aimilestones.model.Person;
import io.github.aimilestones.model.Source;
import io.github.aimilestones.validate.Report;
import io.github.aimilestones.validate.ValidationConfig;
import io.github.aimilestones.validate.internal.TimelineRows.Row;
import io.github.aimilestones.validate.internal.TimelineRows.Timeline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The reference catalog of the timeline check, with the indexes of its names built once and shared by every
 * timeline checked against it. Internal: use {@link io.github.aimilestones.validate.TimelineCheck}.
 */
public final class TimelineReference {

    private final Catalog catalog;
    private final MilestoneMatcher milestones;
    /** The English name of the person or organization each name key belongs to; people first. */
    private final Map<String, String> registryNameByKey = new HashMap<>();

    private TimelineReference(Catalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "reference");
        this.milestones = new MilestoneMatcher(catalog);
        for (Person p : catalog.people()) {
            Names.allNames(p.name(), p.aliases()).forEach(n -> registryNameByKey.putIfAbsent(Names.key(n), p.name().en()));
        }
        for (Organization o : catalog.organizations()) {
            Names.allNames(o.name(), o.aliases()).forEach(n -> registryNameByKey.putIfAbsent(Names.key(n), o.name().en()));
        }
    }

    /**
     * Indexes a reference catalog.
     *
     * @param catalog the reference
     * @return the reference, ready to check timelines against
     */
    public static TimelineReference of(Catalog catalog) {
        return new TimelineReference(catalog);
    }

    /**
     * Checks a timeline given as text.
     *
     * @param file the name to report locations with
     * @param text the timeline
     * @param config which rules run, at which severity
     * @param reportMissing whether to list the reference milestones of the timeline's period that it leaves out
     * @return the findings, located at the row and cell
     */
    public Report check(String file, String text, ValidationConfig config, boolean reportMissing) {
        Timeline timeline = TimelineRows.read(file, text);
        if (timeline.rows().isEmpty()) {
            return unreadable(file, Objects.requireNonNullElse(timeline.problem(), "the file holds no rows"), config);
        }
        TimelineRun run = new TimelineRun(this, file, config);
        timeline.rows().forEach(run::check);
        if (reportMissing) {
            run.missing(timeline.rows());
        }
        return run.report(timeline.rows().size());
    }

    /**
     * The report of a file that cannot be read as a timeline.
     *
     * @param file the file's name
     * @param problem why it cannot be read
     * @param config which rules run, at which severity
     * @return a report with that one finding, unless its rule is off
     */
    public Report unreadable(String file, String problem, ValidationConfig config) {
        TimelineRun run = new TimelineRun(this, file, config);
        run.unreadable(problem);
        return run.report(0);
    }

    Catalog catalog() {
        return catalog;
    }

    MilestoneMatcher.Match match(Row row, Optional<PartialDate> date) {
        return milestones.match(row, date);
    }

    String suggestions(String name) {
        return milestones.suggestions(name);
    }

    /** The English name of each key of the names of the milestone's contributors. */
    Map<String, String> contributorNames(Milestone m) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String id : m.contributors().people()) {
            catalog.person(id).ifPresent(p -> Names.allNames(p.name(), p.aliases())
                    .forEach(n -> names.put(Names.key(n), p.name().en())));
        }
        for (String id : m.contributors().organizations()) {
            catalog.organization(id).ifPresent(o -> Names.allNames(o.name(), o.aliases())
                    .forEach(n -> names.put(Names.key(n), o.name().en())));
        }
        return names;
    }

    /** The English name of the person or organization a name key belongs to, if any. */
    Optional<String> registryName(String key) {
        return Optional.ofNullable(registryNameByKey.get(key));
    }

    /** "A, B and others": whom the reference credits for a milestone. */
    String credits(Milestone m) {
        List<String> names = new ArrayList<>();
        m.contributors().people().forEach(id -> catalog.person(id).ifPresent(p -> names.add(p.name().en())));
        m.contributors().organizations().forEach(id -> catalog.organization(id).ifPresent(o -> names.add(o.name().en())));
        return names.isEmpty() ? "nobody" : String.join(", ", names) + (m.contributors().andOthers() ? " and others" : "");
    }

    /** The evidence of a milestone's date: a primary source cited for it if there is one. */
    String dateEvidence(Milestone m) {
        String source = m.citations().stream().filter(c -> c.supports(Claim.DATE)).map(Citation::source)
                .filter(id -> catalog.source(id).map(s -> s.kind().isPrimary()).orElse(false)).findFirst()
                .orElse(m.citations().stream().filter(c -> c.supports(Claim.DATE)).map(Citation::source).findFirst().orElse(null));
        return evidence(source);
    }

    /** The evidence of a milestone's contributors. */
    String contributorsEvidence(Milestone m) {
        return evidence(m.citations().stream().filter(c -> c.supports(Claim.CONTRIBUTORS)).map(Citation::source)
                .findFirst().orElse(null));
    }

    /** " (source: title, arXiv:id)" for the source that settles a finding, or "" without one. */
    String evidence(@Nullable String sourceId) {
        Optional<Source> source = sourceId == null ? Optional.empty() : catalog.source(sourceId);
        if (source.isEmpty()) {
            return "";
        }
        Source s = source.get();
        String where = s.arxiv() != null ? "arXiv:" + s.arxiv() : s.doi() != null ? "doi:" + s.doi() : s.url();
        return " (source: " + s.title() + (where == null ? "" : ", " + where) + ")";
    }
}
