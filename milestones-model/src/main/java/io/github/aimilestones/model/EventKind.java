package io.github.aimilestones.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What kind of documented event an {@link Event} of a milestone is. Every kind but {@link #AWARD} and {@link #OTHER}
 * is a public appearance of the thing itself, among which the dating rule of {@code docs/dataset.md} picks the
 * milestone's date: the earliest.
 */
public enum EventKind {
    /** A technical report, thesis or memo made public. */
    REPORT,
    /** A preprint, such as the first arXiv version. */
    PREPRINT,
    /** A paper in a journal or in conference proceedings, or a book. */
    PUBLICATION,
    /** A talk or presentation at a conference or workshop. */
    PRESENTATION,
    /** An official announcement by the people or organization concerned. */
    ANNOUNCEMENT,
    /** A public release of software, a model or a dataset. */
    RELEASE,
    /** The result of a competition or benchmark, made public. */
    COMPETITION_RESULT,
    /** A match or a game played in public. */
    MATCH,
    /** An award or a prize: recognition after the fact. */
    AWARD,
    /** Another dated event that does not make the thing public: a closed alpha, a renaming. */
    OTHER;

    /**
     * Whether an event of this kind is a public appearance of the thing itself, one the dating rule may pick.
     *
     * @return true for every kind but awards and other events
     */
    public boolean isDisclosure() {
        return compareTo(AWARD) < 0;
    }

    /**
     * The JSON spelling of this constant.
     *
     * @return e.g. {@code competition-result}
     */
    @JsonValue
    public String slug() {
        return EnumSlugs.slug(this);
    }

    /**
     * The constant with the given JSON spelling.
     *
     * @param slug e.g. {@code competition-result}
     * @return the constant
     * @throws IllegalArgumentException for an unknown spelling; the message lists the known ones
     */
    @JsonCreator
    public static EventKind fromSlug(String slug) {
        return EnumSlugs.parse(EventKind.class, "event kind", slug);
    }
}
