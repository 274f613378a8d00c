package io.github.aimilestones.validate;

import io.github.aimilestones.data.ReadProblem;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Every rule the validator checks, with its stable id and default severity. Ids never change meaning. */
public enum Rule {
    // Reading
    /** The file is not well-formed JSON. */
    READ_SYNTAX(ReadProblem.Kind.SYNTAX, "The file is not well-formed JSON."),
    /** The file exceeds a limit of the format (nesting depth, string length). */
    READ_LIMIT(ReadProblem.Kind.LIMIT, "The file exceeds a limit of the format (nesting depth, string length)."),
    /** The file is not valid UTF-8. */
    READ_ENCODING(ReadProblem.Kind.ENCODING, "The file is not valid UTF-8."),
    /** The file cannot be read. */
    READ_IO(ReadProblem.Kind.IO, "The file cannot be read."),
    /** The file is empty. */
    READ_EMPTY(ReadProblem.Kind.EMPTY, "The file is empty."),
    /** A value has the wrong JSON type. */
    READ_TYPE(ReadProblem.Kind.TYPE, "A value has the wrong JSON type."),
    /** A field is not part of the format. */
    READ_UNKNOWN_FIELD(ReadProblem.Kind.UNKNOWN_FIELD, "A field is not part of the format."),
    /** A required field is missing. */
    READ_MISSING_FIELD(ReadProblem.Kind.MISSING_FIELD, "A required field is missing."),
    /** A value is not allowed (a bad date, an unknown category). */
    READ_INVALID_VALUE(ReadProblem.Kind.INVALID_VALUE, "A value is not allowed (a bad date, an unknown category)."),
    /** A field is null instead of left out. */
    READ_NULL(ReadProblem.Kind.NULL, "A field is null instead of left out."),
    /** An object has the same key twice. */
    READ_DUPLICATE_KEY(ReadProblem.Kind.DUPLICATE_KEY, "An object has the same key twice."),
    /** Two records of one kind share an id. */
    READ_DUPLICATE_ID(ReadProblem.Kind.DUPLICATE_ID, "Two records of one kind share an id."),
    /** The file is a JSON Schema, not a catalog: it is skipped. */
    READ_SCHEMA_DOCUMENT(ReadProblem.Kind.SCHEMA_DOCUMENT, Severity.INFO,
            "A file given as a catalog is a JSON Schema (its $schema is a json-schema.org meta-schema): it is skipped."),

    // Constraints on single values
    /** An id is not a slug. */
    ID_SYNTAX("id.syntax", Severity.ERROR, "An id is not a slug of lowercase letters and digits joined by hyphens."),
    /** A text is blank. */
    TEXT_BLANK("text.blank", Severity.ERROR, "A text is empty or only whitespace."),
    /** A required value is absent. */
    VALUE_REQUIRED("value.required", Severity.ERROR, "A required value is absent."),
    /** A citation supports no claim. */
    CITATION_NO_CLAIM("citation.no-claim", Severity.ERROR, "A citation does not say which claims it supports."),
    /** A URL is not an absolute http or https URL. */
    SOURCE_URL_SCHEME("source.url-scheme", Severity.ERROR, "A URL is not an absolute http or https URL."),
    /** A URL carries tracking parameters. */
    SOURCE_URL_TRACKING("source.url-tracking", Severity.WARNING, "A URL carries tracking parameters (utm_*, si, pp, fbclid...)."),
    /** A DOI is malformed. */
    SOURCE_DOI_SYNTAX("source.doi-syntax", Severity.ERROR, "A DOI is malformed."),
    /** An arXiv id is malformed. */
    SOURCE_ARXIV_SYNTAX("source.arxiv-syntax", Severity.ERROR, "An arXiv id is malformed."),
    /** A language tag is malformed. */
    SOURCE_LANGUAGE_TAG("source.language-tag", Severity.ERROR, "A language tag is malformed."),
    /** A suppression names a malformed rule id. */
    SUPPRESSION_RULE_SYNTAX("suppression.rule-syntax", Severity.ERROR, "A suppression names a malformed rule id."),

    // Dates
    /** A date is in the future. */
    DATE_FUTURE("date.future", Severity.ERROR, "A date is in the future."),
    /** A date is before the configured start of the era. */
    DATE_BEFORE_ERA("date.before-era", Severity.WARNING, "A milestone is dated before the configured start of the era."),
    /** A milestone is dated before a milestone it builds on. */
    DATE_BEFORE_DEPENDENCY("date.before-dependency", Severity.ERROR, "A milestone is dated before a milestone it builds on."),
    /** A contributing organization did not exist yet, or any more, at the date. */
    DATE_ORGANIZATION_NOT_ACTIVE("date.organization-not-active", Severity.ERROR,
            "A contributing organization was not yet founded, or already dissolved, at the milestone's date."),
    /** A contributor was not born yet at the date. */
    DATE_PERSON_NOT_BORN("date.person-not-born", Severity.ERROR, "A contributor was not yet born at the milestone's date."),
    /** A contributor had died before the date. */
    DATE_PERSON_DEAD("date.person-dead", Severity.WARNING, "A contributor had died before the milestone's date."),
    /** A registry entry ends before it begins. */
    DATE_REGISTRY_ORDER("date.registry-order", Severity.ERROR,
            "A person dies before being born, or an organization is dissolved before it is founded."),
    /** A source was published before the event it is cited for. */
    DATE_SOURCE_BEFORE_EVENT("date.source-before-event", Severity.WARNING,
            "A source was published before the event it is cited for."),
    /** A record's date is far from its primary source's publication date without a note. */
    DATE_FAR_FROM_SOURCE("date.far-from-source", Severity.WARNING,
            "A milestone's date is more than a month from the publication of a primary source cited for it, and no dateNote explains it."),
    /** A date correction's correct value is not the record's date. */
    DATE_CORRECTION_MISMATCH("date.correction-mismatch", Severity.ERROR,
            "A date correction's correct value is not the record's date."),
    /** A source was accessed before it was published. */
    DATE_ACCESSED_BEFORE_PUBLISHED("date.accessed-before-published", Severity.ERROR,
            "A source was accessed before it was published."),
    /** A milestone with documented events is not dated by the one the dating rule picks. */
    DATE_NOT_FIRST_DISCLOSURE("date.not-first-disclosure", Severity.ERROR,
            "A milestone with documented events is not dated by the earliest of them that made it public (any kind but award and other), or by its earliest event when none did."),
    /** An event's date disagrees with the document that is the event. */
    EVENT_DATE_MISMATCH("event.date-mismatch", Severity.ERROR,
            "An event's date disagrees with the published date of its source, where the source is the event's own document (a report, a paper, an announcement, a release)."),
    /** A date disagrees with the month an arXiv id encodes. */
    SOURCE_ARXIV_DATE("source.arxiv-date", Severity.ERROR,
            "A source's published date, or the date of a preprint event citing it, is not in the month its arXiv id encodes (or the month before, for a paper announced after the month's last deadline)."),

    // Names and references
    /** A reference does not resolve. */
    REFERENCE_UNRESOLVED("reference.unresolved", Severity.ERROR, "An id refers to no record."),
    /** A person or organization is referred to by no record. */
    REGISTRY_UNUSED("registry.unused", Severity.WARNING, "A person or organization is referred to by no milestone."),
    /** Two people or organizations have names so close that one is probably a misspelling of the other. */
    NAME_NEAR_DUPLICATE("name.near-duplicate", Severity.WARNING,
            "Two people or organizations have nearly the same name: a misspelling, a variant or a duplicate entry."),
    /** Two people or organizations share a name or alias. */
    NAME_ALIAS_COLLISION("name.alias-collision", Severity.WARNING, "Two people or organizations share a name or alias."),
    /** "et al.", "等人", "team" or "团队" inside a name. */
    NAME_ET_AL("name.et-al", Severity.ERROR,
            "A name contains \"et al.\", \"等人\", \"team\" or \"团队\": list the contributors and set andOthers."),
    /** A name holds an invisible or formatting character. */
    NAME_INVISIBLE_CHARACTER("name.invisible-character", Severity.ERROR,
            "A name or alias holds an invisible character (zero-width space or joiner, bidi control, soft hyphen, control character) that changes how it is shown or compared."),
    /** A word of a name mixes look-alike scripts. */
    NAME_MIXED_SCRIPT("name.mixed-script", Severity.WARNING,
            "A word of a name or alias mixes scripts that no language writes together, such as Latin with Cyrillic or Greek letters that look alike."),
    /** A text holds a lone surrogate. */
    TEXT_LONE_SURROGATE("text.lone-surrogate", Severity.ERROR,
            "A text holds a lone UTF-16 surrogate (an escape such as \\ud800 without its pair), which no file encoding can hold."),
    /** A name has no Chinese form. */
    NAME_MISSING_TRANSLATION("name.missing-translation", Severity.WARNING, "A name has no Chinese form."),
    /** A text has no Chinese form. */
    TEXT_MISSING_TRANSLATION("text.missing-translation", Severity.INFO, "A summary, what-it-does or impact text has no Chinese form."),
    /** Two milestones with the same name or alias and overlapping dates. */
    MILESTONE_DUPLICATE("milestone.duplicate", Severity.WARNING,
            "Two milestones have the same name or alias and overlapping dates: probably one event entered twice."),
    /** An organization's predecessors or successors do not name it back. */
    REGISTRY_SUCCESSION("registry.succession", Severity.WARNING,
            "An organization's predecessor or successor does not name it back."),

    // Citations and sources
    /** A milestone cites nothing. */
    CITATION_MISSING("citation.missing", Severity.ERROR, "A milestone cites no source."),
    /** No citation supports the milestone's date. */
    CITATION_DATE_UNSUPPORTED("citation.date-unsupported", Severity.WARNING, "No citation supports the milestone's date."),
    /** No citation supports the milestone's contributors. */
    CITATION_CONTRIBUTORS_UNSUPPORTED("citation.contributors-unsupported", Severity.WARNING,
            "No citation supports the milestone's contributors."),
    /** A claim is supported by secondary sources only. */
    CITATION_SECONDARY_ONLY("citation.secondary-only", Severity.WARNING,
            "A claim is supported only by secondary sources (encyclopedia, news, article, video, slides)."),
    /** A source is cited by no record. */
    SOURCE_UNUSED("source.unused", Severity.WARNING, "A source is cited by no milestone."),
    /** Two sources have the same URL, DOI or arXiv id. */
    SOURCE_DUPLICATE("source.duplicate", Severity.WARNING, "Two sources have the same URL (after normalisation), DOI or arXiv id."),

    // Graph
    /** A milestone builds on itself. */
    GRAPH_SELF_REFERENCE("graph.self-reference", Severity.ERROR, "A milestone builds on itself."),
    /** Builds-on links form a cycle. */
    GRAPH_CYCLE("graph.cycle", Severity.ERROR, "Builds-on links form a cycle."),

    // Comparing a catalog with a reference catalog (validate --reference)
    /** A milestone of the reference (same id or name) has another date. */
    REFERENCE_DATE_DIFFERS("reference.date-differs", Severity.WARNING,
            "A milestone that the reference has too (same id, or same name) has another date there (only with --reference)."),
    /** A person or organization of the reference is spelled or dated otherwise. */
    REFERENCE_REGISTRY_DIFFERS("reference.registry-differs", Severity.WARNING,
            "A person or organization is spelled or dated otherwise in the reference, or its name is a near misspelling of one there (only with --reference)."),
    /** A source is cited for a date that the reference cites it for another. */
    REFERENCE_SOURCE_DATE("reference.source-date", Severity.WARNING,
            "A source is cited for a date, and the reference cites it for the date of a milestone that does not overlap it (only with --reference)."),

    // Checking a user's timeline against the reference
    /** The file holds no table, list or dated lines that could be read as a timeline. */
    CHECK_UNREADABLE("check.unreadable", Severity.ERROR,
            "The file holds no Markdown table, CSV, bullet list or dated lines that can be read as a timeline."),
    /** A row matches no reference milestone. */
    CHECK_UNKNOWN_MILESTONE("check.unknown-milestone", Severity.WARNING,
            "A row matches no milestone of the reference: check the name, or it is not in the reference."),
    /** A row's name matches several reference milestones equally well. */
    CHECK_AMBIGUOUS("check.ambiguous", Severity.WARNING,
            "A row's name matches several milestones of the reference equally well: make the name or date more specific."),
    /** A row's name is a misspelling or variant of a reference name. */
    CHECK_NAME_VARIANT("check.name-variant", Severity.INFO, "A row's name is a variant or misspelling of the reference name."),
    /** A row repeats a milestone of an earlier row. */
    CHECK_DUPLICATE_ROW("check.duplicate-row", Severity.WARNING, "Two rows are the same milestone."),
    /** A row's date contradicts the reference. */
    CHECK_DATE_MISMATCH("check.date-mismatch", Severity.ERROR, "A row's date contradicts the reference's date."),
    /** A row's date is that of another documented event of the milestone: accepted, and named. */
    CHECK_DATE_EVENT("check.date-event", Severity.INFO,
            "A row's date is that of another documented event of the milestone (its journal paper, its release): accepted, and the message names the event and its source."),
    /** A row's date is the date of a related event the reference documents, not the one it uses. */
    CHECK_DATE_OTHER_EVENT("check.date-other-event", Severity.INFO,
            "A row's date is that of a related event (a journal version, a release) that the reference documents but does not use."),
    /** A row repeats a claim the reference records as a known error of some source. */
    CHECK_KNOWN_ERROR("check.known-error", Severity.ERROR,
            "A row repeats a claim that the reference records as wrong (a correction), with the evidence."),
    /** A row repeats a claim the reference records as imprecise or as the value of another event (a note). */
    CHECK_KNOWN_IMPRECISION("check.known-imprecision", Severity.INFO,
            "A row repeats a claim that the reference records as imprecise or as belonging to another event (a note): the message gives the precise value and the evidence."),
    /** A row credits someone the reference knows, but not as a contributor of this milestone. */
    CHECK_NOT_A_CONTRIBUTOR("check.not-a-contributor", Severity.WARNING,
            "A row credits a person or organization that the reference does not credit for this milestone."),
    /** A row misspells a contributor's name. */
    CHECK_NAME_MISSPELLED("check.name-misspelled", Severity.WARNING, "A row misspells a contributor's name."),
    /** A row credits a name the reference does not know. */
    CHECK_UNKNOWN_CONTRIBUTOR("check.unknown-contributor", Severity.INFO,
            "A row credits a name the reference does not know at all."),
    /** A figure (a percentage, a count, an amount) contradicts the figure the reference records. */
    CHECK_FIGURE_MISMATCH("check.figure-mismatch", Severity.ERROR,
            "A figure (a percentage, a count, an amount of money) contradicts the figure the reference records for the milestone, with its source."),
    /** A row that cannot be checked: it has no name, or more cells than its header. */
    CHECK_UNCHECKED_ROW("check.unchecked-row", Severity.WARNING,
            "A row that cannot be checked: it has no name, or more cells than the table's header."),
    /** A reference milestone of the timeline's period is missing from it. */
    CHECK_MISSING_MILESTONE("check.missing-milestone", Severity.INFO,
            "A milestone of the reference falls in the timeline's period but is not in it (only with --missing)."),

    // Suppressions
    /** A suppression names no known rule. */
    SUPPRESSION_UNKNOWN_RULE("suppression.unknown-rule", Severity.ERROR, "A suppression names a rule that does not exist."),
    /** A suppression silences nothing. */
    SUPPRESSION_UNUSED("suppression.unused", Severity.INFO, "A suppression silences no finding: remove it.");

    private static final Map<String, Rule> BY_ID =
            Arrays.stream(values()).collect(Collectors.toMap(Rule::id, Function.identity()));
    private static final Map<ReadProblem.Kind, Rule> BY_KIND = Arrays.stream(values()).filter(r -> r.readKind != null)
            .collect(Collectors.toMap(r -> r.readKind, Function.identity(), (a, b) -> a,
                    () -> new EnumMap<>(ReadProblem.Kind.class)));

    /** Where the rules are documented: docs/validation.md of the project's repository, on its main branch. */
    private static final String DOCS = "https://github.com/aimilestones/ai-milestones/blob/main/docs/validation.md";

    private final String id;
    private final Severity defaultSeverity;
    private final String description;
    private final ReadProblem.@Nullable Kind readKind;

    Rule(String id, Severity defaultSeverity, String description) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.description = description;
        this.readKind = null;
    }

    /** A reading problem's rule: an error, with the kind's id. */
    Rule(ReadProblem.Kind readKind, String description) {
        this(readKind, Severity.ERROR, description);
    }

    /** A reading problem's rule, with the kind's id. */
    Rule(ReadProblem.Kind readKind, Severity defaultSeverity, String description) {
        this.id = readKind.id();
        this.defaultSeverity = defaultSeverity;
        this.description = description;
        this.readKind = readKind;
    }

    /**
     * The stable id.
     *
     * @return e.g. {@code date.before-dependency}
     */
    public String id() {
        return id;
    }

    /**
     * The severity unless configured otherwise.
     *
     * @return the default severity
     */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /**
     * What the rule checks, in one sentence.
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    /**
     * The address of the rule's documentation: its row in the table of rules of {@code docs/validation.md}, whose
     * anchor is the rule id.
     *
     * @return an absolute https URI, e.g. {@code https://github.com/aimilestones/ai-milestones/blob/main/docs/validation.md#date.future}
     */
    public String helpUri() {
        return DOCS + "#" + id;
    }

    /**
     * The section of {@code docs/validation.md} that explains the rule further, if one does.
     *
     * @return the section's anchor (the heading as GitHub turns it into one), or empty
     */
    public Optional<String> docSection() {
        String section = switch (this) {
            case DATE_BEFORE_DEPENDENCY, DATE_ORGANIZATION_NOT_ACTIVE, DATE_PERSON_NOT_BORN, DATE_PERSON_DEAD,
                    DATE_SOURCE_BEFORE_EVENT, DATE_REGISTRY_ORDER -> "dates-are-compared-with-their-precision";
            case DATE_NOT_FIRST_DISCLOSURE, EVENT_DATE_MISMATCH, SOURCE_ARXIV_DATE -> "events-and-arxiv-ids";
            case NAME_NEAR_DUPLICATE, NAME_ALIAS_COLLISION -> "near-duplicate-names-without-comparing-all-pairs";
            case NAME_INVISIBLE_CHARACTER, NAME_MIXED_SCRIPT, TEXT_LONE_SURROGATE -> "look-alikes-and-hidden-characters";
            case SUPPRESSION_RULE_SYNTAX, SUPPRESSION_UNKNOWN_RULE, SUPPRESSION_UNUSED, DATE_BEFORE_ERA -> "configuration";
            default -> id.startsWith("check.") ? "checking-your-own-timeline" : null;
        };
        return Optional.ofNullable(section);
    }

    /**
     * What the rule checks and what to do about a finding, in a few sentences: the description, the default
     * severity, how to change it, and where the documentation says more.
     *
     * @return plain text
     */
    public String fullDescription() {
        return description + " " + severityNote();
    }

    /**
     * Help for a finding of this rule, as plain text: the full description and the address of the documentation.
     *
     * @return plain text of several lines
     */
    public String helpText() {
        StringBuilder help = new StringBuilder(id).append(": ").append(description).append("\n\n").append(severityNote())
                .append("\n\nDocumentation: ").append(helpUri());
        docSection().ifPresent(section -> help.append("\nMore: ").append(DOCS).append('#').append(section));
        return help.toString();
    }

    /**
     * Help for a finding of this rule, as GitHub Flavored Markdown: the same as {@link #helpText()}, with links.
     *
     * @return Markdown of several paragraphs
     */
    public String helpMarkdown() {
        StringBuilder help = new StringBuilder("**`").append(id).append("`**: ").append(description).append("\n\n")
                .append("It is ").append(defaultSeverity.label()).append(" by default. Change its severity in the ")
                .append("[configuration file](").append(DOCS).append("#configuration) (`\"rules\": {\"").append(id)
                .append("\": \"off\"}`, or `info`, `warning`, `error`)")
                .append(suppressible() ? ", or silence it on one milestone with a suppression that gives the reason.\n\n" : ".\n\n")
                .append("[The rule in docs/validation.md](").append(helpUri()).append(')');
        docSection().ifPresent(section -> help.append(" · [more on this](").append(DOCS).append('#').append(section).append(')'));
        return help.toString();
    }

    private String severityNote() {
        return "It is " + defaultSeverity.label() + " by default: the configuration file's \"rules\" can make it off, "
                + "info, warning or error" + (suppressible() ? ", and a suppression with a reason silences it on one milestone." : ".");
    }

    /** Whether a milestone's suppression can silence the rule: not while reading, nor in someone else's timeline. */
    private boolean suppressible() {
        return readKind == null && !id.startsWith("check.");
    }

    /**
     * The rule with the given id.
     *
     * @param id a rule id
     * @return the rule, or empty if there is none
     */
    public static Optional<Rule> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /**
     * The rule of a kind of reading problem.
     *
     * @param kind the kind of problem
     * @return its rule; every kind has one
     */
    public static Rule of(ReadProblem.Kind kind) {
        return Objects.requireNonNull(BY_KIND.get(kind), kind::id);
    }

    /**
     * The kind of reading problem this rule reports, if it is a reading rule.
     *
     * @return the kind, or empty for a rule checked after reading
     */
    public Optional<ReadProblem.Kind> readKind() {
        return Optional.ofNullable(readKind);
    }
}
