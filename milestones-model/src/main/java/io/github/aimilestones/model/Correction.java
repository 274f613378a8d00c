package io.github.aimilestones.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A claim that a source made about a record and that the record does not repeat, kept with the precise value and
 * the reason, so that readers of that source learn what is wrong or imprecise and why. Its {@code kind} says which:
 * absent or {@link CorrectionKind#ERROR error} for a wrong claim (a correction), {@link CorrectionKind#IMPRECISE
 * imprecise} or {@link CorrectionKind#OTHER_EVENT other-event} for a claim that is not wrong (a note).
 *
 * @param source the id of the source that made the claim (e.g. a seed document)
 * @param claim what kind of claim it is
 * @param kind whether the claim is wrong, imprecise or about another event; null means wrong
 * @param stated what the source said, verbatim
 * @param correct the correct (or precise) value; for a {@link Claim#DATE date} error, the record's date
 * @param reason why the claim is wrong or imprecise
 * @param settledBy the id of the source that settles it
 */
public record Correction(
        @Slug String source,
        @NotNull Claim claim,
        @Nullable CorrectionKind kind,
        @NotBlank String stated,
        @NotBlank String correct,
        @NotNull @Valid LocalizedText reason,
        @NotNull @Slug String settledBy) {

    /**
     * Requires the source that made the claim and the kind of claim.
     *
     * @param source the id of the source that made the claim (e.g. a seed document)
     * @param claim what kind of claim it is
     * @param kind whether the claim is wrong, imprecise or about another event; null means wrong
     * @param stated what the source said, verbatim
     * @param correct the correct (or precise) value; for a {@link Claim#DATE date} error, the record's date
     * @param reason why the claim is wrong or imprecise
     * @param settledBy the id of the source that settles it
     */
    public Correction {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(claim, "claim");
        if (kind == CorrectionKind.ERROR) {
            kind = null;  // one spelling of "wrong": the field is written only for notes
        }
    }

    /**
     * A correction of a wrong claim.
     *
     * @param source the id of the source that made the claim (e.g. a seed document)
     * @param claim what kind of claim it is
     * @param stated what the source said, verbatim
     * @param correct the correct value; for a {@link Claim#DATE date} claim, the record's date
     * @param reason why the claim is wrong
     * @param settledBy the id of the source that settles it
     */
    public Correction(String source, Claim claim, String stated, String correct, LocalizedText reason, String settledBy) {
        this(source, claim, null, stated, correct, reason, settledBy);
    }

    /**
     * Whether the source is wrong (a correction) rather than imprecise or about another event (a note).
     *
     * @return true for a correction, false for a note
     */
    public boolean wrong() {
        return kind == null;
    }
}
