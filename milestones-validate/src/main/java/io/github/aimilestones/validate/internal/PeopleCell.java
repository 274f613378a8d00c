package io.github.aimilestones.validate.internal;

import io.github.aimilestones.model.Claim;
import io.github.aimilestones.model.Correction;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.PartialDate;
import io.github.aimilestones.validate.Rule;
import io.github.aimilestones.validate.internal.TimelineRows.Cell;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people cell of a row: each name it credits, split at commas, "and", 和, 与, 及, checked against the milestone's
 * contributors, and reported at the column of the name itself.
 */
final class PeopleCell {

    /** Words around names that say "and others" or "team", which are not part of any name. */
    private static final Pattern NOISE = Pattern.compile(
            "(?i)\\bet\\s{0,3}al\\.?|等人|团队|领导|实验室|\\bteam\\b|\\blab\\b|\\band others\\b");
    /** A separator between names; every alternative is a fixed word, so splitting is linear. */
    private static final Pattern SEPARATOR = Pattern.compile("[,，、;；/&]|\\band\\b|和|与|及");

    private final TimelineReference reference;
    private final ClaimCheck claims;

    PeopleCell(TimelineReference reference, ClaimCheck claims) {
        this.reference = reference;
        this.claims = claims;
    }

    /**
     * Checks each name of the cell.
     *
     * @param when the row's date, or the milestone's: an organization is read by it ("谷歌DeepMind" in 2016 is DeepMind)
     */
    void check(Cell cell, Milestone m, PartialDate when, Set<Correction> reported) {
        Map<String, String> contributors = reference.contributorNames(m);
        String stated = reported.stream().filter(c -> c.claim() == Claim.CONTRIBUTORS).map(c -> TimelineRun.squeeze(c.stated()))
                .reduce("", (a, b) -> a + "\u0000" + b);
        String text = NOISE.matcher(cell.text()).replaceAll(match -> " ".repeat(match.group().length()));
        Matcher separator = SEPARATOR.matcher(text);
        int from = 0;
        while (from <= text.length()) {
            int to = separator.find() ? separator.start() : text.length();
            int start = from;
            int end = to;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (start < end) {
                String name = cell.text().substring(start, end);
                name(new Cell(name, cell.line(), cell.column() + start), m, when, contributors, stated);
            }
            if (to == text.length()) {
                break;
            }
            from = separator.end();
        }
    }

    private void name(Cell at, Milestone m, PartialDate when, Map<String, String> contributors, String stated) {
        String name = at.text();
        String key = Names.key(name);
        if (key.isEmpty() || contributors.containsKey(key) || !stated.isEmpty() && stated.contains(TimelineRun.squeeze(name))
                || partOf(key, contributors.keySet()) || reference.organization(key).filter(o -> reference.credits(m, o, when)).isPresent()) {
            return;
        }
        Optional<String> close = contributors.keySet().stream()
                .filter(k -> Names.isClose(k, key) || Names.isShortChineseTypo(k, key)).findFirst();
        Optional<String> elsewhere = reference.registryName(key);
        if (close.isPresent()) {
            claims.misspelled(at, m, name, contributors.get(close.get()));
        } else if (elsewhere.isPresent()) {
            claims.notCredited(at, m, elsewhere.get());
        } else {
            String evidence = reference.contributorsEvidence(m);
            claims.report(Rule.CHECK_UNKNOWN_CONTRIBUTOR, at, m, "\"" + name + "\" is unknown to the reference; it credits "
                    + reference.credits(m) + " for " + m.name().en() + evidence, "参考数据集中没有“" + name + "”；它记载的"
                    + ClaimCheck.zh(m) + "贡献者是 " + reference.credits(m) + TimelineReference.zh(evidence));
        }
    }

    /**
     * "Google" for Google Brain and "Vaswani" for Ashish Vaswani: a name that begins or ends a contributor's name
     * (four characters at least, or two Chinese ones) is that contributor named more loosely.
     */
    static boolean partOf(String key, Set<String> contributorKeys) {
        int minimum = Names.isChinese(key) ? 2 : 4;
        return key.codePointCount(0, key.length()) >= minimum
                && contributorKeys.stream().anyMatch(k -> k.startsWith(key) || k.endsWith(key));
    }
}
