package io.github.aimilestones.validate.internal;

import io.github.aimilestones.model.Claim;
import io.github.aimilestones.model.Correction;
import io.github.aimilestones.model.CorrectionKind;
import io.github.aimilestones.model.Event;
import io.github.aimilestones.model.Figure;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.PartialDate;
import io.github.aimilestones.validate.Rule;
import io.github.aimilestones.validate.internal.TimelineRows.Cell;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The checks of one claim about one milestone, the same for a table row, a list entry and a sentence, with their
 * messages in English and Chinese: a date, a repeated correction, a credit, a figure.
 */
final class ClaimCheck {

    private final TimelineRun run;
    private final TimelineReference reference;

    ClaimCheck(TimelineRun run, TimelineReference reference) {
        this.run = run;
        this.reference = reference;
    }

    /** Whether a date is right for a milestone: its own date, or the date of any documented event. */
    static boolean agrees(Milestone m, PartialDate date) {
        if (date.overlaps(m.date())) {
            return true;
        }
        for (Event event : m.events()) {  // as eventsAt, without building its list for every date of every sentence
            if (event.date().overlaps(date)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A stated date: a correction the reference records for it, the date of another event (accepted, named), or wrong.
     *
     * @param cell where the date is written, with the user's words
     * @param reported the corrections already reported for this claim, to which a date correction is added
     */
    void date(Cell cell, Milestone m, PartialDate date, Set<Correction> reported) {
        dateCorrection(cell, m, date, reported);
        if (date.overlaps(m.date()) || reported.stream().anyMatch(c -> c.claim() == Claim.DATE)) {
            return;
        }
        otherDate(cell, m, date);
    }

    /** Reports a date the reference records as a correction of the milestone, if it is one. */
    void dateCorrection(Cell cell, Milestone m, PartialDate date, Set<Correction> reported) {
        for (Correction c : m.corrections()) {
            if (c.claim() == Claim.DATE && !reported.contains(c) && !date.overlaps(m.date())) {
                List<Claims.DateClaim> stated = Claims.dates(c.stated(), null);
                if (!stated.isEmpty() && date.overlaps(stated.get(0).date())) {
                    reported.add(c);
                    known(cell, m, c);
                }
            }
        }
    }

    private void otherDate(Cell cell, Milestone m, PartialDate date) {
        String en = m.name().en();
        String zh = zh(m);
        List<Event> events = m.eventsAt(date);
        if (!events.isEmpty()) {
            Event event = events.get(0);
            String dating = DateCheck.firstDisclosure(m.events()).filter(first -> first.date().equals(m.date()))
                    .map(first -> " by its " + first.kind().slug()).orElse("");
            run.report(Rule.CHECK_DATE_EVENT, cell, m.id(), cell.text() + " is the date of a documented event of " + en + ": its "
                    + event.kind().slug() + (event.note() == null ? "" : " (" + event.note().en() + ")") + ", " + event.date()
                    + reference.evidence(event.source()) + "; the reference dates the milestone" + dating + ": " + m.date() + ".",
                    "“" + cell.text() + "”是" + zh + "一个有文献记载的事件的日期：" + event.kind().slug()
                    + (event.note() == null ? "" : "（" + event.note().resolve(io.github.aimilestones.model.Language.ZH) + "）") + "，" + event.date()
                    + reference.zh(reference.evidence(event.source())) + "；参考数据集把该里程碑的日期定为 " + m.date() + "。");
            return;
        }
        String year = String.valueOf(date.year());
        if (m.dateNote() != null && (m.dateNote().en().contains(year) || m.dateNote().zh() != null && m.dateNote().zh().contains(year))) {
            run.report(Rule.CHECK_DATE_OTHER_EVENT, cell, m.id(), cell.text() + " is not the date the reference uses for "
                    + en + ": " + m.date() + ". " + m.dateNote().en() + reference.dateEvidence(m),
                    "“" + cell.text() + "”不是参考数据集为" + zh + "采用的日期：" + m.date() + "。" + m.dateNote().resolve(io.github.aimilestones.model.Language.ZH)
                    + reference.zh(reference.dateEvidence(m)));
        } else {
            run.report(Rule.CHECK_DATE_MISMATCH, cell, m.id(), cell.text() + " is wrong for " + en + ": the reference date is "
                    + m.date() + (m.dateNote() == null ? "." : ". " + m.dateNote().en()) + reference.dateEvidence(m),
                    "“" + cell.text() + "”对" + zh + "是错误的：参考数据集的日期是 " + m.date() + "。"
                    + (m.dateNote() == null ? "" : m.dateNote().resolve(io.github.aimilestones.model.Language.ZH)) + reference.zh(reference.dateEvidence(m)));
        }
    }

    /** The user repeats a claim the reference corrects: the message quotes the user's words. */
    void known(Cell cell, Milestone m, Correction c) {
        String words = shorten(cell.text());
        String correct = c.correct().replaceFirst("\\.$", "");
        String source = reference.evidence(c.settledBy());
        if (c.wrong()) {
            run.report(Rule.CHECK_KNOWN_ERROR, cell, m.id(), c.claim().slug() + " \"" + words + "\" is wrong for " + m.name().en()
                    + ": " + correct + ". " + c.reason().en() + source,
                    "“" + words + "”（" + c.claim().slug() + "）对" + zh(m) + "是错误的：" + correct + "。"
                    + c.reason().resolve(io.github.aimilestones.model.Language.ZH) + reference.zh(source));
        } else {
            boolean imprecise = c.kind() == CorrectionKind.IMPRECISE;
            run.report(Rule.CHECK_KNOWN_IMPRECISION, cell, m.id(), c.claim().slug() + " \"" + words + "\" is "
                    + (imprecise ? "imprecise for " + m.name().en() + "; precisely: " : "that of another event of "
                    + m.name().en() + "; the reference has: ") + correct + ". " + c.reason().en() + source,
                    "“" + words + "”（" + c.claim().slug() + "）" + (imprecise ? "对" + zh(m) + "不够准确；准确地说：" : "属于"
                    + zh(m) + "的另一事件；参考数据集记载：") + correct + "。" + c.reason().resolve(io.github.aimilestones.model.Language.ZH) + reference.zh(source));
        }
    }

    /** A person or organization credited who is not a contributor: a warning naming who is. */
    void notCredited(Cell cell, Milestone m, String who) {
        String evidence = reference.contributorsEvidence(m);
        run.report(Rule.CHECK_NOT_A_CONTRIBUTOR, cell, m.id(), who + " is not credited for " + m.name().en()
                + " in the reference; it credits " + reference.credits(m) + evidence,
                "参考数据集没有把" + zh(m) + "归功于" + who + "；它记载的贡献者是 " + reference.credits(m) + reference.zh(evidence));
    }

    /** A contributor's name, misspelled. */
    void misspelled(Cell cell, Milestone m, String written, String correct) {
        String evidence = reference.contributorsEvidence(m);
        run.report(Rule.CHECK_NAME_MISSPELLED, cell, m.id(), "\"" + written + "\" is spelled \"" + correct + "\"" + evidence,
                "“" + written + "”应写作“" + correct + "”" + reference.zh(evidence));
    }

    /**
     * A stated figure against the figures the reference records in its unit; nothing if it records none.
     *
     * @return whether the figure was compared (the milestone records figures in that unit)
     */
    boolean figure(Cell cell, Milestone m, Claims.FigureClaim claim, boolean accuracy) {
        List<Figure> recorded = m.figures().stream().filter(f -> f.unit().equals(claim.unit()) && f.value() != null).toList();
        if (recorded.isEmpty()) {
            return false;
        }
        if (recorded.stream().anyMatch(f -> matches(claim, f, recorded, accuracy))) {
            return true;
        }
        Figure f = recorded.get(0);
        String value = f.value().stripTrailingZeros().toPlainString() + (f.unit().equals("%") ? "%" : " " + f.unit());
        String source = reference.evidence(f.source());
        run.report(Rule.CHECK_FIGURE_MISMATCH, cell, m.id(), "\"" + claim.text() + "\" disagrees with the figure the reference"
                + " records for " + m.name().en() + ": " + f.measure() + ", " + value + source,
                "“" + claim.text() + "”与参考数据集为" + zh(m) + "记载的数字不符：" + f.measure() + "，" + value + reference.zh(source));
        return true;
    }

    private static boolean matches(Claims.FigureClaim claim, Figure f, List<Figure> recorded, boolean accuracy) {
        BigDecimal v = f.value();
        if (claim.second() != null) {  // a score: both numbers are recorded counts
            return recorded.stream().anyMatch(g -> g.value().compareTo(claim.value()) == 0)
                    && recorded.stream().anyMatch(g -> g.value().compareTo(claim.second()) == 0);
        }
        double stated = claim.value().doubleValue();
        double tolerance = claim.unit().equals("%") ? 0.5 * Math.pow(10, -Math.max(0, claim.value().scale())) : v.doubleValue() * 0.02;
        return Math.abs(stated - v.doubleValue()) <= tolerance
                || accuracy && claim.unit().equals("%") && Math.abs(stated - (100 - v.doubleValue())) <= 1.0;
    }

    void report(Rule rule, Cell cell, Milestone m, String english, String chinese) {
        run.report(rule, cell, m.id(), english, chinese);
    }

    static String zh(Milestone m) {
        return m.name().zh() == null ? m.name().en() : m.name().zh();
    }

    static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
