package io.github.aimilestones.validate.internal;

import io.github.aimilestones.data.Location;
import io.github.aimilestones.model.Claim;
import io.github.aimilestones.model.Correction;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.PartialDate;
import io.github.aimilestones.validate.Finding;
import io.github.aimilestones.validate.Report;
import io.github.aimilestones.validate.Rule;
import io.github.aimilestones.validate.ValidationConfig;
import io.github.aimilestones.validate.internal.TimelineRows.Cell;
import io.github.aimilestones.validate.internal.TimelineRows.Row;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** One timeline checked against the reference: the file, the milestones seen so far and the findings. */
final class TimelineRun {

    /** Where a finding of the timeline is, and the reference milestone it concerns. */
    private record Place(Location location, @Nullable String recordId) {
    }

    /**
     * The longest name cell whose words are read for credits as a sentence's are: a name with a few words about it
     * ("ResNet by Yann LeCun"); a longer cell is no name, and reading it twice would double a row's cost.
     */
    private static final int LONGEST_CREDITING_NAME = 300;

    private final TimelineReference reference;
    private final String file;
    private final FindingSink<Place> sink;
    private final ClaimCheck claims;
    /** The line of the first row or entry of each reference milestone, by the milestone's id. */
    private final Map<String, Integer> seen = new HashMap<>();
    /** The milestones named in running text. */
    private final Set<String> mentioned = new java.util.HashSet<>();
    private final List<PartialDate> dates = new ArrayList<>();

    TimelineRun(TimelineReference reference, String file, ValidationConfig config) {
        this.reference = reference;
        this.file = file;
        this.sink = new FindingSink<>(config);
        this.claims = new ClaimCheck(this, reference);
    }

    ClaimCheck claims() {
        return claims;
    }

    /** The findings so far, in a report. */
    Report report(int rows) {
        return new Report(sink.reported().stream().map(f -> new Finding(f.rule(), f.severity(), f.message(),
                f.at().location(), f.at().recordId(), f.extra().fix(sink.language(), null, ""), f.extra().expected(),
                f.extra().evidence())).toList(), rows);
    }

    void unreadable(String english, String chinese) {
        sink.report(Rule.CHECK_UNREADABLE, new Place(Location.ofFile(file), null), english, chinese);
    }

    void report(Rule rule, Cell cell, @Nullable String milestone, String english, String chinese) {
        sink.report(rule, new Place(new Location(file, cell.line(), cell.column(), ""), milestone), english, chinese);
    }

    /** Notes a row or entry of a milestone; reports it if an earlier one was the same milestone. */
    boolean firstOf(Milestone m, Cell at, int line) {
        Integer first = seen.putIfAbsent(m.id(), line);
        if (first != null) {
            report(Rule.CHECK_DUPLICATE_ROW, at, m.id(), "the same milestone as line " + first + " (" + m.id()
                    + "): remove one of the rows", "与第 " + first + " 行是同一个里程碑（" + m.id() + "）：请删去其中一行");
        }
        return first == null;
    }

    /** Notes a date the timeline states, for {@link #missing}. */
    void dated(PartialDate date) {
        dates.add(date);
    }

    /** Reports a name that matches no milestone, or several, or a variant; the milestone if there is one. */
    Optional<Milestone> resolve(Cell name, MilestoneMatcher.Match match) {
        if (match.candidates().isEmpty()) {
            String suggestions = reference.suggestions(name.text());
            report(Rule.CHECK_UNKNOWN_MILESTONE, name, null, "\"" + ClaimCheck.shorten(name.text()) + "\" is unknown to the"
                    + " reference" + (suggestions.isEmpty() ? "" : ": the closest names are " + suggestions),
                    "参考数据集中没有“" + ClaimCheck.shorten(name.text()) + "”" + (suggestions.isEmpty() ? "" : "：最接近的名称是 " + suggestions));
            return Optional.empty();
        }
        if (match.candidates().size() > 1 || match.needsDate()) {
            String which = match.candidates().stream().map(m -> m.id() + " (" + m.date() + ")").collect(Collectors.joining(", "));
            report(Rule.CHECK_AMBIGUOUS, name, match.candidates().size() == 1 ? match.candidates().get(0).id() : null,
                    "\"" + ClaimCheck.shorten(name.text()) + "\" matches " + which
                    + ": add the date or a more specific name", "“" + ClaimCheck.shorten(name.text()) + "”同时匹配 " + which
                    + "：请加上日期或更具体的名称");
            return Optional.empty();
        }
        Milestone m = match.candidates().get(0);
        if (match.variant() != null) {
            report(Rule.CHECK_NAME_VARIANT, name, m.id(), "\"" + match.variant() + "\" is written \"" + m.name().en() + "\""
                    + (m.name().zh() == null ? "" : " (" + m.name().zh() + ")") + " in the reference",
                    "“" + match.variant() + "”在参考数据集中写作“" + ClaimCheck.zh(m) + "”（" + m.name().en() + "）");
        }
        return Optional.of(m);
    }

    /** A row of a table or CSV file. */
    void check(Row row) {
        if (row.extra() != null) {
            report(Rule.CHECK_UNCHECKED_ROW, row.extra(), null, "the row has more cells than the table's header: the extra"
                    + " cells are not checked", "该行的单元格比表头多：多出的单元格未检查");
        }
        if (row.name().text().isEmpty()) {
            report(Rule.CHECK_UNCHECKED_ROW, row.name(), null, "the row has no name: it cannot be checked",
                    "该行没有名称，无法检查");
            return;
        }
        Optional<PartialDate> date = row.date() == null ? Optional.empty() : TimelineRows.date(row.date().text());
        date.ifPresent(this::dated);
        Optional<Milestone> resolved = resolve(row.name(), reference.match(row, date));
        if (resolved.isEmpty()) {
            return;
        }
        Milestone m = resolved.get();
        if (!firstOf(m, row.name(), row.line())) {
            return;
        }
        Set<Correction> reported = new LinkedHashSet<>();
        String text = squeeze(row.text());
        for (Correction c : m.corrections()) {
            if (c.claim() != Claim.DATE || Claims.dates(c.stated(), null).isEmpty()) {
                if (text.contains(squeeze(c.stated()))) {
                    reported.add(c);
                    // The row holds the stated words (up to spaces): quote them, at the cell they belong to.
                    Cell cell = c.claim() == Claim.CONTRIBUTORS && row.people() != null ? row.people() : row.name();
                    claims.known(new Cell(c.stated(), cell.line(), cell.column()), m, c);
                }
            }
        }
        if (row.date() != null && date.isPresent()) {
            claims.date(row.date(), m, date.get(), reported);
        }
        for (Claims.FigureClaim figure : Claims.figures(row.text())) {
            if (reported.stream().noneMatch(c -> c.claim() == Claim.FIGURES)) {
                claims.figure(row.name(), m, figure, row.text().contains("ccura") || row.text().contains("准确"));
            }
        }
        if (row.name().text().length() <= LONGEST_CREDITING_NAME && !isAName(row.name().text(), m)) {  // "ResNet by Yann LeCun"
            ProseRun.credits(reference, this, row.name(), m);
        }
        if (row.people() != null && !row.people().text().isEmpty()) {
            PartialDate when = date.filter(d -> ClaimCheck.agrees(m, d)).orElse(m.date());
            new PeopleCell(reference, claims).check(row.people(), m, when, reported);
        }
    }

    /** The reference milestones between the timeline's first and last date that it never names. */
    void missing() {
        if (dates.isEmpty()) {
            return;
        }
        PartialDate from = dates.stream().min(PartialDate.CHRONOLOGICAL).orElseThrow();
        PartialDate to = dates.stream().max(PartialDate.CHRONOLOGICAL).orElseThrow();
        reference.catalog().milestones().stream()
                .filter(m -> !seen.containsKey(m.id()) && !mentioned.contains(m.id()) && !m.date().isBefore(from) && !m.date().isAfter(to))
                .sorted(Comparator.comparing(Milestone::date, PartialDate.CHRONOLOGICAL).thenComparing(Milestone::id))
                .forEach(m -> sink.report(Rule.CHECK_MISSING_MILESTONE, new Place(Location.ofFile(file), m.id()),
                        m.name().en() + (m.name().zh() == null ? "" : " (" + m.name().zh() + ")") + ", " + m.date()
                                + ", is in the reference but not in this timeline",
                        ClaimCheck.zh(m) + "（" + m.name().en() + "，" + m.date() + "）在参考数据集中，但不在这份时间线里"));
    }

    /** Notes a milestone named in running text, so that {@link #missing} does not list it. */
    void mentioned(Milestone m) {
        mentioned.add(m.id());
    }

    /** Whether a cell holds one of a milestone's names and nothing else, so that its words credit nobody. */
    private static boolean isAName(String cell, Milestone m) {
        String key = Names.key(cell);
        return Names.allNames(m.name(), m.aliases()).stream().anyMatch(n -> Names.key(n).equals(key));
    }

    static String squeeze(String text) {
        StringBuilder squeezed = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(squeezed::appendCodePoint);
        return squeezed.toString();
    }
}
