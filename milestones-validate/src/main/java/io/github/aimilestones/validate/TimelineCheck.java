package io.github.aimilestones.validate;

import io.github.aimilestones.data.Location;
import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Citation;
import io.github.aimilestones.model.Claim;
import io.github.aimilestones.model.Correction;
import io.github.aimilestones.model.LocalizedText;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.Organization;
import io.github.aimilestones.model.PartialDate;
import io.github.aimilestones.model.Person;
import io.github.aimilestones.model.Source;
import io.github.aimilestones.validate.internal.Names;
import io.github.aimilestones.validate.internal.TimelineRows;
import io.github.aimilestones.validate.internal.TimelineRows.Cell;
import io.github.aimilestones.validate.internal.TimelineRows.Row;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Checks a user's own timeline (a Markdown table, a CSV file, a bullet list) against a reference catalog: which
 * rows have a wrong date, a misspelled or wrong contributor, a claim the reference records as a known error, which
 * match no milestone, and which are duplicates. Names are matched in either language, ignoring case, width,
 * punctuation and small typos, with the same normalisation as the validator's name checks.
 *
 * <pre>{@code
 * Report report = TimelineCheck.against(Milestones.catalog()).check(Path.of("my-slides.md"));
 * report.findings().forEach(System.out::println);   // my-slides.md:12:3: error: ... [check.date-mismatch]
 * }</pre>
 */
public final class TimelineCheck {

    /** The largest file {@code check} reads: a timeline is a document, not a dump. */
    public static final long MAX_FILE_BYTES = 10L << 20;

    /** Words around names that say "and others" or "team", which are not part of any name. */
    private static final Pattern NOISE = Pattern.compile(
            "(?i)\\bet\\s*al\\.?|等人|团队|领导|实验室|\\bteam\\b|\\blab\\b|\\band others\\b");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("\\s*(?:[,，、;；/&]|\\band\\b|和|与|及)\\s*");
    private static final Pattern PARENTHESES = Pattern.compile("[（(]([^）)]*)[）)]");

    private final Catalog reference;
    private final ValidationConfig config;
    private final boolean reportMissing;
    /** Milestones by the key of a whole name or alias. */
    private final Map<String, Set<String>> milestonesByKey = new HashMap<>();
    /** Milestones by the key of a name without its parenthesis, or of what the parenthesis holds: "CNN". */
    private final Map<String, Set<String>> milestonesByPartialKey = new HashMap<>();
    private final Map<String, String> displayNameByKey = new HashMap<>();

    private TimelineCheck(Catalog reference, ValidationConfig config, boolean reportMissing) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.config = Objects.requireNonNull(config, "config");
        this.reportMissing = reportMissing;
        for (Milestone m : reference.milestones()) {
            for (String name : names(m.name(), m.aliases())) {
                String key = Names.key(name);
                milestonesByKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(m.id());
                displayNameByKey.putIfAbsent(key, name);
                for (String partial : partialKeys(name)) {
                    milestonesByPartialKey.computeIfAbsent(partial, k -> new LinkedHashSet<>()).add(m.id());
                }
            }
        }
    }

    /**
     * A check against a reference catalog, with every rule at its default severity.
     *
     * @param reference the reference, usually {@code Milestones.catalog()}
     * @return the check
     */
    public static TimelineCheck against(Catalog reference) {
        return new TimelineCheck(reference, ValidationConfig.defaults(), false);
    }

    /**
     * This check with another configuration (severities, rules switched off).
     *
     * @param config the configuration
     * @return a new check
     */
    public TimelineCheck withConfig(ValidationConfig config) {
        return new TimelineCheck(reference, config, reportMissing);
    }

    /**
     * This check, also listing the reference milestones of the timeline's period that it leaves out (as info).
     *
     * @param report whether to list them
     * @return a new check
     */
    public TimelineCheck reportingMissing(boolean report) {
        return new TimelineCheck(reference, config, report);
    }

    /**
     * Checks a timeline file (UTF-8, with or without a byte order mark; at most {@link #MAX_FILE_BYTES}).
     *
     * @param file a Markdown, CSV or text file
     * @return the findings, located at the row and cell
     */
    public Report check(Path file) {
        String name = file.toString().replace('\\', '/');
        String text;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                return unreadable(name, "the file is larger than " + (MAX_FILE_BYTES >> 20) + " MiB: a timeline is smaller");
            }
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            return unreadable(name, "file not found");
        } catch (CharacterCodingException e) {
            return unreadable(name, "the file is not valid UTF-8: save it as UTF-8");
        } catch (IOException e) {
            return unreadable(name, "cannot read the file: " + e.getMessage());
        }
        return check(name, text);
    }

    /**
     * Checks a timeline given as text.
     *
     * @param file the name to report locations with
     * @param text the timeline
     * @return the findings, located at the row and cell
     */
    public Report check(String file, String text) {
        TimelineRows.Timeline timeline = TimelineRows.read(file, text);
        if (timeline.rows().isEmpty()) {
            return unreadable(file, Objects.requireNonNullElse(timeline.problem(), "the file holds no rows"));
        }
        List<Finding> findings = new ArrayList<>();
        Map<String, Row> seen = new HashMap<>();
        for (Row row : timeline.rows()) {
            checkRow(file, row, seen, findings);
        }
        if (reportMissing) {
            missing(file, timeline.rows(), seen, findings);
        }
        return new Report(findings, timeline.rows().size());
    }

    private Report unreadable(String file, String problem) {
        List<Finding> findings = new ArrayList<>();
        config.severityOf(Rule.CHECK_UNREADABLE).ifPresent(severity -> findings.add(new Finding(
                Rule.CHECK_UNREADABLE.id(), severity, problem, Location.ofFile(file), null)));
        return new Report(findings, 0);
    }

    private void add(List<Finding> findings, Rule rule, String message, String file, Cell cell, String recordId) {
        config.severityOf(rule).ifPresent(severity -> findings.add(new Finding(rule.id(), severity, message,
                new Location(file, cell.line(), cell.column(), ""), recordId)));
    }

    private void checkRow(String file, Row row, Map<String, Row> seen, List<Finding> findings) {
        Optional<PartialDate> date = row.date() == null ? Optional.empty() : TimelineRows.date(row.date().text());
        Match match = match(row, date);
        if (match.candidates().isEmpty()) {
            if (!row.name().text().isEmpty()) {
                add(findings, Rule.CHECK_UNKNOWN_MILESTONE, "\"" + shorten(row.name().text())
                        + "\" is unknown to the reference" + suggestions(row.name().text()), file, row.name(), null);
            }
            return;
        }
        if (match.candidates().size() > 1) {
            add(findings, Rule.CHECK_AMBIGUOUS, "\"" + shorten(row.name().text()) + "\" matches "
                    + match.candidates().stream().map(m -> m.id() + " (" + m.date() + ")").collect(Collectors.joining(", "))
                    + ": add the date or a more specific name", file, row.name(), null);
            return;
        }
        Milestone m = match.candidates().get(0);
        if (match.variant() != null) {
            add(findings, Rule.CHECK_NAME_VARIANT, "\"" + match.variant() + "\" is written \"" + m.name().en() + "\""
                    + (m.name().zh() == null ? "" : " (" + m.name().zh() + ")") + " in the reference", file, row.name(), m.id());
        }
        Row first = seen.putIfAbsent(m.id(), row);
        if (first != null) {
            add(findings, Rule.CHECK_DUPLICATE_ROW, "the same milestone as line " + first.line() + " (" + m.id()
                    + "): remove one of the rows", file, row.name(), m.id());
            return;
        }
        Set<Correction> reported = knownErrors(file, row, m, date, findings);
        date.ifPresent(d -> checkDate(file, row, m, d, reported, findings));
        if (row.people() != null && !row.people().text().isEmpty()) {
            checkPeople(file, row, m, reported, findings);
        }
    }

    /** The row repeats a claim the reference corrects: report it with the correction's reason and evidence. */
    private Set<Correction> knownErrors(String file, Row row, Milestone m, Optional<PartialDate> date,
            List<Finding> findings) {
        Set<Correction> reported = new LinkedHashSet<>();
        String text = squeeze(row.text());
        for (Correction c : m.corrections()) {
            boolean repeated;
            Cell cell;
            if (c.claim() == Claim.DATE) {
                Optional<PartialDate> stated = TimelineRows.date(c.stated());
                repeated = date.isPresent() && stated.isPresent() && date.get().overlaps(stated.get())
                        && !date.get().overlaps(m.date());
                cell = row.date();
            } else {
                repeated = text.contains(squeeze(c.stated()));
                cell = c.claim() == Claim.CONTRIBUTORS && row.people() != null ? row.people() : row.name();
            }
            if (repeated) {
                reported.add(c);
                add(findings, Rule.CHECK_KNOWN_ERROR, c.claim().slug() + " \"" + shorten(c.stated()) + "\" is wrong: "
                        + c.correct().replaceFirst("\\.$", "") + ". " + c.reason().en() + evidence(c.settledBy()), file, cell, m.id());
            }
        }
        return reported;
    }

    private void checkDate(String file, Row row, Milestone m, PartialDate date, Set<Correction> reported,
            List<Finding> findings) {
        if (date.overlaps(m.date()) || reported.stream().anyMatch(c -> c.claim() == Claim.DATE)) {
            return;
        }
        String year = String.valueOf(date.year());
        if (m.dateNote() != null && (m.dateNote().en().contains(year)
                || m.dateNote().zh() != null && m.dateNote().zh().contains(year))) {
            add(findings, Rule.CHECK_DATE_OTHER_EVENT, row.date().text() + " is not the date the reference uses for "
                    + m.name().en() + ": " + m.date() + ". " + m.dateNote().en() + evidence(dateSource(m)), file, row.date(),
                    m.id());
        } else {
            add(findings, Rule.CHECK_DATE_MISMATCH, row.date().text() + " is wrong for " + m.name().en()
                    + ": the reference date is " + m.date() + (m.dateNote() == null ? "." : ". " + m.dateNote().en())
                    + evidence(dateSource(m)), file, row.date(), m.id());
        }
    }

    private void checkPeople(String file, Row row, Milestone m, Set<Correction> reported, List<Finding> findings) {
        Map<String, String> contributorKeys = new LinkedHashMap<>();
        for (String id : m.contributors().people()) {
            reference.person(id).ifPresent(p -> names(p.name(), p.aliases()).forEach(n -> contributorKeys.put(Names.key(n), p.name().en())));
        }
        for (String id : m.contributors().organizations()) {
            reference.organization(id).ifPresent(o -> names(o.name(), o.aliases())
                    .forEach(n -> contributorKeys.put(Names.key(n), o.name().en())));
        }
        String reportedText = reported.stream().filter(c -> c.claim() == Claim.CONTRIBUTORS).map(c -> squeeze(c.stated()))
                .collect(Collectors.joining("\u0000"));
        for (String name : NAME_SEPARATORS.split(NOISE.matcher(row.people().text()).replaceAll(" "))) {
            String key = Names.key(name);
            if (key.isEmpty() || contributorKeys.containsKey(key) || !reportedText.isEmpty() && reportedText.contains(squeeze(name))
                    || partOf(key, contributorKeys.keySet())) {
                continue;
            }
            Optional<String> close = contributorKeys.keySet().stream().filter(k -> Names.isClose(k, key)).findFirst();
            if (close.isPresent()) {
                add(findings, Rule.CHECK_NAME_MISSPELLED, "\"" + name.strip() + "\" is spelled \""
                        + contributorKeys.get(close.get()) + "\"" + evidence(contributorsSource(m)), file, row.people(), m.id());
            } else if (knownElsewhere(key).isPresent()) {
                add(findings, Rule.CHECK_NOT_A_CONTRIBUTOR, knownElsewhere(key).get() + " is not credited for "
                        + m.name().en() + " in the reference; it credits " + credits(m) + evidence(contributorsSource(m)),
                        file, row.people(), m.id());
            } else {
                add(findings, Rule.CHECK_UNKNOWN_CONTRIBUTOR, "\"" + name.strip() + "\" is unknown to the reference; it credits "
                        + credits(m) + " for " + m.name().en() + evidence(contributorsSource(m)), file, row.people(), m.id());
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

    private Optional<String> knownElsewhere(String key) {
        for (Person p : reference.people()) {
            if (names(p.name(), p.aliases()).stream().anyMatch(n -> Names.key(n).equals(key))) {
                return Optional.of(p.name().en());
            }
        }
        for (Organization o : reference.organizations()) {
            if (names(o.name(), o.aliases()).stream().anyMatch(n -> Names.key(n).equals(key))) {
                return Optional.of(o.name().en());
            }
        }
        return Optional.empty();
    }

    private String credits(Milestone m) {
        List<String> names = new ArrayList<>();
        m.contributors().people().forEach(id -> reference.person(id).ifPresent(p -> names.add(p.name().en())));
        m.contributors().organizations().forEach(id -> reference.organization(id).ifPresent(o -> names.add(o.name().en())));
        return names.isEmpty() ? "nobody" : String.join(", ", names) + (m.contributors().andOthers() ? " and others" : "");
    }

    private void missing(String file, List<Row> rows, Map<String, Row> seen, List<Finding> findings) {
        List<PartialDate> dates = rows.stream().filter(r -> r.date() != null)
                .map(r -> TimelineRows.date(r.date().text())).flatMap(Optional::stream).toList();
        if (dates.isEmpty()) {
            return;
        }
        PartialDate from = dates.stream().min(PartialDate.CHRONOLOGICAL).orElseThrow();
        PartialDate to = dates.stream().max(PartialDate.CHRONOLOGICAL).orElseThrow();
        reference.milestones().stream()
                .filter(m -> !seen.containsKey(m.id()) && !m.date().isBefore(from) && !m.date().isAfter(to))
                .sorted(Comparator.comparing(Milestone::date, PartialDate.CHRONOLOGICAL).thenComparing(Milestone::id))
                .forEach(m -> config.severityOf(Rule.CHECK_MISSING_MILESTONE).ifPresent(severity -> findings.add(new Finding(
                        Rule.CHECK_MISSING_MILESTONE.id(), severity, m.name().en() + (m.name().zh() == null ? "" : " ("
                                + m.name().zh() + ")") + ", " + m.date() + ", is in the reference but not in this timeline",
                        Location.ofFile(file), m.id()))));
    }

    /** How a row's name was matched: the candidates, and the row's spelling when it was not exact. */
    private record Match(List<Milestone> candidates, String variant) {
    }

    private Match match(Row row, Optional<PartialDate> date) {
        String text = row.name().text();
        String key = Names.key(text);
        Set<String> ids = new LinkedHashSet<>(milestonesByKey.getOrDefault(key, Set.of()));
        String variant = null;
        if (ids.isEmpty()) {
            // "生成对抗网络" for "生成对抗网络（GAN）", "LSTM" for "长短期记忆网络（LSTM）", and the other way round.
            Set<String> partial = new LinkedHashSet<>(partialKeys(text));
            partial.add(key);
            for (String k : partial) {
                ids.addAll(milestonesByKey.getOrDefault(k, Set.of()));
                ids.addAll(milestonesByPartialKey.getOrDefault(k, Set.of()));
            }
        }
        if (ids.isEmpty() && !row.free()) {
            for (Map.Entry<String, Set<String>> entry : milestonesByKey.entrySet()) {
                if (Names.isClose(entry.getKey(), key)) {
                    ids.addAll(entry.getValue());
                    variant = text;
                }
            }
        }
        if (ids.isEmpty()) {
            ids.addAll(contained(Names.key(text)));
        }
        List<Milestone> candidates = ids.stream().map(reference::milestone).flatMap(Optional::stream).toList();
        if (candidates.size() > 1 && date.isPresent()) {
            List<Milestone> sameTime = candidates.stream().filter(m -> m.date().overlaps(date.get())).toList();
            if (!sameTime.isEmpty()) {
                candidates = sameTime;
            }
        }
        return new Match(candidates, candidates.size() == 1 ? variant : null);
    }

    /**
     * For list items and phrases: the milestones whose name (four characters at least, two in Chinese) appears
     * first in the text, the longest of those that start there. "AlexNet wins ImageNet" is AlexNet.
     */
    private Set<String> contained(String key) {
        int first = Integer.MAX_VALUE;
        int longest = 0;
        Set<String> ids = new LinkedHashSet<>();
        for (Map.Entry<String, Set<String>> entry : milestonesByKey.entrySet()) {
            String name = entry.getKey();
            int length = name.codePointCount(0, name.length());
            int at = key.indexOf(name);
            if (at < 0 || length < (Names.isChinese(name) ? 2 : 4)) {
                continue;
            }
            if (at < first || at == first && length > longest) {
                ids.clear();
                first = at;
                longest = length;
            }
            if (at == first && length == longest) {
                ids.addAll(entry.getValue());
            }
        }
        return ids;
    }

    private String suggestions(String text) {
        String key = Names.key(text);
        JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();
        List<String> closest = milestonesByKey.keySet().stream()
                .sorted(Comparator.comparingDouble((String k) -> -similarity.apply(k, key)).thenComparing(k -> k))
                .map(displayNameByKey::get).distinct().limit(3).toList();
        return closest.isEmpty() ? "" : ": the closest names are " + closest.stream().map(n -> "\"" + n + "\"")
                .collect(Collectors.joining(", "));
    }

    private static List<String> names(LocalizedText name, List<String> aliases) {
        List<String> names = new ArrayList<>();
        names.add(name.en());
        if (name.zh() != null) {
            names.add(name.zh());
        }
        names.addAll(aliases);
        return names;
    }

    /** The keys of a name without its parenthesis and of what the parenthesis holds: "LSTM" in "长短期记忆网络（LSTM）". */
    private static Set<String> partialKeys(String name) {
        Set<String> keys = new LinkedHashSet<>();
        java.util.regex.Matcher parentheses = PARENTHESES.matcher(name);
        if (parentheses.find()) {
            keys.add(Names.key(PARENTHESES.matcher(name).replaceAll("")));
            String inside = Names.key(parentheses.group(1));
            if (inside.length() >= 2) {
                keys.add(inside);
            }
        }
        keys.remove("");
        return keys;
    }

    private String dateSource(Milestone m) {
        return m.citations().stream().filter(c -> c.supports(Claim.DATE)).map(Citation::source)
                .filter(id -> reference.source(id).map(s -> s.kind().isPrimary()).orElse(false)).findFirst()
                .orElse(m.citations().stream().filter(c -> c.supports(Claim.DATE)).map(Citation::source).findFirst().orElse(null));
    }

    private String contributorsSource(Milestone m) {
        return m.citations().stream().filter(c -> c.supports(Claim.CONTRIBUTORS)).map(Citation::source).findFirst().orElse(null);
    }

    /** " (source: title, arXiv:id)" for the source that settles a finding. */
    private String evidence(String sourceId) {
        if (sourceId == null) {
            return "";
        }
        Optional<Source> source = reference.source(sourceId);
        if (source.isEmpty()) {
            return "";
        }
        Source s = source.get();
        String where = s.arxiv() != null ? "arXiv:" + s.arxiv() : s.doi() != null ? "doi:" + s.doi() : s.url();
        return " (source: " + s.title() + (where == null ? "" : ", " + where) + ")";
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
