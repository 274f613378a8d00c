package io.github.aimilestones.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An immutable set of milestones with the registries they refer to: people, organizations and sources.
 * The milestones are in {@linkplain Milestone#CHRONOLOGICAL chronological order}, whatever order they were
 * given in (files are written in that order too); the registries keep the order they were given in. Lookups by
 * id take constant time. References between records are not checked here (a catalog may be incomplete while it is
 * edited): the validator checks them.
 *
 * <p>{@link #milestones()} and the queries over milestones ({@link #milestonesBetween}, {@link #milestonesOfPerson},
 * {@link #milestonesOfOrganization}, {@link #milestonesNamed}) answer in {@linkplain Milestone#CHRONOLOGICAL
 * chronological order}: by the first day a milestone's date may stand for, then by its last day (so at the same
 * start the finer precision comes first: {@code 2012-01-01}, {@code 2012-01}, {@code 2012}, {@code 201X}), then by
 * the date's EDTF text, then by id. The queries' indexes are built once, on the first query.
 *
 * <pre>{@code
 * Catalog catalog = Catalog.of(milestones, people, organizations, sources);
 * catalog.milestone("alexnet").map(Milestone::date);        // Optional[2012-10]
 * catalog.milestonesBetween(PartialDate.ofYear(2017), PartialDate.ofYear(2020));
 *                                                           // ELMo (2018-02) before GPT-3 (2020-05)
 * catalog.milestonesNamed("alexnet");                       // by name or alias, any case
 * }</pre>
 */
public final class Catalog {

    private static final Catalog EMPTY = of(List.of(), List.of(), List.of(), List.of());

    private final Index<Milestone> milestones;
    private final Index<Person> people;
    private final Index<Organization> organizations;
    private final Index<Source> sources;
    private final Object queriesLock = new Object();
    private volatile @Nullable MilestoneIndex queries;

    private Catalog(List<Milestone> milestones, List<Person> people, List<Organization> organizations,
            List<Source> sources) {
        List<Milestone> chronological = new ArrayList<>(milestones);
        chronological.sort(Milestone.CHRONOLOGICAL);
        this.milestones = new Index<>(chronological, Milestone::id, "milestone");
        this.people = new Index<>(people, Person::id, "person");
        this.organizations = new Index<>(organizations, Organization::id, "organization");
        this.sources = new Index<>(sources, Source::id, "source");
    }

    /**
     * A catalog of the given records.
     *
     * @param milestones the milestones
     * @param people the people
     * @param organizations the organizations
     * @param sources the sources
     * @return the catalog
     * @throws IllegalArgumentException if two records of one kind share an id
     */
    public static Catalog of(List<Milestone> milestones, List<Person> people, List<Organization> organizations,
            List<Source> sources) {
        return new Catalog(milestones, people, organizations, sources);
    }

    /**
     * The catalog without records.
     *
     * @return the empty catalog
     */
    public static Catalog empty() {
        return EMPTY;
    }

    /**
     * This catalog followed by the records of another, as when several files make one catalog.
     *
     * @param other another catalog
     * @return the merged catalog
     * @throws IllegalArgumentException if the two have a record of one kind with the same id
     */
    public Catalog merge(Catalog other) {
        return of(concat(milestones(), other.milestones()), concat(people(), other.people()),
                concat(organizations(), other.organizations()), concat(sources(), other.sources()));
    }

    /**
     * The milestones in {@linkplain Milestone#CHRONOLOGICAL chronological order}: by the first day each date may
     * stand for, then by its last day (finer precision first), then by the date's text, then by id. The order is
     * total: it does not depend on the order the milestones were given in.
     *
     * @return an immutable list, sorted when the catalog was made
     */
    public List<Milestone> milestones() {
        return milestones.list;
    }

    /**
     * The milestones whose date may fall within a range, in chronological order. A date is in the range unless it
     * is {@linkplain PartialDate#isBefore certainly before} {@code from} or {@linkplain PartialDate#isAfter
     * certainly after} {@code to}: {@code 2012} is in a range from {@code 2012-06}, and {@code 2014-03} is in a
     * range to {@code 2014}. This is how exporters filter by range.
     *
     * @param from the earliest date, or {@code null} for no lower bound
     * @param to the latest date, or {@code null} for no upper bound
     * @return an immutable list, empty when nothing falls in the range
     */
    public List<Milestone> milestonesBetween(@Nullable PartialDate from, @Nullable PartialDate to) {
        return queries().between(from, to);
    }

    /**
     * The milestones a person contributed to, in chronological order.
     *
     * @param personId the id of a person, e.g. {@code geoffrey-hinton}
     * @return an immutable list, empty for an id no milestone lists
     */
    public List<Milestone> milestonesOfPerson(String personId) {
        return queries().byPerson(personId);
    }

    /**
     * The milestones an organization contributed to, in chronological order. Only the organization itself counts,
     * not its predecessors or successors.
     *
     * @param organizationId the id of an organization, e.g. {@code openai}
     * @return an immutable list, empty for an id no milestone lists
     */
    public List<Milestone> milestonesOfOrganization(String organizationId) {
        return queries().byOrganization(organizationId);
    }

    /**
     * The milestones with the given name or alias, in either language, in chronological order. The match ignores
     * case and spaces around the name but is otherwise exact: {@code "gpt-3"} finds GPT-3, {@code "GPT"} does not.
     * A list, because two milestones may share a name or an alias.
     *
     * @param name an English or Chinese name, or an alias
     * @return an immutable list, each milestone once; empty when no milestone has that name
     */
    public List<Milestone> milestonesNamed(String name) {
        return queries().named(name);
    }

    /**
     * The people, in the order given.
     *
     * @return an immutable list
     */
    public List<Person> people() {
        return people.list;
    }

    /**
     * The organizations, in the order given.
     *
     * @return an immutable list
     */
    public List<Organization> organizations() {
        return organizations.list;
    }

    /**
     * The sources, in the order given.
     *
     * @return an immutable list
     */
    public List<Source> sources() {
        return sources.list;
    }

    /**
     * The milestone with the given id.
     *
     * @param id a milestone id
     * @return the milestone, or empty
     */
    public Optional<Milestone> milestone(String id) {
        return Optional.ofNullable(milestones.get(id));
    }

    /**
     * The person with the given id.
     *
     * @param id a person id
     * @return the person, or empty
     */
    public Optional<Person> person(String id) {
        return Optional.ofNullable(people.get(id));
    }

    /**
     * The organization with the given id.
     *
     * @param id an organization id
     * @return the organization, or empty
     */
    public Optional<Organization> organization(String id) {
        return Optional.ofNullable(organizations.get(id));
    }

    /**
     * The source with the given id.
     *
     * @param id a source id
     * @return the source, or empty
     */
    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    /** The indexes of the queries, built on the first query and then kept: the catalog never changes. */
    private MilestoneIndex queries() {
        MilestoneIndex built = queries;
        if (built == null) {
            synchronized (queriesLock) {
                built = queries;
                if (built == null) {
                    built = new MilestoneIndex(milestones.list);
                    queries = built;
                }
            }
        }
        return built;
    }

    /** Two catalogs are equal when they hold equal records in the same order. */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Catalog that
                && milestones.list.equals(that.milestones.list) && people.list.equals(that.people.list)
                && organizations.list.equals(that.organizations.list) && sources.list.equals(that.sources.list);
    }

    /** A hash code consistent with {@link #equals(Object)}. */
    @Override
    public int hashCode() {
        return Objects.hash(milestones.list, people.list, organizations.list, sources.list);
    }

    /**
     * How many records of each kind the catalog holds, for logs and debuggers.
     *
     * @return e.g. {@code Catalog[120 milestones, 200 people, 60 organizations, 180 sources]}
     */
    @Override
    public String toString() {
        return "Catalog[" + milestones.list.size() + " milestones, " + people.list.size() + " people, "
                + organizations.list.size() + " organizations, " + sources.list.size() + " sources]";
    }

    /**
     * The records of one kind, in order and by id. The ids are found through an open-addressing table of positions in
     * the list, 8 bytes a record where a hash map took some 40 and an object: a million-milestone catalog keeps 2.5
     * million records.
     */
    private static final class Index<T> {
        final List<T> list;
        private final Function<T, String> id;
        /** 1 + the position of a record in the list, at its id's slot or a later one; 0 where no record is. */
        private final int[] slots;
        /** Slots are taken from the top bits of the id's hash multiplied by 2^32 / golden ratio. */
        private final int shift;

        Index(List<T> records, Function<T, String> id, String kind) {
            list = List.copyOf(records);
            this.id = id;
            int bits = 1;
            while (1 << bits < 2 * list.size()) {
                bits++;
            }
            slots = new int[1 << bits];
            shift = 32 - bits;
            for (int i = 0; i < list.size(); i++) {
                String key = id.apply(list.get(i));
                int slot = slot(key);
                if (slots[slot] != 0) {
                    throw new IllegalArgumentException("duplicate " + kind + " id \"" + key + "\"");
                }
                slots[slot] = i + 1;
            }
        }

        /** The record with the id, or null. */
        @Nullable T get(@Nullable String key) {
            int position = key == null ? 0 : slots[slot(key)];
            return position == 0 ? null : list.get(position - 1);
        }

        /** The slot that holds the record with the id, or the empty one where it would go. */
        private int slot(String key) {
            int slot = (key.hashCode() * 0x9E3779B9) >>> shift;
            while (slots[slot] != 0 && !id.apply(list.get(slots[slot] - 1)).equals(key)) {
                slot = (slot + 1) & (slots.length - 1);
            }
            return slot;
        }
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
