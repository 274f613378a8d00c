package io.github.aimilestones.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One milestone of AI: what it is, when it became public, who made it, what it builds on, and the sources
 * that support each of these claims.
 *
 * <pre>{@code
 * Milestone alexNet = Milestone.builder("alexnet", PartialDate.parse("2012-10"), Category.ARCHITECTURE,
 *                 LocalizedText.of("AlexNet", "AlexNet"))
 *         .contributors(Contributors.of(List.of("alex-krizhevsky", "ilya-sutskever", "geoffrey-hinton"), List.of()))
 *         .buildsOn("cnn-1989")
 *         .citation(Citation.of("krizhevsky-2012-imagenet", Claim.DATE, Claim.CONTRIBUTORS))
 *         .build();
 * }</pre>
 *
 * @param id the stable id, e.g. {@code alexnet}
 * @param date the date of the first public appearance of the thing (its earliest public event), at the precision
 *         really known
 * @param dateNote why this date, and how it relates to other dates people quote, or {@code null}
 * @param events the documented events of the milestone (report, preprint, publication, release...), one of which
 *         has the milestone's date; empty when the date is the only one documented
 * @param category what kind of milestone it is
 * @param name the name in each language
 * @param aliases other names and spellings, in any language
 * @param summary what it is, or {@code null}
 * @param whatItDoes what it does, or {@code null}
 * @param impact what it changed, or {@code null}
 * @param contributors who made it
 * @param buildsOn ids of earlier milestones this one extends
 * @param citations the sources that support the record's claims
 * @param corrections wrong claims other sources make about this milestone
 * @param figures the numbers the milestone is known by, each with its source
 * @param tags free-form slugs
 * @param suppressions validation rules silenced on this record, with reasons
 */
public record Milestone(
        @Slug String id,
        PartialDate date,
        @Valid @Nullable LocalizedText dateNote,
        List<@Valid Event> events,
        Category category,
        @Valid LocalizedText name,
        List<@NotBlank String> aliases,
        @Valid @Nullable LocalizedText summary,
        @Valid @Nullable LocalizedText whatItDoes,
        @Valid @Nullable LocalizedText impact,
        @Valid Contributors contributors,
        List<@Slug String> buildsOn,
        List<@Valid Citation> citations,
        List<@Valid Correction> corrections,
        List<@Valid Figure> figures,
        List<@Slug String> tags,
        List<@Valid Suppression> suppressions) {

    /**
     * The order of time, total and stable: by {@link PartialDate#CHRONOLOGICAL} on the dates (first day, then last
     * day so that the finer precision comes first, then the EDTF text), then by id. ELMo ({@code 2018-02}) comes
     * before GPT-3 ({@code 2020-05}) whatever the order of the files; {@code 2017-06-12} before {@code 2017-06}
     * before {@code 2017}; milestones with equal dates by id.
     */
    public static final Comparator<Milestone> CHRONOLOGICAL =
            Comparator.comparing(Milestone::date, PartialDate.CHRONOLOGICAL).thenComparing(Milestone::id);

    /**
     * Requires id, date, category and name; copies the lists; absent contributors become {@link Contributors#NONE}.
     *
     * @param id the stable id, e.g. {@code alexnet}
     * @param date the date of the first public appearance of the thing (its earliest public event), at the precision
 *         really known
     * @param dateNote why this date, and how it relates to other dates people quote, or {@code null}
     * @param events the documented events of the milestone, one of which has the milestone's date
     * @param category what kind of milestone it is
     * @param name the name in each language
     * @param aliases other names and spellings, in any language
     * @param summary what it is, or {@code null}
     * @param whatItDoes what it does, or {@code null}
     * @param impact what it changed, or {@code null}
     * @param contributors who made it
     * @param buildsOn ids of earlier milestones this one extends
     * @param citations the sources that support the record's claims
     * @param corrections wrong claims other sources make about this milestone
     * @param figures the numbers the milestone is known by, each with its source
     * @param tags free-form slugs
     * @param suppressions validation rules silenced on this record, with reasons
     */
    public Milestone {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(name, "name");
        events = ModelLists.copy(events, "events");
        aliases = ModelLists.copy(aliases, "aliases");
        contributors = contributors == null ? Contributors.NONE : contributors;
        buildsOn = ModelLists.copy(buildsOn, "buildsOn");
        citations = ModelLists.copy(citations, "citations");
        corrections = ModelLists.copy(corrections, "corrections");
        figures = ModelLists.copy(figures, "figures");
        tags = ModelLists.copy(tags, "tags");
        suppressions = ModelLists.copy(suppressions, "suppressions");
    }

    /**
     * The documented events of the milestone whose date overlaps the given one, in the record's order: the events
     * a timeline that writes this date may mean.
     *
     * @param other a date
     * @return the matching events, possibly none
     */
    public List<Event> eventsAt(PartialDate other) {
        Objects.requireNonNull(other, "other");
        return events.stream().filter(event -> event.date().overlaps(other)).toList();
    }

    /**
     * The date of the first documented event of the given kind, or the milestone's date when it has none: the date
     * of a milestone "by its publication", "by its release".
     *
     * @param kind a kind of event
     * @return the date of the first event of that kind, or {@link #date()}
     */
    public PartialDate dateBy(EventKind kind) {
        Objects.requireNonNull(kind, "kind");
        return events.stream().filter(event -> event.kind() == kind).map(Event::date).findFirst().orElse(date);
    }

    /**
     * Starts a milestone with its required fields.
     *
     * @param id the id
     * @param date the date
     * @param category the category
     * @param name the name
     * @return a builder for the optional fields
     */
    public static MilestoneBuilder builder(String id, PartialDate date, Category category, LocalizedText name) {
        return new MilestoneBuilder(id, date, category, name);
    }

    /**
     * A builder initialised with this milestone's fields, to derive a changed copy.
     *
     * @return a builder
     */
    public MilestoneBuilder toBuilder() {
        return new MilestoneBuilder(this);
    }
}
