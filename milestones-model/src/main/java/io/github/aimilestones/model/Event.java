package io.github.aimilestones.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One documented event of a milestone: its technical report, its preprint, its journal paper, its release. A
 * milestone's date is the date of one of its events, the one that the dating rule picks; the other events are
 * other real dates of the same thing, which a timeline may quote.
 *
 * @param kind what kind of event it is
 * @param date when it happened, at the precision really known
 * @param source the id of the source that settles the date (for a preprint or a paper, the document itself)
 * @param note what the event was, when its kind and source do not say it all, or {@code null}
 */
public record Event(@NotNull EventKind kind, @NotNull PartialDate date, @Slug String source,
        @Valid @Nullable LocalizedText note) {

    /**
     * Requires the kind, the date and the source.
     *
     * @param kind what kind of event it is
     * @param date when it happened, at the precision really known
     * @param source the id of the source that settles the date
     * @param note what the event was, or {@code null}
     */
    public Event {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
    }

    /**
     * An event without a note.
     *
     * @param kind what kind of event it is
     * @param date when it happened
     * @param source the id of the source that settles the date
     * @return the event
     */
    public static Event of(EventKind kind, PartialDate date, String source) {
        return new Event(kind, date, source, null);
    }
}
