package io.github.aimilestones.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of claim a citation supports or a correction corrects. */
public enum Claim {
    /** When it happened. */
    DATE,
    /** What it is called. */
    NAME,
    /** Who made it. */
    CONTRIBUTORS,
    /** What it is and does, and its impact. */
    DESCRIPTION,
    /** Numbers such as parameters, accuracy or prices. */
    FIGURES;

    /**
     * The JSON spelling of this constant.
     *
     * @return e.g. {@code contributors}
     */
    @JsonValue
    public String slug() {
        return EnumSlugs.slug(this);
    }

    /**
     * The constant with the given JSON spelling.
     *
     * @param slug e.g. {@code contributors}
     * @return the constant
     * @throws IllegalArgumentException for an unknown spelling; the message lists the known ones
     */
    @JsonCreator
    public static Claim fromSlug(String slug) {
        return EnumSlugs.parse(Claim.class, "claim", slug);
    }
}
