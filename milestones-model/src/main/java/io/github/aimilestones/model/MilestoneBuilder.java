package io.github.aimilestones.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Collects the optional fields of a {@link Milestone}. Not thread-safe. */
public final class MilestoneBuilder {
    private String id;
    private PartialDate date;
    private Category category;
    private LocalizedText name;
    private @Nullable LocalizedText dateNote;
    private final List<Event> events = new ArrayList<>();
    private final List<String> aliases = new ArrayList<>();
    private @Nullable LocalizedText summary;
    private @Nullable LocalizedText whatItDoes;
    private @Nullable LocalizedText impact;
    private Contributors contributors = Contributors.NONE;
    private final List<String> buildsOn = new ArrayList<>();
    private final List<Citation> citations = new ArrayList<>();
    private final List<Correction> corrections = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private final List<Suppression> suppressions = new ArrayList<>();

    MilestoneBuilder(String id, PartialDate date, Category category, LocalizedText name) {
        this.id = id;
        this.date = date;
        this.category = category;
        this.name = name;
    }

    /** A builder initialised with a milestone's fields, to derive a changed copy. */
    MilestoneBuilder(Milestone milestone) {
        this(milestone.id(), milestone.date(), milestone.category(), milestone.name());
        dateNote = milestone.dateNote();
        events.addAll(milestone.events());
        aliases.addAll(milestone.aliases());
        summary = milestone.summary();
        whatItDoes = milestone.whatItDoes();
        impact = milestone.impact();
        contributors = milestone.contributors();
        buildsOn.addAll(milestone.buildsOn());
        citations.addAll(milestone.citations());
        corrections.addAll(milestone.corrections());
        figures.addAll(milestone.figures());
        tags.addAll(milestone.tags());
        suppressions.addAll(milestone.suppressions());
    }

    /**
     * Sets the id.
     *
     * @param id the id
     * @return this builder
     */
    public MilestoneBuilder id(String id) {
        this.id = id;
        return this;
    }

    /**
     * Sets the date.
     *
     * @param date the date
     * @return this builder
     */
    public MilestoneBuilder date(PartialDate date) {
        this.date = date;
        return this;
    }

    /**
     * Sets the category.
     *
     * @param category the category
     * @return this builder
     */
    public MilestoneBuilder category(Category category) {
        this.category = category;
        return this;
    }

    /**
     * Sets the name.
     *
     * @param name the name
     * @return this builder
     */
    public MilestoneBuilder name(LocalizedText name) {
        this.name = name;
        return this;
    }

    /**
     * Sets the note on the date.
     *
     * @param dateNote the note, or {@code null} for none
     * @return this builder
     */
    public MilestoneBuilder dateNote(@Nullable LocalizedText dateNote) {
        this.dateNote = dateNote;
        return this;
    }

    /**
     * Adds a documented event.
     *
     * @param event the event
     * @return this builder
     */
    public MilestoneBuilder event(Event event) {
        this.events.add(event);
        return this;
    }

    /**
     * Adds aliases.
     *
     * @param aliases other names
     * @return this builder
     */
    public MilestoneBuilder aliases(String... aliases) {
        this.aliases.addAll(List.of(aliases));
        return this;
    }

    /**
     * Sets the summary.
     *
     * @param summary what it is, or {@code null} for nothing
     * @return this builder
     */
    public MilestoneBuilder summary(@Nullable LocalizedText summary) {
        this.summary = summary;
        return this;
    }

    /**
     * Sets what it does.
     *
     * @param whatItDoes what it does, or {@code null} for nothing
     * @return this builder
     */
    public MilestoneBuilder whatItDoes(@Nullable LocalizedText whatItDoes) {
        this.whatItDoes = whatItDoes;
        return this;
    }

    /**
     * Sets the impact.
     *
     * @param impact what it changed, or {@code null} for nothing
     * @return this builder
     */
    public MilestoneBuilder impact(@Nullable LocalizedText impact) {
        this.impact = impact;
        return this;
    }

    /**
     * Sets the contributors.
     *
     * @param contributors who made it
     * @return this builder
     */
    public MilestoneBuilder contributors(Contributors contributors) {
        this.contributors = contributors;
        return this;
    }

    /**
     * Adds ids of milestones this one builds on.
     *
     * @param ids milestone ids
     * @return this builder
     */
    public MilestoneBuilder buildsOn(String... ids) {
        this.buildsOn.addAll(List.of(ids));
        return this;
    }

    /**
     * Adds a citation.
     *
     * @param citation the citation
     * @return this builder
     */
    public MilestoneBuilder citation(Citation citation) {
        this.citations.add(citation);
        return this;
    }

    /**
     * Adds a figure.
     *
     * @param figure the figure
     * @return this builder
     */
    public MilestoneBuilder figure(Figure figure) {
        this.figures.add(figure);
        return this;
    }

    /**
     * Adds a correction.
     *
     * @param correction the correction
     * @return this builder
     */
    public MilestoneBuilder correction(Correction correction) {
        this.corrections.add(correction);
        return this;
    }

    /**
     * Adds tags.
     *
     * @param tags slugs
     * @return this builder
     */
    public MilestoneBuilder tags(String... tags) {
        this.tags.addAll(List.of(tags));
        return this;
    }

    /**
     * Adds a suppression.
     *
     * @param suppression the rule and the reason
     * @return this builder
     */
    public MilestoneBuilder suppression(Suppression suppression) {
        this.suppressions.add(suppression);
        return this;
    }

    /**
     * Builds the milestone.
     *
     * @return the milestone
     * @throws NullPointerException if a required field is missing
     */
    public Milestone build() {
        return new Milestone(id, date, dateNote, events, category, name, aliases, summary, whatItDoes, impact,
                contributors, buildsOn, citations, corrections, figures, tags, suppressions);
    }
}
