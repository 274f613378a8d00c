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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
    /** Every name of the reference, and every claim it corrects that is not a date, for running text. */
    private final NameAutomaton<Named> names;
    /** The milestones whose names extend a milestone's name: "AlphaGo versus Lee Sedol" for AlphaGo. */
    private final Extensions extensions;
    /** The organization each name key belongs to. */
    private final Map<String, Organization> organizationByKey = new HashMap<>();
    /** {@link #dateEvidence} by milestone id, as found: a timeline with many wrong dates quotes the same ones. */
    private final Map<String, String> dateEvidence = new java.util.concurrent.ConcurrentHashMap<>();

    private TimelineReference(Catalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "reference");
        this.milestones = new MilestoneMatcher(catalog);
        for (Person p : catalog.people()) {
            Names.allNames(p.name(), p.aliases()).forEach(n -> registryNameByKey.putIfAbsent(Names.key(n), p.name().en()));
        }
        for (Organization o : catalog.organizations()) {
            Names.allNames(o.name(), o.aliases()).forEach(n -> registryNameByKey.putIfAbsent(Names.key(n), o.name().en()));
            Names.allNames(o.name(), o.aliases()).forEach(n -> organizationByKey.putIfAbsent(Names.key(n), o));
        }
        this.names = Named.automaton(catalog);
        this.extensions = Extensions.of(catalog);
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
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        TimelineRun run = new TimelineRun(this, file, config);
        Timeline tables = TimelineRows.read(file, content, run::check);
        int checked;
        if (tables.rows() > 0) {
            checked = tables.rows();
        } else if (tables.problem() != null && (tables.tables() && !hasText(content) || isCsv(file))) {
            run.unreadable(tables.problem().english(), tables.problem().chinese());
            return run.report(0);
        } else {
            checked = new ProseRun(this, run, ProseText.read(content)).check();
            if (checked == 0) {
                run.unreadable("no Markdown table with a name column, no line that starts with a year (such as \"- 2012: AlexNet\")"
                        + " and no sentence that names a milestone of the reference",
                        "没有带名称列的 Markdown 表格，没有以年份开头的行（如“- 2012: AlexNet”），也没有提到参考数据集中任何里程碑的句子");
                return run.report(0);
            }
        }
        if (reportMissing) {
            run.missing();
        }
        return run.report(checked);
    }

    private static boolean isCsv(String file) {
        String lower = file.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".csv") || lower.endsWith(".tsv");
    }

    /** Whether a document has lines other than tables, which may be read as running text. */
    private static boolean hasText(String content) {
        return content.lines().anyMatch(line -> !line.isBlank() && line.indexOf('|') < 0);
    }

    /**
     * The report of a file that cannot be read as a timeline.
     *
     * @param file the file's name
     * @param english why it cannot be read
     * @param chinese the same in Chinese
     * @param config which rules run, at which severity
     * @return a report with that one finding, unless its rule is off
     */
    public Report unreadable(String file, String english, String chinese, ValidationConfig config) {
        TimelineRun run = new TimelineRun(this, file, config);
        run.unreadable(english, chinese);
        return run.report(0);
    }

    Catalog catalog() {
        return catalog;
    }

    NameAutomaton<Named> names() {
        return names;
    }

    /** Whether other milestones' names extend m's, so that the context may choose one of them. */
    boolean isExtended(Milestone m) {
        return !extensions.of(m).isEmpty();
    }

    /** Where a mention names m: the wider milestone its context means, if any ({@link Extensions#inContext}). */
    Milestone inContext(Milestone m, Extensions.Surroundings around) {
        return extensions.inContext(m, around);
    }

    /** The organization a name key belongs to, if any. */
    Optional<Organization> organization(String key) {
        return Optional.ofNullable(organizationByKey.get(key));
    }

    /**
     * Whether crediting an organization for a milestone is right at a date: it is credited, or it is the name that a
     * credited organization bore after (before) that date. "Google DeepMind" (formed 2023-04) for a milestone of 2016
     * means its predecessor DeepMind; "DeepMind" after 2023-04 means its successor Google DeepMind.
     *
     * @param when the date the text gives, or the milestone's date
     */
    boolean credits(Milestone m, Organization o, PartialDate when) {
        List<String> credited = m.contributors().organizations();
        if (credited.contains(o.id())) {
            return true;
        }
        boolean notYetFormed = o.founded() != null && when.isBefore(o.founded());
        boolean alreadyContinued = o.dissolved() != null && !when.isBefore(o.dissolved());
        return notYetFormed && o.predecessors().stream().anyMatch(credited::contains)
                || alreadyContinued && o.successors().stream().anyMatch(credited::contains);
    }

    MilestoneMatcher matcher() {
        return milestones;
    }

    /**
     * The milestones a row's name means; failing its whole name, the first milestone its words name. One milestone
     * found is read in the row's context, as a sentence is: "| 2016 | AlphaGo defeated Lee Sedol |" is the match.
     */
    MilestoneMatcher.Match match(Row row, Optional<PartialDate> date) {
        MilestoneMatcher.Match match = milestones.match(row, date);
        if (match.candidates().isEmpty()) {
            for (NameAutomaton.Hit<Named> hit : names.find(FoldedText.of(row.name().text()))) {
                List<Milestone> named = hit.values().stream().filter(n -> n.type() == Named.Type.MILESTONE)
                        .map(n -> catalog.milestone(n.id())).flatMap(Optional::stream).toList();
                if (!named.isEmpty()) {
                    List<Milestone> dated = date.isEmpty() ? named : named.stream().filter(m -> ClaimCheck.agrees(m, date.get())).toList();
                    match = new MilestoneMatcher.Match(dated.isEmpty() ? named : dated, null);
                    break;
                }
                Set<String> qualified = hit.values().stream().filter(n -> n.type() == Named.Type.DATED_MILESTONE)
                        .map(Named::id).collect(Collectors.toCollection(LinkedHashSet::new));
                if (!qualified.isEmpty()) {  // "首届图灵奖": a Turing award, the 2018 one only in a row of its date
                    match = milestones.dated(qualified, date);
                    break;
                }
            }
        }
        if (match.candidates().size() != 1 || match.needsDate()) {
            return match;
        }
        Milestone m = match.candidates().get(0);
        if (!isExtended(m)) {
            return match;
        }
        List<Named> named = names.find(FoldedText.of(row.text())).stream().flatMap(h -> h.values().stream()).toList();
        Milestone meant = inContext(m, Extensions.Surroundings.of(named, date.stream().toList(), row.text()));
        return meant == m ? match : new MilestoneMatcher.Match(List.of(meant), null);
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
        return dateEvidence.computeIfAbsent(m.id(), id -> findDateEvidence(m));
    }

    private String findDateEvidence(Milestone m) {
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

    /** The Chinese form of an {@link #evidence} text: "（来源：title, arXiv:id）". */
    static String zh(String evidence) {
        return evidence.isEmpty() ? "" : "（来源：" + evidence.substring(" (source: ".length(), evidence.length() - 1) + "）";
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
