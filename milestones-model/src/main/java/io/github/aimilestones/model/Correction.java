package io.github.aimilestones.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * A wrong claim that a source made about a record, kept with the correct value and the reason, so that
 * readers of that source learn what is wrong and why.
 *
 * @param source the id of the source that made the claim (e.g. a seed document)
 * @param claim what kind of claim it is
 * @param stated what the source said, verbatim
 * @param correct the correct value; for a {@link Claim#DATE date} claim, the record's date
 * @param reason why the claim is wrong
 * @param settledBy the id of the source that settles it
 */
public record Correction(
        @Slug String source,
        @NotNull Claim claim,
        @NotBlank String stated,
        @NotBlank String correct,
        @NotNull @Valid LocalizedText reason,
        @NotNull @Slug String settledBy) {

    /**
     * Requires the source that made the claim and the kind of claim.
     *
     * @param source the id of the source that made the claim (e.g. a seed document)
     * @param claim what kind of claim it is
     * @param stated what the source said, verbatim
     * @param correct the correct value; for a {@link Claim#DATE date} claim, the record's date
     * @param reason why the claim is wrong
     * @param settledBy the id of the source that settles it
     */
    public Correction {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(claim, "claim");
    }
}
