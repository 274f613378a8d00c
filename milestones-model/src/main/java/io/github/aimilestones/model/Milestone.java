package io.github.aimilestones.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
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
 * @param date the earliest well-attested public date, at the precision really known
 * @param dateNote why this date, and how it relates to other dates people quote, or {@code null}
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
 * @param tags free-form slugs
 * @param suppressions validation rules silenced on this record, with reasons
 */
public record Milestone(
        @Slug String id,
        PartialDate date,
        @Valid @Nullable LocalizedText dateNote,
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
     * @param date the earliest well-attested public date, at the precision really known
     * @param dateNote why this date, and how it relates to other dates people quote, or {@code null}
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
     * @param tags free-form slugs
     * @param suppressions validation rules silenced on this record, with reasons
     */
    public Milestone {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(name, "name");
        aliases = ModelLists.copy(aliases, "aliases");
        contributors = contributors == null ? Contributors.NONE : contributors;
        buildsOn = ModelLists.copy(buildsOn, "buildsOn");
        citations = ModelLists.copy(citations, "citations");
        corrections = ModelLists.copy(corrections, "corrections");
        tags = ModelLists.copy(tags, "tags");
        suppressions = ModelLists.copy(suppressions, "suppressions");
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
    public static Builder builder(String id, PartialDate date, Category category, LocalizedText name) {
        return new Builder(id, date, category, name);
    }

    /**
     * A builder initialised with this milestone's fields, to derive a changed copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder(id, date, category, name);
        builder.dateNote = dateNote;
        builder.aliases.addAll(aliases);
        builder.summary = summary;
        builder.whatItDoes = whatItDoes;
        builder.impact = impact;
        builder.contributors = contributors;
        builder.buildsOn.addAll(buildsOn);
        builder.citations.addAll(citations);
        builder.corrections.addAll(corrections);
        builder.tags.addAll(tags);
        builder.suppressions.addAll(suppressions);
        return builder;
    }

    /** Collects the optional fields of a {@link Milestone}. Not thread-safe. */
    public static final class Builder {
        private String id;
        private PartialDate date;
        private Category category;
        private LocalizedText name;
        private @Nullable LocalizedText dateNote;
        private final List<String> aliases = new ArrayList<>();
        private @Nullable LocalizedText summary;
        private @Nullable LocalizedText whatItDoes;
        private @Nullable LocalizedText impact;
        private Contributors contributors = Contributors.NONE;
        private final List<String> buildsOn = new ArrayList<>();
        private final List<Citation> citations = new ArrayList<>();
        private final List<Correction> corrections = new ArrayList<>();
        private final List<String> tags = new ArrayList<>();
        private final List<Suppression> suppressions = new ArrayList<>();

        private Builder(String id, PartialDate date, Category category, LocalizedText name) {
            this.id = id;
            this.date = date;
            this.category = category;
            this.name = name;
        }

        /**
         * Sets the id.
         *
         * @param id the id
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the date.
         *
         * @param date the date
         * @return this builder
         */
        public Builder date(PartialDate date) {
            this.date = date;
            return this;
        }

        /**
         * Sets the category.
         *
         * @param category the category
         * @return this builder
         */
        public Builder category(Category category) {
            this.category = category;
            return this;
        }

        /**
         * Sets the name.
         *
         * @param name the name
         * @return this builder
         */
        public Builder name(LocalizedText name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the note on the date.
         *
         * @param dateNote the note, or {@code null} for none
         * @return this builder
         */
        public Builder dateNote(@Nullable LocalizedText dateNote) {
            this.dateNote = dateNote;
            return this;
        }

        /**
         * Adds aliases.
         *
         * @param aliases other names
         * @return this builder
         */
        public Builder aliases(String... aliases) {
            this.aliases.addAll(List.of(aliases));
            return this;
        }

        /**
         * Sets the summary.
         *
         * @param summary what it is, or {@code null} for nothing
         * @return this builder
         */
        public Builder summary(@Nullable LocalizedText summary) {
            this.summary = summary;
            return this;
        }

        /**
         * Sets what it does.
         *
         * @param whatItDoes what it does, or {@code null} for nothing
         * @return this builder
         */
        public Builder whatItDoes(@Nullable LocalizedText whatItDoes) {
            this.whatItDoes = whatItDoes;
            return this;
        }

        /**
         * Sets the impact.
         *
         * @param impact what it changed, or {@code null} for nothing
         * @return this builder
         */
        public Builder impact(@Nullable LocalizedText impact) {
            this.impact = impact;
            return this;
        }

        /**
         * Sets the contributors.
         *
         * @param contributors who made it
         * @return this builder
         */
        public Builder contributors(Contributors contributors) {
            this.contributors = contributors;
            return this;
        }

        /**
         * Adds ids of milestones this one builds on.
         *
         * @param ids milestone ids
         * @return this builder
         */
        public Builder buildsOn(String... ids) {
            this.buildsOn.addAll(List.of(ids));
            return this;
        }

        /**
         * Adds a citation.
         *
         * @param citation the citation
         * @return this builder
         */
        public Builder citation(Citation citation) {
            this.citations.add(citation);
            return this;
        }

        /**
         * Adds a correction.
         *
         * @param correction the correction
         * @return this builder
         */
        public Builder correction(Correction correction) {
            this.corrections.add(correction);
            return this;
        }

        /**
         * Adds tags.
         *
         * @param tags slugs
         * @return this builder
         */
        public Builder tags(String... tags) {
            this.tags.addAll(List.of(tags));
            return this;
        }

        /**
         * Adds a suppression.
         *
         * @param suppression the rule and the reason
         * @return this builder
         */
        public Builder suppression(Suppression suppression) {
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
            return new Milestone(id, date, dateNote, category, name, aliases, summary, whatItDoes, impact,
                    contributors, buildsOn, citations, corrections, tags, suppressions);
        }
    }
}
