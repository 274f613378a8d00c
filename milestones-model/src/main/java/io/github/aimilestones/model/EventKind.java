package io.github.aimilestones.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What kind of documented event an {@link Event} of a milestone is. The first five kinds are disclosures: the
 * public appearance of the thing itself in a document or a release, among which the dating rule of
 * {@code docs/dataset.md} picks the milestone's date.
 */
public enum EventKind {
    /** A technical report, thesis or memo made public. */
    REPORT,
    /** A preprint, such as the first arXiv submission. */
    PREPRINT,
    /** A paper in a journal or in conference proceedings, or a book. */
    PUBLICATION,
    /** An official announcement by the people or organization concerned. */
    ANNOUNCEMENT,
    /** A public release of software, a model or a dataset. */
    RELEASE,
    /** A talk or presentation at a conference or workshop. */
    PRESENTATION,
    /** The result of a competition or benchmark. */
    COMPETITION_RESULT,
    /** A match or a game. */
    MATCH,
    /** An award or a prize. */
    AWARD,
    /** Another dated event: a founding, an acquisition, a licence. */
    OTHER;

    /**
     * Whether an event of this kind is a disclosure of the thing itself, one the dating rule may pick.
     *
     * @return true for reports, preprints, publications, announcements and releases
     */
    public boolean isDisclosure() {
        return compareTo(PRESENTATION) < 0;
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
