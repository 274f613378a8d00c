package io.github.aimilestones.export;

import io.github.aimilestones.export.internal.View;
import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Category;
import io.github.aimilestones.model.EventKind;
import io.github.aimilestones.model.Language;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.PartialDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What to export and how: the language, which milestones (by date range, category, id or tag), how to group
 * and sort them. Filters that are empty or {@code null} select everything.
 *
 * <pre>{@code
 * ExportOptions options = ExportOptions.defaults()
 *         .withLanguage(Language.ZH)
 *         .withRange(PartialDate.parse("2012"), PartialDate.parse("2014"))
 *         .withCategories(Set.of(Category.MODEL, Category.ARCHITECTURE));
 * }</pre>
 *
 * @param language the language of names and texts (English where a text has no translation)
 * @param from the earliest date to include (a milestone is included if its date may fall in the range, as in
 *        {@link io.github.aimilestones.model.Catalog#milestonesBetween}), or {@code null}
 * @param to the latest date to include, or {@code null}
 * @param categories the categories to include; empty for all
 * @param ids the milestone ids to include; empty for all
 * @param tags include milestones with at least one of these tags; empty for all
 * @param grouping how sections and groups are formed
 * @param descending whether to list the newest first
 * @param byteOrderMark whether text formats start with a UTF-8 byte order mark (for Excel on Windows)
 * @param dateBy date each milestone by its first documented event of this kind (its publication, its release),
 *        falling back to the milestone's date when it has none; {@code null} for the milestones' dates. The
 *        canonical {@code json} format keeps the records' own dates.
 */
public record ExportOptions(Language language, @Nullable PartialDate from, @Nullable PartialDate to,
        Set<Category> categories, Set<String> ids, Set<String> tags, Grouping grouping, boolean descending,
        boolean byteOrderMark, @Nullable EventKind dateBy) {

    private static final ExportOptions DEFAULTS =
            new ExportOptions(Language.EN, null, null, Set.of(), Set.of(), Set.of(), Grouping.ERA, false, false, null);

    /** How milestones are grouped into sections. */
    public enum Grouping {
        /** By era of AI history (see {@link Era}). */
        ERA,
        /** By decade: 1980s, 1990s, ... */
        DECADE,
        /** By year. */
        YEAR
    }

    /**
     * Requires language and grouping; copies the sets.
     *
     * @param language the language of names and texts (English where a text has no translation)
     * @param from the earliest date to include (a milestone is included if its date may fall in the range, as in
     *        {@link io.github.aimilestones.model.Catalog#milestonesBetween}), or {@code null}
     * @param to the latest date to include, or {@code null}
     * @param categories the categories to include; empty for all
     * @param ids the milestone ids to include; empty for all
     * @param tags include milestones with at least one of these tags; empty for all
     * @param grouping how sections and groups are formed
     * @param descending whether to list the newest first
     * @param byteOrderMark whether text formats start with a UTF-8 byte order mark (for Excel on Windows)
     * @param dateBy date each milestone by its first documented event of this kind, falling back to its date;
     *        {@code null} for the milestones' dates
     */
    public ExportOptions {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(grouping, "grouping");
        categories = Set.copyOf(categories);
        ids = Set.copyOf(ids);
        tags = Set.copyOf(tags);
    }

    /**
     * English, everything, grouped by era, oldest first, no byte order mark.
     *
     * @return the default options
     */
    public static ExportOptions defaults() {
        return DEFAULTS;
    }

    /**
     * With another language.
     *
     * @param language the language
     * @return new options
     */
    public ExportOptions withLanguage(Language language) {
        return new ExportOptions(language, from, to, categories, ids, tags, grouping, descending, byteOrderMark, dateBy);
    }

    /**
     * With a date range; either end may be {@code null}.
     *
     * @param from the earliest date, or {@code null} for no lower bound
     * @param to the latest date, or {@code null} for no upper bound
     * @return new options
     */
    public ExportOptions withRange(@Nullable PartialDate from, @Nullable PartialDate to) {
        return new ExportOptions(language, from, to, categories, ids, tags, grouping, descending, byteOrderMark, dateBy);
    }

    /**
     * With only these categories.
     *
     * @param categories the categories; empty for all
     * @return new options
     */
    public ExportOptions withCategories(Set<Category> categories) {
        return new ExportOptions(language, from, to, categories, ids, tags, grouping, descending, byteOrderMark, dateBy);
    }

    /**
     * With only these milestones.
     *
     * @param ids milestone ids; empty for all
     * @return new options
     */
    public ExportOptions withIds(Set<String> ids) {
        return new ExportOptions(language, from, to, categories, ids, tags, grouping, descending, byteOrderMark, dateBy);
    }

    /**
     * With only milestones that have one of these tags.
     *
     * @param tags tags; empty for all
     * @return new options
     */
    public ExportOptions withTags(Set<String> tags) {
        return new ExportOptions(language, from, to, categories, ids, tags, grouping, descending, byteOrderMark, dateBy);
    }

    /**
     * With another grouping.
     *
     * @param grouping the grouping
     * @return new options
     */
    public ExportOptions withGrouping(Grouping grouping) {
        return new ExportOptions(language, from, to, categories, ids, tags, grouping, descending, byteOrderMark, dateBy);
    }

    /**
     * Newest first, or oldest first.
     *
     * @param descending true for newest first
     * @return new options
     */
    public ExportOptions withDescending(boolean descending) {
        return new ExportOptions(language, from, to, categories, ids, tags, grouping, descending, byteOrderMark, dateBy);
    }

    /**
     * With or without a UTF-8 byte order mark at the start of text output.
     *
     * @param byteOrderMark true to write one
     * @return new options
     */
    public ExportOptions withByteOrderMark(boolean byteOrderMark) {
        return new ExportOptions(language, from, to, categories, ids, tags, grouping, descending, byteOrderMark, dateBy);
    }

    /**
     * Dating each milestone by its first documented event of a kind, or by its own date.
     *
     * @param dateBy the kind of event, e.g. {@link EventKind#PUBLICATION}, or {@code null} for the milestones' dates
     * @return new options
     */
    public ExportOptions withDateBy(@Nullable EventKind dateBy) {
        return new ExportOptions(language, from, to, categories, ids, tags, grouping, descending, byteOrderMark, dateBy);
    }

    /**
     * The milestones these options select from a catalog, in the order the exporters write them (with
     * {@link #dateBy}, each dated by its event of that kind).
     *
     * @param catalog the catalog
     * @return the selected milestones; empty when the filters leave none
     */
    public List<Milestone> select(Catalog catalog) {
        return View.of(catalog, this).milestones();
    }

    /**
     * Whether any filter is set.
     *
     * @return false when every milestone is selected
     */
    public boolean filters() {
        return from != null || to != null || !categories.isEmpty() || !ids.isEmpty() || !tags.isEmpty();
    }
}
