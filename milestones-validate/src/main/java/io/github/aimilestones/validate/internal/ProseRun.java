package io.github.aimilestones.validate.internal;

import io.github.aimilestones.model.Claim;
import io.github.aimilestones.model.Correction;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.PartialDate;
import io.github.aimilestones.validate.internal.NameAutomaton.Hit;
import io.github.aimilestones.validate.internal.ProseText.Item;
import io.github.aimilestones.validate.internal.ProseText.Kind;
import io.github.aimilestones.validate.internal.TimelineRows.Cell;
import io.github.aimilestones.validate.internal.TimelineRows.Row;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Running text checked against the reference, item by item: the names each sentence mentions (one pass of the
 * reference's dictionary), the claims beside them (dates, credits, figures, repeated corrections), and the context
 * that headings set (a year heading dates the bullets under it; a titled bullet names their subject).
 */
final class ProseRun {

    /**
     * A name found in an item: where it is in the item's text, what it names, and whether the reference writes it as
     * one capitalised word ({@link NameAutomaton.Hit#word}).
     */
    record Mention(int start, int end, List<Named> named, boolean word) {
    }

    private final TimelineReference reference;
    private final TimelineRun run;
    private final ProseText prose;
    private Claims.@Nullable DateClaim headingDate;
    private int headingDateOffset;
    private @Nullable Milestone subject;
    private int checked;
    /** The table cell the text is, whose line and column locate it; null for a document. */
    private final @Nullable Cell origin;

    ProseRun(TimelineReference reference, TimelineRun run, ProseText prose) {
        this(reference, run, prose, null);
    }

    private ProseRun(TimelineReference reference, TimelineRun run, ProseText prose, @Nullable Cell origin) {
        this.reference = reference;
        this.run = run;
        this.prose = prose;
        this.origin = origin;
    }

    /**
     * Checks the credits that the words of a table's name cell give ("ResNet by Yann LeCun") for the row's
     * milestone, as those of a sentence or a list entry are checked.
     */
    static void credits(TimelineReference reference, TimelineRun run, Cell name, Milestone m) {
        ProseRun cell = new ProseRun(reference, run, ProseText.read(name.text()), name);
        cell.prose.items(item -> new Sentence(cell, item, 0, item.text().length(), cell.mentions(item), null)
                .checkCredits(m));
    }

    /** Checks every item; returns how many entries and sentences naming a milestone were checked. */
    int check() {
        prose.items(item -> {
            List<Mention> mentions = mentions(item);
            switch (item.kind()) {
                case HEADING -> {
                    List<Claims.DateClaim> dates = Claims.dates(item.text(), null);
                    headingDate = dates.isEmpty() ? null : dates.get(0);
                    headingDateOffset = dates.isEmpty() ? 0 : item.offsets()[dates.get(0).start()];
                    subject = first(mentions);
                }
                case SUBHEADING -> subject = first(mentions);
                case ENTRY -> entry(item, mentions);
                case PROSE -> sentences(item, mentions);
            }
        });
        return checked;
    }

    private List<Mention> mentions(Item item) {
        FoldedText folded = FoldedText.of(item.text());
        List<Mention> mentions = new ArrayList<>();
        for (Hit<Named> hit : reference.names().find(folded)) {
            mentions.add(new Mention(folded.originOf(hit.start()), folded.originOf(hit.end() - 1) + 1, hit.values(), hit.word()));
        }
        return mentions;
    }

    private @Nullable Milestone first(List<Mention> mentions) {
        for (Mention m : mentions) {
            for (Named n : m.named()) {
                if (n.type() == Named.Type.MILESTONE) {
                    return reference.catalog().milestone(n.id()).orElse(null);
                }
            }
        }
        return null;
    }

    /** A list line that reads as a row: "- 2012: AlexNet wins ImageNet". */
    private void entry(Item item, List<Mention> mentions) {
        checked++;
        Sentence sentence = new Sentence(this, item, 0, item.text().length(), mentions, null);
        Cell name = cell(item, item.nameStart(), item.text().length());
        Optional<PartialDate> date = sentence.dates().isEmpty() ? Optional.empty() : Optional.of(sentence.dates().get(0).date());
        date.ifPresent(run::dated);
        if (sentence.milestones().isEmpty()) {
            String head = item.text().substring(item.nameStart());
            Row row = new Row(name.line(), null, name, null, item.text(), false, null);
            Optional<Milestone> m = run.resolve(new Cell(head, name.line(), name.column()), reference.match(row, date));
            if (m.isEmpty()) {
                return;
            }
            sentence.assume(m.get());
        }
        if (!run.firstOf(sentence.milestones().get(0), name, name.line())) {
            return;
        }
        sentence.check();
    }

    private void sentences(Item item, List<Mention> mentions) {
        String text = item.text();
        int start = 0;
        int next = 0;
        PartialDate previous = null;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || endsSentence(text, i)) {
                int end = Math.min(text.length(), i + 1);
                List<Mention> inside = new ArrayList<>();
                while (next < mentions.size() && mentions.get(next).start() < end) {
                    inside.add(mentions.get(next++));
                }
                if (end > start) {
                    Sentence sentence = new Sentence(this, item, start, end, inside, previous);
                    if (!sentence.dates().isEmpty()) {
                        previous = sentence.dates().get(sentence.dates().size() - 1).date();
                    }
                    if (!sentence.milestones().isEmpty() || sentence.hasCorrections()) {
                        checked++;
                        sentence.check();
                    }
                }
                start = end;
            }
        }
    }

    /** Whether the character at i ends a sentence: 。！？; or a full stop before a space. */
    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if ("。！？；!?;".indexOf(c) >= 0) {
            return true;
        }
        // "in 2015. Kaiming He": a full stop before a space, but not "U.S. " or "A. Joseph"
        return c == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' ' && i > 1
                && !(Character.isUpperCase(text.charAt(i - 1)) && !Character.isLetter(text.charAt(i - 2)));
    }

    /** The cell of an item's text [start, end): the words and where the first of them is in the document. */
    Cell cell(Item item, int start, int end) {
        int offset = item.offsets()[Math.min(start, item.offsets().length - 1)];
        String words = item.text().substring(start, end).strip();
        return origin == null ? new Cell(words, prose.line(offset), prose.column(offset))
                : new Cell(words, origin.line(), origin.column() + offset);
    }

    /** The date a year heading gives the items under it, at the heading's words. */
    Claims.@Nullable DateClaim headingDate() {
        return headingDate;
    }

    Cell headingDateCell() {
        return new Cell(headingDate == null ? "" : headingDate.text(), prose.line(headingDateOffset), prose.column(headingDateOffset));
    }

    @Nullable Milestone subject() {
        return subject;
    }

    TimelineReference reference() {
        return reference;
    }

    TimelineRun run() {
        return run;
    }

    /** The corrections of a milestone found in an item, already reported, so that no claim is reported twice. */
    static Set<Correction> none() {
        return new LinkedHashSet<>();
    }

    static boolean isFigures(Correction c) {
        return c.claim() == Claim.FIGURES;
    }
}
