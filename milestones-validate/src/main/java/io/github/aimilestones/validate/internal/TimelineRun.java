package io.github.aimilestones.validate.internal;

import io.github.aimilestones.data.Location;
import io.github.aimilestones.model.Claim;
import io.github.aimilestones.model.Correction;
import io.github.aimilestones.model.CorrectionKind;
import io.github.aimilestones.model.Event;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.PartialDate;
import io.github.aimilestones.validate.Finding;
import io.github.aimilestones.validate.Report;
import io.github.aimilestones.validate.Rule;
import io.github.aimilestones.validate.ValidationConfig;
import io.github.aimilestones.validate.internal.TimelineRows.Cell;
import io.github.aimilestones.validate.internal.TimelineRows.Row;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** One timeline checked against the reference, row by row: the file, the rows seen so far and the findings. */
final class TimelineRun {

    /** Words around names that say "and others" or "team", which are not part of any name. */
    private static final Pattern NOISE = Pattern.compile(
            "(?i)\\bet\\s*al\\.?|等人|团队|领导|实验室|\\bteam\\b|\\blab\\b|\\band others\\b");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("\\s*(?:[,，、;；/&]|\\band\\b|和|与|及)\\s*");

    /** Where a finding of the timeline is, and the reference milestone it concerns. */
    private record Place(Location location, @Nullable String recordId) {
    }

    private final TimelineReference reference;
    private final String file;
    private final FindingSink<Place> sink;
    /** The first row of each reference milestone, by the milestone's id. */
    private final Map<String, Row> seen = new HashMap<>();

    TimelineRun(TimelineReference reference, String file, ValidationConfig config) {
        this.reference = reference;
        this.file = file;
        this.sink = new FindingSink<>(config);
    }

    /** The findings so far, in a report. */
    Report report(int rows) {
        return new Report(sink.reported().stream().map(f -> new Finding(f.rule(), f.severity(), f.message(),
                f.at().location(), f.at().recordId(), f.extra().fix(sink.language(), null, ""), f.extra().expected(),
                f.extra().evidence())).toList(), rows);
    }

    void unreadable(String problem) {
        sink.report(Rule.CHECK_UNREADABLE, new Place(Location.ofFile(file), null), problem);
    }

    private void report(Rule rule, Cell cell, @Nullable String milestone, String message) {
        sink.report(rule, new Place(new Location(file, cell.line(), cell.column(), ""), milestone), message);
    }

    void check(Row row) {
        Optional<PartialDate> date = row.date() == null ? Optional.empty() : TimelineRows.date(row.date().text());
        MilestoneMatcher.Match match = reference.match(row, date);
        if (match.candidates().isEmpty()) {
            if (!row.name().text().isEmpty()) {
                report(Rule.CHECK_UNKNOWN_MILESTONE, row.name(), null, "\"" + shorten(row.name().text())
                        + "\" is unknown to the reference" + reference.suggestions(row.name().text()));
            }
            return;
        }
        if (match.candidates().size() > 1) {
            report(Rule.CHECK_AMBIGUOUS, row.name(), null, "\"" + shorten(row.name().text()) + "\" matches "
                    + match.candidates().stream().map(m -> m.id() + " (" + m.date() + ")").collect(Collectors.joining(", "))
                    + ": add the date or a more specific name");
            return;
        }
        Milestone m = match.candidates().get(0);
        if (match.variant() != null) {
            report(Rule.CHECK_NAME_VARIANT, row.name(), m.id(), "\"" + match.variant() + "\" is written \""
                    + m.name().en() + "\"" + (m.name().zh() == null ? "" : " (" + m.name().zh() + ")") + " in the reference");
        }
        Row first = seen.putIfAbsent(m.id(), row);
        if (first != null) {
            report(Rule.CHECK_DUPLICATE_ROW, row.name(), m.id(), "the same milestone as line " + first.line() + " ("
                    + m.id() + "): remove one of the rows");
            return;
        }
        Set<Correction> reported = knownErrors(row, m, date);
        Cell dateCell = row.date();
        if (dateCell != null && date.isPresent()) {
            checkDate(dateCell, m, date.get(), reported);
        }
        if (row.people() != null && !row.people().text().isEmpty()) {
            checkPeople(row.people(), m, reported);
        }
    }

    /** The row repeats a claim the reference corrects: report it with the correction's reason and evidence. */
    private Set<Correction> knownErrors(Row row, Milestone m, Optional<PartialDate> date) {
        Set<Correction> reported = new LinkedHashSet<>();
        String text = squeeze(row.text());
        for (Correction c : m.corrections()) {
            boolean repeated;
            Cell cell;
            if (c.claim() == Claim.DATE) {
                Optional<PartialDate> stated = TimelineRows.date(c.stated());
                repeated = date.isPresent() && stated.isPresent() && date.get().overlaps(stated.get())
                        && !date.get().overlaps(m.date());
                cell = row.date();  // a date was read, so the row has a date cell
            } else {
                repeated = text.contains(squeeze(c.stated()));
                cell = c.claim() == Claim.CONTRIBUTORS && row.people() != null ? row.people() : row.name();
            }
            if (repeated) {
                reported.add(c);
                if (c.wrong()) {
                    report(Rule.CHECK_KNOWN_ERROR, cell, m.id(), c.claim().slug() + " \"" + shorten(c.stated()) + "\" is wrong: "
                            + c.correct().replaceFirst("\\.$", "") + ". " + c.reason().en() + reference.evidence(c.settledBy()));
                } else {
                    report(Rule.CHECK_KNOWN_IMPRECISION, cell, m.id(), c.claim().slug() + " \"" + shorten(c.stated()) + "\" is "
                            + (c.kind() == CorrectionKind.IMPRECISE ? "imprecise; precisely: " : "that of another event; the reference has: ")
                            + c.correct().replaceFirst("\\.$", "") + ". " + c.reason().en()
                            + reference.evidence(c.settledBy()));
                }
            }
        }
        return reported;
    }

    private void checkDate(Cell cell, Milestone m, PartialDate date, Set<Correction> reported) {
        if (date.overlaps(m.date()) || reported.stream().anyMatch(c -> c.claim() == Claim.DATE)) {
            return;
        }
        List<Event> events = m.eventsAt(date);
        if (!events.isEmpty()) {
            Event event = events.get(0);
            String dating = DateCheck.firstDisclosure(m.events()).filter(first -> first.date().equals(m.date()))
                    .map(first -> " by its " + first.kind().slug()).orElse("");
            report(Rule.CHECK_DATE_EVENT, cell, m.id(), cell.text() + " is the date of a documented event of "
                    + m.name().en() + ": its " + event.kind().slug() + (event.note() == null ? "" : " (" + event.note().en() + ")")
                    + ", " + event.date() + reference.evidence(event.source())
                    + "; the reference dates the milestone" + dating + ": " + m.date() + ".");
            return;
        }
        String year = String.valueOf(date.year());
        if (m.dateNote() != null && (m.dateNote().en().contains(year)
                || m.dateNote().zh() != null && m.dateNote().zh().contains(year))) {
            report(Rule.CHECK_DATE_OTHER_EVENT, cell, m.id(), cell.text() + " is not the date the reference uses for "
                    + m.name().en() + ": " + m.date() + ". " + m.dateNote().en() + reference.dateEvidence(m));
        } else {
            report(Rule.CHECK_DATE_MISMATCH, cell, m.id(), cell.text() + " is wrong for " + m.name().en()
                    + ": the reference date is " + m.date() + (m.dateNote() == null ? "." : ". " + m.dateNote().en())
                    + reference.dateEvidence(m));
        }
    }

    private void checkPeople(Cell cell, Milestone m, Set<Correction> reported) {
        Map<String, String> contributors = reference.contributorNames(m);
        String reportedText = reported.stream().filter(c -> c.claim() == Claim.CONTRIBUTORS).map(c -> squeeze(c.stated()))
                .collect(Collectors.joining("\u0000"));
        for (String name : NAME_SEPARATORS.split(NOISE.matcher(cell.text()).replaceAll(" "))) {
            String key = Names.key(name);
            if (key.isEmpty() || contributors.containsKey(key) || !reportedText.isEmpty() && reportedText.contains(squeeze(name))
                    || partOf(key, contributors.keySet())) {
                continue;
            }
            Optional<String> close = contributors.keySet().stream().filter(k -> Names.isClose(k, key)).findFirst();
            Optional<String> elsewhere = reference.registryName(key);
            if (close.isPresent()) {
                report(Rule.CHECK_NAME_MISSPELLED, cell, m.id(), "\"" + name.strip() + "\" is spelled \""
                        + contributors.get(close.get()) + "\"" + reference.contributorsEvidence(m));
            } else if (elsewhere.isPresent()) {
                report(Rule.CHECK_NOT_A_CONTRIBUTOR, cell, m.id(), elsewhere.get() + " is not credited for "
                        + m.name().en() + " in the reference; it credits " + reference.credits(m)
                        + reference.contributorsEvidence(m));
            } else {
                report(Rule.CHECK_UNKNOWN_CONTRIBUTOR, cell, m.id(), "\"" + name.strip() + "\" is unknown to the reference;"
                        + " it credits " + reference.credits(m) + " for " + m.name().en() + reference.contributorsEvidence(m));
            }
        }
    }

    /**
     * "Google" for Google Brain and "Vaswani" for Ashish Vaswani: a name that begins or ends a contributor's name
     * (four characters at least, or two Chinese ones) is that contributor named more loosely.
     */
    private static boolean partOf(String key, Set<String> contributorKeys) {
        int minimum = Names.isChinese(key) ? 2 : 4;
        return key.codePointCount(0, key.length()) >= minimum
                && contributorKeys.stream().anyMatch(k -> k.startsWith(key) || k.endsWith(key));
    }

    /** The reference milestones between the timeline's first and last date that no row names. */
    void missing(List<Row> rows) {
        List<PartialDate> dates = rows.stream().map(Row::date).filter(cell -> cell != null)
                .map(cell -> TimelineRows.date(cell.text())).flatMap(Optional::stream).toList();
        if (dates.isEmpty()) {
            return;
        }
        PartialDate from = dates.stream().min(PartialDate.CHRONOLOGICAL).orElseThrow();
        PartialDate to = dates.stream().max(PartialDate.CHRONOLOGICAL).orElseThrow();
        reference.catalog().milestones().stream()
                .filter(m -> !seen.containsKey(m.id()) && !m.date().isBefore(from) && !m.date().isAfter(to))
                .sorted(Comparator.comparing(Milestone::date, PartialDate.CHRONOLOGICAL).thenComparing(Milestone::id))
                .forEach(m -> sink.report(Rule.CHECK_MISSING_MILESTONE, new Place(Location.ofFile(file), m.id()),
                        m.name().en() + (m.name().zh() == null ? "" : " (" + m.name().zh() + ")") + ", " + m.date()
                                + ", is in the reference but not in this timeline"));
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
