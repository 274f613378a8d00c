package io.github.aimilestones.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How far a source's claim is from the record: wrong, or right in substance but imprecise, or about another real
 * event than the one the record is dated by. Only an {@link #ERROR error} is a correction in the strict sense; the
 * other two are notes that give the precise value.
 */
public enum CorrectionKind {
    /** The source is wrong. */
    ERROR,
    /** The source is right in substance but imprecise (a rounded figure, a funder named as the developer). */
    IMPRECISE,
    /** The source's value belongs to another real event of the same thing (a renaming, a closed alpha). */
    OTHER_EVENT;

    /**
     * The JSON spelling of this constant.
     *
     * @return e.g. {@code other-event}
     */
    @JsonValue
    public String slug() {
        return EnumSlugs.slug(this);
    }

    /**
     * The constant with the given JSON spelling.
     *
     * @param slug e.g. {@code other-event}
     * @return the constant
     * @throws IllegalArgumentException for an unknown spelling; the message lists the known ones
     */
    @JsonCreator
    public static CorrectionKind fromSlug(String slug) {
        return EnumSlugs.parse(CorrectionKind.class, "correction kind", slug);
    }
}
