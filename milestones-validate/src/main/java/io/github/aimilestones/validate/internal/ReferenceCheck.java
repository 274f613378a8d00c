package io.github.aimilestones.validate.internal;

import io.github.aimilestones.data.RecordKind;
import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Citation;
import io.github.aimilestones.model.Claim;
import io.github.aimilestones.model.LocalizedText;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.Organization;
import io.github.aimilestones.model.PartialDate;
import io.github.aimilestones.model.Person;
import io.github.aimilestones.validate.Rule;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.jspecify.annotations.Nullable;

/**
 * An author's catalog against a reference catalog (the embedded dataset, or another): the same milestone (by id, or
 * by name) with another date, the same person or organization spelled or dated otherwise, a source cited for a date
 * that the reference cites it for another.
 */
final class ReferenceCheck {

    private final Context context;
    private final Catalog reference;
    /** The reference's milestones by their names and aliases, lower-cased. */
    private final Map<String, Milestone> byName = new HashMap<>();

    private ReferenceCheck(Context context, Catalog reference) {
        this.context = context;
        this.reference = reference;
        for (Milestone m : reference.milestones()) {
            Stream.concat(Stream.of(m.name().en(), m.name().zh()), m.aliases().stream()).filter(Objects::nonNull)
                    .forEach(name -> byName.putIfAbsent(name.toLowerCase(Locale.ROOT), m));
        }
    }

    /**
     * Compares the context's catalog with a reference.
     *
     * @param context the context to report to
     * @param reference the reference catalog
     */
    static void run(Context context, Catalog reference) {
        ReferenceCheck check = new ReferenceCheck(context, reference);
        context.catalog().milestones().forEach(check::milestone);
        context.catalog().people().forEach(p -> check.registry(RecordKind.PERSON, p.id(), p.name(), p.born(), p.died(),
                "born", "died", check.referencePeople()));
        context.catalog().organizations().forEach(o -> check.registry(RecordKind.ORGANIZATION, o.id(), o.name(),
                o.founded(), o.dissolved(), "founded", "dissolved", check.referenceOrganizations()));
    }

    private void milestone(Milestone mine) {
        Optional<Milestone> same = reference.milestone(mine.id())
                .or(() -> Optional.ofNullable(byName.get(mine.name().en().toLowerCase(Locale.ROOT))));
        if (same.isPresent() && context.isOn(Rule.REFERENCE_DATE_DIFFERS) && !overlaps(mine, same.get())) {
            Milestone theirs = same.get();
            String evidence = dateSource(theirs);
            context.report(Rule.REFERENCE_DATE_DIFFERS, RecordKind.MILESTONE, mine.id(), "/date",
                    "date " + mine.date() + " differs from the reference's " + theirs.date() + " for " + theirs.id()
                            + (evidence == null ? "" : " (settled by " + evidence + ")")
                            + ": use the reference's date, or cite the source that shows it wrong",
                    "日期 " + mine.date() + " 与参考数据中 " + theirs.id() + " 的日期 " + theirs.date() + " 不一致"
                            + (evidence == null ? "" : "（依据 " + evidence + "）") + "：请采用参考数据的日期，或引用证明其有误的来源",
                    FindingSink.Extra.fix("write the reference's date \"" + theirs.date() + "\"",
                            "改为参考数据的日期 \"" + theirs.date() + "\"")
                            .expected(theirs.date().toString()).evidence(evidence));
        }
        if (!context.isOn(Rule.REFERENCE_SOURCE_DATE)) {
            return;
        }
        for (int i = 0; i < mine.citations().size(); i++) {
            Citation citation = mine.citations().get(i);
            if (!citation.supports(Claim.DATE)) {
                continue;
            }
            List<Milestone> cited = reference.milestones().stream().filter(m -> m.citations().stream()
                    .anyMatch(c -> c.source().equals(citation.source()) && c.supports(Claim.DATE))).toList();
            if (!cited.isEmpty() && cited.stream().noneMatch(m -> m.date().overlaps(mine.date())
                    || m.eventsAt(mine.date()).stream().anyMatch(e -> e.source().equals(citation.source())))) {
                Milestone theirs = cited.get(0);
                context.report(Rule.REFERENCE_SOURCE_DATE, RecordKind.MILESTONE, mine.id(), "/citations/" + i + "/source",
                        citation.source() + " is cited for the date " + mine.date() + ", but the reference cites it for "
                                + theirs.date() + " (" + theirs.id() + "): check the date, or the source",
                        citation.source() + " 被引用来支持日期 " + mine.date() + "，但参考数据用它支持 " + theirs.date()
                                + "（" + theirs.id() + "）：请核对日期或来源",
                        FindingSink.Extra.NONE.expected(theirs.date().toString()).evidence(citation.source()));
            }
        }
    }

    /** A person or an organization: the same id spelled or dated otherwise, or a near name under another id. */
    private void registry(RecordKind kind, String id, LocalizedText name, @Nullable PartialDate start,
            @Nullable PartialDate end, String startField, String endField, Map<String, Entry> theirs) {
        if (!context.isOn(Rule.REFERENCE_REGISTRY_DIFFERS)) {
            return;
        }
        Entry same = theirs.get(id);
        if (same == null) {
            near(name, theirs).ifPresent(entry -> context.report(Rule.REFERENCE_REGISTRY_DIFFERS, kind, id,
                    "/name/en", "\"" + name.en() + "\" is spelled \"" + entry.name().en() + "\" in the reference ("
                            + entry.id() + "): use its spelling and id, or add \"" + name.en() + "\" to the aliases",
                    "\"" + name.en() + "\" 在参考数据中写作 \"" + entry.name().en() + "\"（" + entry.id()
                            + "）：请采用其拼写和 id，或把 \"" + name.en() + "\" 列为别名",
                    FindingSink.Extra.fix("write \"" + entry.name().en() + "\" (id " + entry.id() + ")",
                            "改为 \"" + entry.name().en() + "\"（id " + entry.id() + "）").expected(entry.name().en())));
            return;
        }
        if (!same.names().contains(name.en().toLowerCase(Locale.ROOT))) {
            context.report(Rule.REFERENCE_REGISTRY_DIFFERS, kind, id, "/name/en",
                    "\"" + name.en() + "\" is \"" + same.name().en() + "\" in the reference: use its spelling, or add"
                            + " this one to the aliases",
                    "\"" + name.en() + "\" 在参考数据中为 \"" + same.name().en() + "\"：请采用其拼写，或把此拼写列为别名",
                    FindingSink.Extra.fix("write \"" + same.name().en() + "\"", "改为 \"" + same.name().en() + "\"")
                            .expected(same.name().en()));
        }
        dates(kind, id, startField, start, same.start());
        dates(kind, id, endField, end, same.end());
    }

    private void dates(RecordKind kind, String id, String field, @Nullable PartialDate mine, @Nullable PartialDate theirs) {
        if (mine != null && theirs != null && !mine.overlaps(theirs)) {
            context.report(Rule.REFERENCE_REGISTRY_DIFFERS, kind, id, "/" + field,
                    field + " " + mine + " differs from the reference's " + theirs + ": use the reference's date, or cite"
                            + " the source that shows it wrong",
                    field + " " + mine + " 与参考数据的 " + theirs + " 不一致：请采用参考数据的日期，或引用证明其有误的来源",
                    FindingSink.Extra.fix("write \"" + theirs + "\"", "改为 \"" + theirs + "\"").expected(theirs.toString()));
        }
    }

    /** A reference entry whose name is one or two letters from this one's: a misspelling, at most a sixth differs. */
    private static Optional<Entry> near(LocalizedText name, Map<String, Entry> theirs) {
        String mine = name.en().toLowerCase(Locale.ROOT);
        LevenshteinDistance distance = new LevenshteinDistance(Math.max(1, mine.length() / 6));
        return theirs.values().stream()
                .filter(entry -> !entry.names().contains(mine))
                .filter(entry -> distance.apply(entry.name().en().toLowerCase(Locale.ROOT), mine) > 0)
                .findFirst();
    }

    private static boolean overlaps(Milestone mine, Milestone theirs) {
        return mine.date().overlaps(theirs.date());
    }

    /** The reference's source for a milestone's date: the document of the event that dates it, or its first citation for the date. */
    private static @Nullable String dateSource(Milestone m) {
        return m.events().stream().filter(e -> e.date().equals(m.date())).map(e -> e.source()).findFirst()
                .orElseGet(() -> m.citations().stream().filter(c -> c.supports(Claim.DATE)).map(Citation::source)
                        .findFirst().orElse(null));
    }

    /** A person or organization of the reference: its names (lower-cased, aliases included) and dates. */
    private record Entry(String id, LocalizedText name, List<String> names, @Nullable PartialDate start,
            @Nullable PartialDate end) {
    }

    private @Nullable Map<String, Entry> people;
    private @Nullable Map<String, Entry> organizations;

    private Map<String, Entry> referencePeople() {
        if (people == null) {
            people = new java.util.LinkedHashMap<>();
            for (Person p : reference.people()) {
                people.put(p.id(), new Entry(p.id(), p.name(), names(p.name(), p.aliases()), p.born(), p.died()));
            }
        }
        return people;
    }

    private Map<String, Entry> referenceOrganizations() {
        if (organizations == null) {
            organizations = new java.util.LinkedHashMap<>();
            for (Organization o : reference.organizations()) {
                organizations.put(o.id(), new Entry(o.id(), o.name(), names(o.name(), o.aliases()), o.founded(),
                        o.dissolved()));
            }
        }
        return organizations;
    }

    private static List<String> names(LocalizedText name, List<String> aliases) {
        return Stream.concat(Stream.of(name.en(), name.zh()), aliases.stream()).filter(Objects::nonNull)
                .map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }
}
