package io.github.aimilestones.validate.internal;

import io.github.aimilestones.model.Claim;
import io.github.aimilestones.model.Correction;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.Organization;
import io.github.aimilestones.model.PartialDate;
import io.github.aimilestones.model.Person;
import io.github.aimilestones.validate.internal.ProseRun.Mention;
import io.github.aimilestones.validate.internal.ProseText.Item;
import io.github.aimilestones.validate.internal.TimelineRows.Cell;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One sentence (or list entry) and the claims it makes about the milestones it names: a date is checked against
 * the milestone it agrees with or, if none, the one nearest to it; a person or organization is checked only where
 * the words credit it ("Hinton's", "by Google", "李飞飞团队创建的"), never where it is merely named beside a milestone.
 */
final class Sentence {

    /** Words after a name that credit it with what the sentence names; the gap before them is short. */
    private static final Pattern CREDIT_AFTER = Pattern.compile("(?i)^[^，。；,;:：()（）]{0,14}?(?:团队|及其同事|及其团队|等人|和同事"
            + "|提出|开发|发布|推出|创立|创建|创办|成立|设立|发明|创造|引入|设计|研发|构建|展示"
            + "|'s\\b|’s\\b|\\bet al|\\band (?:his |her |their )?colleagues|\\bteam\\b|\\bdeveloped|\\bintroduced|\\bproposed"
            + "|\\bcreated|\\bbuilt|\\breleased|\\bpublished|\\binvented|\\bdesigned|\\bunveiled|\\blaunched|\\bpresented"
            + "|\\bdescribed|\\bfounded|\\bco-founded|\\btrained|\\bwrote)");
    private static final Pattern CREDIT_BEFORE = Pattern.compile("(?i)(?:\\bby\\s{1,3}(?:the\\s{1,3})?|由)$");
    /** What may stand between two names of one group: "A, B and C", "A、B和C", "多伦多大学的辛顿". */
    private static final Pattern JOINER = Pattern.compile("(?i)\\s{0,3}(?:[,，、&/]|\\band\\b|和|与|及|的)?\\s{0,3}");
    private static final int MOST_MILESTONES = 16;

    private final ProseRun prose;
    private final Item item;
    private final int start;
    private final int end;
    private final List<Mention> mentions;
    private final List<Claims.DateClaim> dates;
    private final List<Milestone> milestones = new ArrayList<>();
    private final Set<Correction> reported = new LinkedHashSet<>();
    private Extensions.@Nullable Surroundings surroundings;

    Sentence(ProseRun prose, Item item, int start, int end, List<Mention> mentions, @Nullable PartialDate previous) {
        this.prose = prose;
        this.item = item;
        this.start = start;
        this.end = end;
        this.mentions = mentions;
        List<Claims.DateClaim> dates = new ArrayList<>();
        for (Claims.DateClaim d : Claims.dates(item.text().substring(start, end), previous)) {
            dates.add(new Claims.DateClaim(d.start() + start, d.end() + start, d.text(), d.date()));
        }
        this.dates = outsideNames(dates, mentions);
        for (Mention mention : mentions) {
            milestone(mention).filter(m -> !milestones.contains(m) && milestones.size() < MOST_MILESTONES).ifPresent(milestones::add);
        }
        if (milestones.isEmpty() && prose.subject() != null && item.kind() == ProseText.Kind.PROSE) {
            milestones.add(prose.subject());
        }
    }

    /**
     * The dates that are not part of a name: the year of "Turing Award 2018" names it, it is no claim beside it.
     * Both lists are in text order: one pass.
     */
    private static List<Claims.DateClaim> outsideNames(List<Claims.DateClaim> dates, List<Mention> mentions) {
        List<Claims.DateClaim> outside = new ArrayList<>();
        int m = 0;
        for (Claims.DateClaim d : dates) {
            while (m < mentions.size() && mentions.get(m).end() <= d.start()) {
                m++;
            }
            if (m == mentions.size() || mentions.get(m).start() >= d.end()) {
                outside.add(d);
            }
        }
        return outside;
    }

    List<Claims.DateClaim> dates() {
        return dates;
    }

    List<Milestone> milestones() {
        return milestones;
    }

    boolean hasCorrections() {
        return mentions.stream().anyMatch(m -> m.named().get(0).type() == Named.Type.CORRECTION);
    }

    /** The milestone an entry names by a looser match than the dictionary's. */
    void assume(Milestone m) {
        milestones.add(m);
    }

    /** The milestone a mention names, chosen by the sentence's dates and words where it could be several. */
    private Optional<Milestone> milestone(Mention mention) {
        List<Milestone> candidates = mention.named().stream().filter(n -> n.type() == Named.Type.MILESTONE)
                .map(n -> prose.reference().catalog().milestone(n.id())).flatMap(Optional::stream).toList();
        if (candidates.isEmpty()) {  // "AI winter" names the first or second only beside a date of its own
            candidates = mention.named().stream().filter(n -> n.type() == Named.Type.DATED_MILESTONE)
                    .map(n -> prose.reference().catalog().milestone(n.id())).flatMap(Optional::stream)
                    .filter(m -> dates.stream().anyMatch(d -> ClaimCheck.agrees(m, d.date()))).toList();
        }
        if (candidates.size() > 1) {
            candidates = candidates.stream().filter(m -> dates.stream().anyMatch(d -> ClaimCheck.agrees(m, d.date()))).toList();
        }
        if (candidates.size() != 1) {
            return Optional.empty();
        }
        // "AlphaGo defeated Lee Sedol" is the match: the sentence's people, dates and words choose
        Milestone m = candidates.get(0);
        if (prose.reference().isExtended(m)) {
            m = prose.reference().inContext(m, surroundings());
        }
        if (item.kind() == ProseText.Kind.PROSE && isOrdinaryWord(mention) && !isSupported(m)) {
            return Optional.empty();
        }
        return Optional.of(m);
    }

    /** The sentence's people, dates and words, read once: a sentence may name a milestone many times. */
    private Extensions.Surroundings surroundings() {
        if (surroundings == null) {
            surroundings = Extensions.Surroundings.of(mentions.stream().flatMap(x -> x.named().stream()).toList(),
                    dates.stream().map(Claims.DateClaim::date).toList(), item.text().substring(start, end));
        }
        return surroundings;
    }

    /**
     * A name as ordinary words write it: one or two Chinese characters ("深蓝", also in "深蓝色"), or in lower case a
     * name the reference writes as one short capitalised word ("torch" for "Torch", "alpaca"; not "resnet").
     */
    private boolean isOrdinaryWord(Mention mention) {
        String name = item.text().substring(mention.start(), mention.end());
        return name.length() <= 2 && name.chars().allMatch(c -> FoldedText.isHan((char) c))
                || mention.word() && name.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    /** Whether a sentence says more of a milestone than its name: a date of its own, or one of its contributors. */
    private boolean isSupported(Milestone m) {
        Set<String> named = surroundings().people();
        return dates.stream().anyMatch(d -> ClaimCheck.agrees(m, d.date()))
                || m.contributors().people().stream().anyMatch(named::contains)
                || m.contributors().organizations().stream().anyMatch(named::contains);
    }

    void check() {
        ClaimCheck claims = prose.run().claims();
        milestones.forEach(prose.run()::mentioned);
        for (Mention mention : mentions) {
            for (Named n : mention.named()) {
                if (n.type() == Named.Type.CORRECTION) {
                    Milestone m = prose.reference().catalog().milestone(n.id()).orElseThrow();
                    Correction c = m.corrections().get(n.correction());
                    if ((milestones.contains(m) || mention.end() - mention.start() >= 6) && reported.add(c)) {
                        claims.known(prose.cell(item, mention.start(), mention.end()), m, c);
                    }
                }
            }
        }
        if (milestones.isEmpty()) {
            return;
        }
        checkDates(claims);
        Milestone primary = primary();
        checkCredits(claims, primary);
        String text = item.text().substring(start, end);
        boolean accuracy = text.contains("ccura") || text.contains("准确") || text.contains("正确率");
        for (Claims.FigureClaim figure : Claims.figures(text)) {
            Cell cell = prose.cell(item, start + figure.start(), start + figure.end());
            for (Milestone m : milestones) {
                Optional<Correction> known = m.corrections().stream().filter(c -> c.claim() == Claim.FIGURES
                        && Claims.figures(c.stated()).stream().anyMatch(f -> f.value().compareTo(figure.value()) == 0)).findFirst();
                if (known.isPresent() && reported.add(known.get())) {
                    claims.known(cell, m, known.get());
                } else if (reported.stream().noneMatch(ProseRun::isFigures)) {
                    claims.figure(cell, m, figure, accuracy);
                }
            }
        }
        misspelledChineseNames(claims, primary, text);
    }

    /** Checks only the credits the words give, for a milestone found otherwise (a table row's). */
    void checkCredits(Milestone m) {
        if (!milestones.contains(m)) {
            milestones.clear();
            milestones.add(m);
        }
        checkCredits(prose.run().claims(), m);
    }

    private void checkDates(ClaimCheck claims) {
        List<Claims.DateClaim> stated = dates;
        Cell heading = null;
        if (stated.isEmpty() && prose.headingDate() != null && item.kind() == ProseText.Kind.PROSE) {
            stated = List.of(prose.headingDate());
            heading = prose.headingDateCell();
        }
        for (Claims.DateClaim d : stated) {
            prose.run().dated(d.date());
            Cell cell = heading != null ? heading : prose.cell(item, d.start(), d.end());
            Cell at = heading != null ? new Cell(heading.text(), prose.cell(item, start, end).line(), prose.cell(item, start, end).column()) : cell;
            List<Milestone> agreeing = milestones.stream().filter(m -> ClaimCheck.agrees(m, d.date())).toList();
            if (!agreeing.isEmpty()) {
                agreeing.stream().filter(m -> !d.date().overlaps(m.date())).forEach(m -> claims.date(at, m, d.date(), reported));
            } else if (heading == null || isShort()) {
                claims.date(at, nearest(d), d.date(), reported);
            } else {  // a year heading over a long sentence is its context, not its claim: only a recorded error counts
                claims.dateCorrection(at, nearest(d), d.date(), reported);
            }
        }
    }

    /** Whether the item reads as a timeline entry rather than as sentences. */
    private boolean isShort() {
        String text = item.text();
        return text.length() <= 80 && text.indexOf('，') < 0 && text.indexOf('。') < 0 && !text.contains(", ");
    }

    /** The milestone nearest to a date: the first named after it, else the last before it. */
    private Milestone nearest(Claims.DateClaim d) {
        Milestone before = null;
        for (Mention mention : mentions) {
            Optional<Milestone> m = milestone(mention);
            if (m.isPresent() && milestones.contains(m.get())) {
                if (mention.start() >= d.end()) {
                    return m.get();
                }
                before = m.get();
            }
        }
        return before != null ? before : milestones.get(0);
    }

    private Milestone primary() {
        for (Claims.DateClaim d : dates) {
            for (Milestone m : milestones) {
                if (ClaimCheck.agrees(m, d.date())) {
                    return m;
                }
            }
        }
        return milestones.get(0);
    }

    /** Names credited by the words around them, checked against every milestone the sentence names. */
    private void checkCredits(ClaimCheck claims, Milestone primary) {
        String text = item.text();
        PartialDate when = dates.isEmpty() ? primary.date() : dates.get(0).date();
        int i = 0;
        while (i < mentions.size()) {
            int j = i;
            while (j + 1 < mentions.size() && isPerson(mentions.get(j)) && isPerson(mentions.get(j + 1))
                    && JOINER.matcher(text.substring(mentions.get(j).end(), mentions.get(j + 1).start())).matches()) {
                j++;
            }
            if (isPerson(mentions.get(i))) {
                int stop = j + 1 < mentions.size() ? mentions.get(j + 1).start() : end;
                String after = text.substring(mentions.get(j).end(), Math.min(stop, mentions.get(j).end() + 40));
                String before = text.substring(Math.max(start, mentions.get(i).start() - 8), mentions.get(i).start());
                // "由清华大学姚班毕业生印奇创立": a name followed closely by another person is an affiliation
                boolean affiliation = j + 1 < mentions.size() && isPerson(mentions.get(j + 1)) && stop - mentions.get(j).end() <= 8
                        && text.substring(mentions.get(j).end(), stop).chars().noneMatch(c -> "，。；,;".indexOf(c) >= 0);
                List<Milestone> clause = clause(mentions.get(i).start(), mentions.get(j).end());
                if (!clause.isEmpty() && !affiliation && (CREDIT_AFTER.matcher(after).find() || CREDIT_BEFORE.matcher(before).find())) {
                    Milestone credited = clause.contains(primary) ? primary : clause.get(0);
                    for (int k = i; k <= j; k++) {
                        Mention mention = mentions.get(k);
                        Named who = mention.named().get(0);
                        if (milestones.stream().noneMatch(m -> credited(who, m, when))) {
                            claims.notCredited(prose.cell(item, mention.start(), mention.end()), credited, name(who));
                        }
                    }
                }
            }
            i = j + 1;
        }
    }

    /** The milestones named in the clause around [from, to): up to the nearest 。，；：, or ", " outside it. */
    private List<Milestone> clause(int from, int to) {
        String text = item.text();
        int left = from;
        while (left > start && !isClauseEnd(text, left - 1)) {
            left--;
        }
        int right = to;
        while (right < end && !isClauseEnd(text, right)) {
            right++;
        }
        List<Milestone> named = new ArrayList<>();
        for (Mention mention : mentions) {
            if (mention.start() >= left && mention.end() <= right) {
                milestone(mention).filter(milestones::contains).filter(m -> !named.contains(m)).ifPresent(named::add);
            }
        }
        if (named.isEmpty() && prose.subject() != null && milestones.contains(prose.subject())
                && mentions.stream().noneMatch(x -> milestone(x).isPresent())) {
            named.add(prose.subject());
        }
        return named;
    }

    private static boolean isClauseEnd(String text, int i) {
        char c = text.charAt(i);
        return "，。；：;:！？!?".indexOf(c) >= 0 || c == ',' && i + 1 < text.length() && text.charAt(i + 1) == ' ';
    }

    private static boolean isPerson(Mention m) {
        Named.Type type = m.named().get(0).type();
        return type == Named.Type.PERSON || type == Named.Type.ORGANIZATION;
    }

    /** Whether a person or organization is credited for a milestone, reading an organization by the date. */
    private boolean credited(Named who, Milestone m, PartialDate when) {
        if (who.type() == Named.Type.PERSON) {
            return m.contributors().people().contains(who.id());
        }
        if (m.contributors().organizations().contains(who.id())) {
            return true;
        }
        Optional<Organization> org = prose.reference().catalog().organization(who.id());
        if (org.isEmpty()) {
            return false;
        }
        Organization o = org.get();
        // "谷歌DeepMind" in 2016 is DeepMind, which Google DeepMind continues; "DeepMind" in 2024 is Google DeepMind.
        if (prose.reference().credits(m, o, ClaimCheck.agrees(m, when) ? when : m.date())) {
            return true;
        }
        String key = Names.key(o.name().en());
        return m.contributors().organizations().stream().map(id -> prose.reference().catalog().organization(id))
                .flatMap(Optional::stream).anyMatch(c -> Names.key(c.name().en()).startsWith(key));
    }

    private String name(Named who) {
        return who.type() == Named.Type.PERSON
                ? prose.reference().catalog().person(who.id()).map(Person::name).map(n -> n.en()).orElse(who.id())
                : prose.reference().catalog().organization(who.id()).map(o -> o.name().en()).orElse(who.id());
    }

    /** 何凯明 for 何恺明: a contributor's three-character Chinese name with one character wrong. */
    private void misspelledChineseNames(ClaimCheck claims, Milestone m, String text) {
        for (String id : m.contributors().people()) {
            Optional<Person> person = prose.reference().catalog().person(id);
            String zh = person.map(p -> p.name().zh()).orElse(null);
            if (zh == null || zh.length() != 3 || !Names.isChinese(zh) || text.contains(zh)) {
                continue;
            }
            for (int i = 0; i + 3 <= text.length(); i++) {
                String window = text.substring(i, i + 3);
                // 李世石 is written in the milestone's own names ("AlphaGo 对李世石"): a spelling, not a typo
                if (text.charAt(i) == zh.charAt(0) && Names.isShortChineseTypo(zh, window)
                        && Names.allNames(m.name(), m.aliases()).stream().noneMatch(n -> n.contains(window))) {
                    claims.misspelled(prose.cell(item, start + i, start + i + 3), m, text.substring(i, i + 3), zh);
                    break;
                }
            }
        }
    }
}
