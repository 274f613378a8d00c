package io.github.aimilestones.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The queries of a {@link Catalog} over its milestones, computed once: the milestones of each person and organization, and the milestones by every name and alias. Every list is in
 * {@linkplain Milestone#CHRONOLOGICAL chronological order} and immutable. The catalog builds it on its first query
 * only, so that reading and validating large catalogs, which never query, do not pay for it.
 */
final class MilestoneIndex {

    private final List<Milestone> chronological;
    private final Map<String, List<Milestone>> byPerson;
    private final Map<String, List<Milestone>> byOrganization;
    private final Map<String, List<Milestone>> byName;

    /** Indexes milestones already in chronological order, as the catalog keeps them. */
    MilestoneIndex(List<Milestone> chronological) {
        this.chronological = chronological;
        Map<String, List<Milestone>> people = new HashMap<>();
        Map<String, List<Milestone>> organizations = new HashMap<>();
        Map<String, List<Milestone>> names = new HashMap<>();
        for (Milestone m : chronological) {
            m.contributors().people().forEach(id -> add(people, id, m));
            m.contributors().organizations().forEach(id -> add(organizations, id, m));
            add(names, key(m.name().en()), m);
            String zh = m.name().zh();
            if (zh != null) {
                add(names, key(zh), m);
            }
            m.aliases().forEach(alias -> add(names, key(alias), m));
        }
        byPerson = freeze(people);
        byOrganization = freeze(organizations);
        byName = freeze(names);
    }

    /** The milestones whose date may fall between the two dates; {@code null} leaves that end open. */
    List<Milestone> between(@Nullable PartialDate from, @Nullable PartialDate to) {
        return chronological.stream().filter(m -> mayFallBetween(m.date(), from, to)).toList();
    }

    /**
     * Whether a date may fall in a range: it is neither certainly before {@code from} nor certainly after
     * {@code to}, so {@code 2012} falls between {@code 2012-06} and {@code 2013}.
     */
    static boolean mayFallBetween(PartialDate date, @Nullable PartialDate from, @Nullable PartialDate to) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    List<Milestone> byPerson(String id) {
        return byPerson.getOrDefault(id, List.of());
    }

    List<Milestone> byOrganization(String id) {
        return byOrganization.getOrDefault(id, List.of());
    }

    List<Milestone> named(String name) {
        return byName.getOrDefault(key(name), List.of());
    }

    /** Names match without regard to case or to spaces around them. */
    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Adds in chronological order (the milestones come in that order), each milestone once per key: every key of a
     * milestone is added before the next milestone, so a repeat can only be the last one added.
     */
    private static void add(Map<String, List<Milestone>> index, String key, Milestone m) {
        List<Milestone> list = index.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (list.isEmpty() || list.get(list.size() - 1) != m) {
            list.add(m);
        }
    }

    private static Map<String, List<Milestone>> freeze(Map<String, List<Milestone>> index) {
        Map<String, List<Milestone>> frozen = new HashMap<>(index.size() * 4 / 3 + 1);
        index.forEach((key, milestones) -> frozen.put(key, List.copyOf(milestones)));
        return Map.copyOf(frozen);
    }
}
