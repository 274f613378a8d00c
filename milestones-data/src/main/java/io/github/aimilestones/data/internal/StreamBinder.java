package io.github.aimilestones.data.internal;

import io.github.aimilestones.data.RecordKind;
import io.github.aimilestones.model.Category;
import io.github.aimilestones.model.Citation;
import io.github.aimilestones.model.Claim;
import io.github.aimilestones.model.Contributors;
import io.github.aimilestones.model.Correction;
import io.github.aimilestones.model.CorrectionKind;
import io.github.aimilestones.model.Event;
import io.github.aimilestones.model.EventKind;
import io.github.aimilestones.model.Figure;
import io.github.aimilestones.model.LocalizedText;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.Organization;
import io.github.aimilestones.model.PartialDate;
import io.github.aimilestones.model.Person;
import io.github.aimilestones.model.Source;
import io.github.aimilestones.model.SourceKind;
import io.github.aimilestones.model.Suppression;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Binds the format's records straight from the token stream, by hand. Jackson's databind does the same from the
 * records' components, but a short run pays for it before the first record: it builds its deserializers by
 * reflection (annotations, record components, creators), about two thirds of the gate's reading of the embedded
 * dataset. This binder accepts only the format's own shapes: a record with an unknown or a repeated field, a value of
 * another type, a null, or values its constructor refuses is {@linkplain Rejected rejected} and read again by the careful
 * reading, which binds it with databind and says what is wrong. So it never accepts what databind would reject, and
 * what both accept is the same record ({@code StreamBinderTest} checks both on the dataset and on mutations of it).
 * Not thread-safe: one per file. Internal: not part of the API.
 */
final class StreamBinder {

    /** The record is not in the format's own shapes: the careful reading must look at it. */
    static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private Rejected() {
            super("rejected", null, false, false);  // thrown for control flow: no stack trace
        }
    }

    private static final Rejected REJECTED = new Rejected();
    private static final Object[] NO_ELEMENTS = {};

    private final JsonParser parser;
    private final SharedValues shared;

    StreamBinder(JsonParser parser, SharedValues shared) {
        this.parser = parser;
        this.shared = shared;
    }

    /**
     * Binds the record that starts at the current token, a {@code START_OBJECT}, and leaves the parser on its
     * {@code END_OBJECT}.
     *
     * @throws Rejected if the careful reading must read it; the parser is then somewhere inside the record
     */
    Object record(RecordKind kind) {
        return switch (kind) {
            case MILESTONE -> milestone();
            case PERSON -> person();
            case ORGANIZATION -> organization();
            case SOURCE -> source();
        };
    }

    private Milestone milestone() {
        String id = null;
        PartialDate date = null;
        LocalizedText dateNote = null;
        List<Event> events = null;
        Category category = null;
        LocalizedText name = null;
        List<String> aliases = null;
        LocalizedText summary = null;
        LocalizedText whatItDoes = null;
        LocalizedText impact = null;
        Contributors contributors = null;
        List<String> buildsOn = null;
        List<Citation> citations = null;
        List<Correction> corrections = null;
        List<Figure> figures = null;
        List<String> tags = null;
        List<Suppression> suppressions = null;
        for (String field; (field = parser.nextName()) != null; ) {
            switch (field) {
                case "id" -> id = once(id, string());
                case "date" -> date = once(date, date());
                case "dateNote" -> dateNote = once(dateNote, localized());
                case "events" -> events = once(events, objects(this::event));
                case "category" -> category = once(category, constant(Category::fromSlug));
                case "name" -> name = once(name, localized());
                case "aliases" -> aliases = once(aliases, texts());
                case "summary" -> summary = once(summary, localized());
                case "whatItDoes" -> whatItDoes = once(whatItDoes, localized());
                case "impact" -> impact = once(impact, localized());
                case "contributors" -> contributors = once(contributors, contributors());
                case "buildsOn" -> buildsOn = once(buildsOn, strings());
                case "citations" -> citations = once(citations, objects(this::citation));
                case "corrections" -> corrections = once(corrections, objects(this::correction));
                case "figures" -> figures = once(figures, objects(this::figure));
                case "tags" -> tags = once(tags, shared.list(strings()));
                case "suppressions" -> suppressions = once(suppressions, objects(this::suppression));
                default -> throw REJECTED;
            }
        }
        try {
            return new Milestone(id, date, dateNote, events, category, name, aliases, summary, whatItDoes, impact, contributors, buildsOn, citations, corrections, figures, tags, suppressions);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw REJECTED;  // what the constructor refuses
        }
    }

    private Person person() {
        String id = null;
        LocalizedText name = null;
        List<String> aliases = null;
        PartialDate born = null;
        PartialDate died = null;
        for (String field; (field = parser.nextName()) != null; ) {
            switch (field) {
                case "id" -> id = once(id, string());
                case "name" -> name = once(name, localized());
                case "aliases" -> aliases = once(aliases, texts());
                case "born" -> born = once(born, date());
                case "died" -> died = once(died, date());
                default -> throw REJECTED;
            }
        }
        try {
            return new Person(id, name, aliases, born, died);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw REJECTED;  // what the constructor refuses
        }
    }

    private Organization organization() {
        String id = null;
        LocalizedText name = null;
        List<String> aliases = null;
        PartialDate founded = null;
        PartialDate dissolved = null;
        List<String> predecessors = null;
        List<String> successors = null;
        for (String field; (field = parser.nextName()) != null; ) {
            switch (field) {
                case "id" -> id = once(id, string());
                case "name" -> name = once(name, localized());
                case "aliases" -> aliases = once(aliases, texts());
                case "founded" -> founded = once(founded, date());
                case "dissolved" -> dissolved = once(dissolved, date());
                case "predecessors" -> predecessors = once(predecessors, strings());
                case "successors" -> successors = once(successors, strings());
                default -> throw REJECTED;
            }
        }
        try {
            return new Organization(id, name, aliases, founded, dissolved, predecessors, successors);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw REJECTED;  // what the constructor refuses
        }
    }

    private Source source() {
        String id = null;
        SourceKind kind = null;
        String title = null;
        List<String> authors = null;
        String publisher = null;
        PartialDate published = null;
        String url = null;
        String doi = null;
        String arxiv = null;
        String language = null;
        PartialDate accessed = null;
        for (String field; (field = parser.nextName()) != null; ) {
            switch (field) {
                case "id" -> id = once(id, string());
                case "kind" -> kind = once(kind, constant(SourceKind::fromSlug));
                case "title" -> title = once(title, text());
                case "authors" -> authors = once(authors, strings());
                case "publisher" -> publisher = once(publisher, string());
                case "published" -> published = once(published, date());
                case "url" -> url = once(url, text());
                case "doi" -> doi = once(doi, text());
                case "arxiv" -> arxiv = once(arxiv, text());
                case "language" -> language = once(language, string());
                case "accessed" -> accessed = once(accessed, date());
                default -> throw REJECTED;
            }
        }
        try {
            return new Source(id, kind, title, authors, publisher, published, url, doi, arxiv, language, accessed);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw REJECTED;  // what the constructor refuses
        }
    }

    private Event event() {
        EventKind kind = null;
        PartialDate date = null;
        String source = null;
        LocalizedText note = null;
        for (String field; (field = parser.nextName()) != null; ) {
            switch (field) {
                case "kind" -> kind = once(kind, constant(EventKind::fromSlug));
                case "date" -> date = once(date, date());
                case "source" -> source = once(source, string());
                case "note" -> note = once(note, localized());
                default -> throw REJECTED;
            }
        }
        try {
            return new Event(kind, date, source, note);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw REJECTED;  // what the constructor refuses
        }
    }

    private Citation citation() {
        String source = null;
        List<Claim> supports = null;
        String locator = null;
        String quote = null;
        for (String field; (field = parser.nextName()) != null; ) {
            switch (field) {
                case "source" -> source = once(source, string());
                case "supports" -> supports = once(supports, shared.list(claims()));
                case "locator" -> locator = once(locator, text());
                case "quote" -> quote = once(quote, text());
                default -> throw REJECTED;
            }
        }
        try {
            return new Citation(source, supports, locator, quote);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw REJECTED;  // what the constructor refuses
        }
    }

    private Correction correction() {
        String source = null;
        Claim claim = null;
        CorrectionKind kind = null;
        String stated = null;
        String correct = null;
        LocalizedText reason = null;
        String settledBy = null;
        for (String field; (field = parser.nextName()) != null; ) {
            switch (field) {
                case "source" -> source = once(source, string());
                case "claim" -> claim = once(claim, constant(Claim::fromSlug));
                case "kind" -> kind = once(kind, constant(CorrectionKind::fromSlug));
                case "stated" -> stated = once(stated, text());
                case "correct" -> correct = once(correct, text());
                case "reason" -> reason = once(reason, localized());
                case "settledBy" -> settledBy = once(settledBy, string());
                default -> throw REJECTED;
            }
        }
        try {
            return new Correction(source, claim, kind, stated, correct, reason, settledBy);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw REJECTED;  // what the constructor refuses
        }
    }

    private Figure figure() {
        String measure = null;
        BigDecimal value = null;
        BigDecimal low = null;
        BigDecimal high = null;
        String unit = null;
        PartialDate when = null;
        String source = null;
        LocalizedText note = null;
        for (String field; (field = parser.nextName()) != null; ) {
            switch (field) {
                case "measure" -> measure = once(measure, string());
                case "value" -> value = once(value, decimal());
                case "low" -> low = once(low, decimal());
                case "high" -> high = once(high, decimal());
                case "unit" -> unit = once(unit, string());
                case "when" -> when = once(when, date());
                case "source" -> source = once(source, string());
                case "note" -> note = once(note, localized());
                default -> throw REJECTED;
            }
        }
        try {
            return new Figure(measure, value, low, high, unit, when, source, note);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw REJECTED;  // what the constructor refuses
        }
    }

    private Suppression suppression() {
        String rule = null;
        String reason = null;
        for (String field; (field = parser.nextName()) != null; ) {
            switch (field) {
                case "rule" -> rule = once(rule, string());
                case "reason" -> reason = once(reason, text());
                default -> throw REJECTED;
            }
        }
        try {
            return new Suppression(rule, reason);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw REJECTED;  // what the constructor refuses
        }
    }

    private LocalizedText localized() {
        expect(JsonToken.START_OBJECT);
        String en = null;
        String zh = null;
        for (String field; (field = parser.nextName()) != null; ) {
            switch (field) {
                case "en" -> en = once(en, text());
                case "zh" -> zh = once(zh, text());
                default -> throw REJECTED;
            }
        }
        try {
            return new LocalizedText(en, zh);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw REJECTED;  // what the constructor refuses
        }
    }

    private Contributors contributors() {
        expect(JsonToken.START_OBJECT);
        List<String> people = null;
        List<String> organizations = null;
        Boolean andOthers = null;
        for (String field; (field = parser.nextName()) != null; ) {
            switch (field) {
                case "people" -> people = once(people, strings());
                case "organizations" -> organizations = once(organizations, strings());
                case "andOthers" -> andOthers = once(andOthers, bool());
                default -> throw REJECTED;
            }
        }
        try {
            return new Contributors(people, organizations, andOthers != null && andOthers);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw REJECTED;  // what the constructor refuses
        }
    }

    /**
     * The next value, a string that may repeat (an id, a reference, a tag, a publisher): shared when short. Texts that
     * rarely repeat (names, summaries, titles, URLs) are {@linkplain #text() not looked up}: at 100,000 milestones the
     * lookups of unique names cost a third of the reading.
     */
    private String string() {
        expect(JsonToken.VALUE_STRING);
        return shared.string(parser);
    }

    /** The next value, a string that rarely repeats: kept as it is. */
    private String text() {
        expect(JsonToken.VALUE_STRING);
        return parser.getString();
    }

    /** A field's value, which the record must not have had yet: a duplicate key is for the careful reading. */
    private static <T> T once(@Nullable T previous, T value) {
        if (previous != null) {
            throw REJECTED;
        }
        return value;
    }

    private PartialDate date() {
        expect(JsonToken.VALUE_STRING);
        try {
            return shared.date(parser.getString(), PartialDate::parse);
        } catch (IllegalArgumentException e) {
            throw REJECTED;
        }
    }

    private <E extends Enum<E>> E constant(Function<String, E> fromSlug) {
        expect(JsonToken.VALUE_STRING);
        return constantHere(fromSlug);
    }

    /** The enum constant spelled by the current token, a string. */
    private <E extends Enum<E>> E constantHere(Function<String, E> fromSlug) {
        try {
            return fromSlug.apply(parser.getString());
        } catch (IllegalArgumentException e) {
            throw REJECTED;
        }
    }

    private boolean bool() {
        JsonToken token = parser.nextToken();
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw REJECTED;
        }
        return token == JsonToken.VALUE_TRUE;
    }

    private BigDecimal decimal() {
        JsonToken token = parser.nextToken();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw REJECTED;
        }
        return parser.getDecimalValue();
    }

    private List<String> strings() {
        return list(JsonToken.VALUE_STRING, () -> shared.string(parser));
    }

    private List<String> texts() {
        return list(JsonToken.VALUE_STRING, parser::getString);
    }

    private List<Claim> claims() {
        return list(JsonToken.VALUE_STRING, () -> constantHere(Claim::fromSlug));
    }

    private <T> List<T> objects(Supplier<T> record) {
        return list(JsonToken.START_OBJECT, record);
    }

    /**
     * The next value, an array whose elements all start with this token, each read by {@code element}, as an
     * immutable list that the record keeps as it is: most lists of the format hold one or two elements, which need
     * no array at all.
     */
    @SuppressWarnings("unchecked")
    private <T> List<T> list(JsonToken elementStart, Supplier<T> element) {
        expect(JsonToken.START_ARRAY);
        Object[] elements = NO_ELEMENTS;
        int size = 0;
        for (JsonToken token; (token = parser.nextToken()) != JsonToken.END_ARRAY; ) {
            if (token != elementStart) {
                throw REJECTED;
            }
            if (size == elements.length) {
                elements = Arrays.copyOf(elements, Math.max(2, size * 2));
            }
            elements[size++] = element.get();
        }
        return switch (size) {
            case 0 -> List.of();
            case 1 -> List.of((T) elements[0]);
            case 2 -> List.of((T) elements[0], (T) elements[1]);
            default -> (List<T>) List.of(Arrays.copyOf(elements, size));
        };
    }

    /** Moves to the next token, which must be this one. */
    private void expect(JsonToken token) {
        if (parser.nextToken() != token) {
            throw REJECTED;
        }
    }
}
