package io.github.aimilestones.validate.internal;

import io.github.aimilestones.data.RecordKind;
import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Citation;
import io.github.aimilestones.model.Correction;
import io.github.aimilestones.model.Event;
import io.github.aimilestones.model.LocalizedText;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.Organization;
import io.github.aimilestones.model.Person;
import io.github.aimilestones.validate.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** References, registry use, near-duplicate names, "et al." in names, translations. */
final class NameCheck {

    static final Pattern ET_AL = Pattern.compile("(?i)\\bet\\s*al\\b|等人");
    static final Pattern TEAM = Pattern.compile("(?i)\\bteam\\b|团队");

    private NameCheck() {
    }

    /**
     * Checks names and references.
     *
     * @param context the context to report to
     */
    static void run(Context context) {
        references(context);
        unused(context);
        Catalog catalog = context.catalog();
        for (Person person : catalog.people()) {
            names(context, RecordKind.PERSON, person.id(), person.name(), person.aliases(), true);
        }
        for (Organization organization : catalog.organizations()) {
            names(context, RecordKind.ORGANIZATION, organization.id(), organization.name(), organization.aliases(), false);
            succession(context, organization);
        }
        for (Milestone milestone : catalog.milestones()) {
            names(context, RecordKind.MILESTONE, milestone.id(), milestone.name(), milestone.aliases(), false);
            texts(context, milestone);
        }
        if (context.isOn(Rule.NAME_NEAR_DUPLICATE) || context.isOn(Rule.NAME_ALIAS_COLLISION)) {
            nearDuplicates(context, RecordKind.PERSON, entries(catalog.people(), Person::id, Person::name, Person::aliases),
                    Set.of(), id -> catalog.person(id).map(p -> p.name().en()).orElse(""));
            nearDuplicates(context, RecordKind.ORGANIZATION, entries(catalog.organizations(), Organization::id,
                    Organization::name, Organization::aliases), successions(catalog),
                    id -> catalog.organization(id).map(o -> o.name().en()).orElse(""));
        }
        duplicateMilestones(context);
    }

    private static void references(Context context) {
        Catalog catalog = context.catalog();
        Ids ids = new Ids(catalog);
        for (Milestone m : catalog.milestones()) {
            List<String> people = m.contributors().people();
            for (int i = 0; i < people.size(); i++) {
                resolve(context, ids, m.id(), "/contributors/people/" + i, "person", people.get(i),
                        catalog.person(people.get(i)).isPresent());
            }
            List<String> organizations = m.contributors().organizations();
            for (int i = 0; i < organizations.size(); i++) {
                resolve(context, ids, m.id(), "/contributors/organizations/" + i, "organization", organizations.get(i),
                        catalog.organization(organizations.get(i)).isPresent());
            }
            for (int i = 0; i < m.buildsOn().size(); i++) {
                resolve(context, ids, m.id(), "/buildsOn/" + i, "milestone", m.buildsOn().get(i),
                        catalog.milestone(m.buildsOn().get(i)).isPresent());
            }
            for (int i = 0; i < m.citations().size(); i++) {
                String source = m.citations().get(i).source();
                resolve(context, ids, m.id(), "/citations/" + i + "/source", "source", source, catalog.source(source).isPresent());
            }
            for (int i = 0; i < m.events().size(); i++) {
                String source = m.events().get(i).source();
                resolve(context, ids, m.id(), "/events/" + i + "/source", "source", source, catalog.source(source).isPresent());
            }
            for (int i = 0; i < m.figures().size(); i++) {
                String source = m.figures().get(i).source();
                resolve(context, ids, m.id(), "/figures/" + i + "/source", "source", source, catalog.source(source).isPresent());
            }
            for (int i = 0; i < m.corrections().size(); i++) {
                Correction c = m.corrections().get(i);
                resolve(context, ids, m.id(), "/corrections/" + i + "/source", "source", c.source(),
                        catalog.source(c.source()).isPresent());
                if (c.settledBy() != null) {
                    resolve(context, ids, m.id(), "/corrections/" + i + "/settledBy", "source", c.settledBy(),
                            catalog.source(c.settledBy()).isPresent());
                }
            }
        }
        for (Organization o : catalog.organizations()) {
            links(context, ids, o, "predecessors", o.predecessors());
            links(context, ids, o, "successors", o.successors());
        }
    }

    private static void links(Context context, Ids ids, Organization o, String field, List<String> linked) {
        for (int i = 0; i < linked.size(); i++) {
            if (context.catalog().organization(linked.get(i)).isEmpty()) {
                unresolved(context, ids, RecordKind.ORGANIZATION, o.id(), "/" + field + "/" + i, "organization",
                        linked.get(i));
            }
        }
    }

    private static void resolve(Context context, Ids ids, String milestone, String path, String kind, String id, boolean found) {
        if (!found) {
            unresolved(context, ids, RecordKind.MILESTONE, milestone, path, kind, id);
        }
    }

    /**
     * An id that refers to nothing, with its fix where one is knowable: the record of another kind that has it
     * (a person's id among the organizations), or the nearest id of the right kind ({@code yan-lecun} for
     * {@code yann-lecun}).
     */
    private static void unresolved(Context context, Ids all, RecordKind on, String recordId, String path, String kind,
            String id) {
        Map<String, List<String>> ids = all.byKind();
        String english = "\"" + id + "\" is not a " + kind + " id: add it to the registry or fix the id";
        String chinese = "\"" + id + "\" 不是" + KIND_ZH.get(kind) + " id：请把它加入登记表，或改正 id";
        Optional<String> otherKind = ids.keySet().stream()
                .filter(k -> !k.equals(kind) && all.has(k, id)).findFirst();
        if (otherKind.isPresent()) {
            String other = otherKind.get();
            context.report(Rule.REFERENCE_UNRESOLVED, on, recordId, path,
                    "\"" + id + "\" is " + article(other) + " id, not " + article(kind) + " id: " + placeFor(other, true),
                    "\"" + id + "\" 是" + KIND_ZH.get(other) + " id，不是" + KIND_ZH.get(kind) + " id：" + placeFor(other, false),
                    FindingSink.Extra.fix("move \"" + id + "\" " + placeFor(other, true).replaceFirst("^list it in ", "to "),
                            "把 \"" + id + "\" " + placeFor(other, false).replaceFirst("^请把它", "")));
            return;
        }
        Optional<String> nearest = nearest(id, ids.get(kind));
        if (nearest.isPresent()) {
            String near = nearest.get();
            context.report(Rule.REFERENCE_UNRESOLVED, on, recordId, path,
                    "\"" + id + "\" is not " + article(kind) + " id: did you mean \"" + near + "\"?",
                    "\"" + id + "\" 不是" + KIND_ZH.get(kind) + " id：是否应为 \"" + near + "\"？",
                    FindingSink.Extra.replace("replace \"" + id + "\" with \"" + near + "\"",
                            "把 \"" + id + "\" 改为 \"" + near + "\"", quoted(id), quoted(near)).expected(near));
        } else {
            context.report(Rule.REFERENCE_UNRESOLVED, on, recordId, path, english, chinese);
        }
    }

    /** The ids of each kind of record, made once for the fixes of unresolved references. */
    private static final class Ids {
        private final Map<String, List<String>> byKind = new java.util.LinkedHashMap<>();
        private final Map<String, Set<String>> sets = new HashMap<>();

        Ids(Catalog catalog) {
            byKind.put("person", catalog.people().stream().map(Person::id).toList());
            byKind.put("organization", catalog.organizations().stream().map(Organization::id).toList());
            byKind.put("milestone", catalog.milestones().stream().map(Milestone::id).toList());
            byKind.put("source", catalog.sources().stream().map(io.github.aimilestones.model.Source::id).toList());
        }

        Map<String, List<String>> byKind() {
            return byKind;
        }

        boolean has(String kind, String id) {
            return sets.computeIfAbsent(kind, k -> new HashSet<>(byKind.get(k))).contains(id);
        }
    }

    private static final Map<String, String> KIND_ZH =
            Map.of("person", "人物", "organization", "机构", "milestone", "里程碑", "source", "来源");

    private static String article(String kind) {
        return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
    }

    /** Where an id of this kind is listed in a milestone. */
    private static String placeFor(String kind, boolean english) {
        return switch (kind) {
            case "person" -> english ? "list it in contributors.people" : "请把它列在 contributors.people 中";
            case "organization" -> english ? "list it in contributors.organizations" : "请把它列在 contributors.organizations 中";
            case "milestone" -> english ? "list it in buildsOn" : "请把它列在 buildsOn 中";
            default -> english ? "list it in citations" : "请把它列在 citations 中";
        };
    }

    /** The id nearest to a mistyped one, if one is near enough to be meant: at most a quarter of it differs. */
    static Optional<String> nearest(String id, List<String> candidates) {
        org.apache.commons.text.similarity.LevenshteinDistance distance =
                new org.apache.commons.text.similarity.LevenshteinDistance(Math.max(1, id.length() / 4));
        return candidates.stream().filter(c -> distance.apply(c, id) >= 0)
                .min(java.util.Comparator.comparingInt((String c) -> distance.apply(c, id))
                        .thenComparing(java.util.Comparator.naturalOrder()));
    }

    private static String quoted(String id) {
        return "\"" + id + "\"";  // ids are slugs: nothing to escape
    }

    private static void unused(Context context) {
        Catalog catalog = context.catalog();
        Set<String> people = new HashSet<>();
        Set<String> organizations = new HashSet<>();
        Set<String> sources = new HashSet<>();
        for (Milestone m : catalog.milestones()) {
            people.addAll(m.contributors().people());
            organizations.addAll(m.contributors().organizations());
            m.citations().stream().map(Citation::source).forEach(sources::add);
            m.events().stream().map(Event::source).forEach(sources::add);
            for (Correction c : m.corrections()) {
                sources.add(c.source());
                sources.add(c.settledBy());
            }
        }
        for (Organization o : catalog.organizations()) {
            organizations.addAll(o.predecessors());
            organizations.addAll(o.successors());
        }
        catalog.people().stream().filter(p -> !people.contains(p.id())).forEach(p -> context.report(Rule.REGISTRY_UNUSED,
                RecordKind.PERSON, p.id(), "", "no milestone names " + p.id() + ": credit them or remove the entry",
                "没有里程碑提到 " + p.id() + "：请在里程碑中署名，或删除这个条目"));
        catalog.organizations().stream().filter(o -> !organizations.contains(o.id())).forEach(o -> context.report(
                Rule.REGISTRY_UNUSED, RecordKind.ORGANIZATION, o.id(), "",
                "no milestone or organization names " + o.id() + ": credit it or remove the entry",
                "没有里程碑或机构提到 " + o.id() + "：请署名，或删除这个条目"));
        catalog.sources().stream().filter(s -> !sources.contains(s.id())).forEach(s -> context.report(Rule.SOURCE_UNUSED,
                RecordKind.SOURCE, s.id(), "", "no milestone cites " + s.id() + ": cite it or remove it",
                "没有里程碑引用 " + s.id() + "：请引用它，或删除它"));
    }

    /**
     * Whether a text has what {@link #ET_AL} or {@link #TEAM} needs to match: its Chinese, or its last two ASCII
     * letters one after the other in either case. Most names have neither, and skip the matcher.
     */
    static boolean mayMatch(String text, char first, char second, String chinese) {
        for (int i = 1; i < text.length(); i++) {
            if ((text.charAt(i) | 0x20) == second && (text.charAt(i - 1) | 0x20) == first) {
                return true;
            }
        }
        return text.contains(chinese);
    }

    private static void names(Context context, RecordKind kind, String id, LocalizedText name, List<String> aliases,
            boolean person) {
        List<String> all = new ArrayList<>();
        all.add(name.en());
        all.add(name.zh());
        all.addAll(aliases);
        for (int i = 0; i < all.size(); i++) {
            String text = all.get(i);
            if (text == null) {
                continue;
            }
            String path = i == 0 ? "/name/en" : i == 1 ? "/name/zh" : "/aliases/" + (i - 2);
            if (mayMatch(text, 'a', 'l', "等人") && ET_AL.matcher(text).find()
                    || person && mayMatch(text, 'a', 'm', "团队") && TEAM.matcher(text).find()) {
                context.report(Rule.NAME_ET_AL, kind, id, path, "\"" + text + "\" is not a name: write the name alone,"
                        + " list the other contributors, and set \"andOthers\": true on the milestone",
                        "\"" + text + "\" 不是一个名字：只写这个名字，列出其他贡献者，并在里程碑上设置 \"andOthers\": true");
            }
        }
        if (name.zh() == null) {
            context.report(Rule.NAME_MISSING_TRANSLATION, kind, id, "/name",
                    "name \"" + name.en() + "\" has no Chinese form: add name.zh",
                    "名称 \"" + name.en() + "\" 没有中文形式：请添加 name.zh",
                    FindingSink.Extra.fix("add \"zh\" to \"name\"", "在 \"name\" 中添加 \"zh\""));
        }
    }

    private static void texts(Context context, Milestone m) {
        Map<String, LocalizedText> texts = new java.util.LinkedHashMap<>();
        texts.put("summary", m.summary());
        texts.put("whatItDoes", m.whatItDoes());
        texts.put("impact", m.impact());
        texts.put("dateNote", m.dateNote());
        texts.forEach((field, text) -> {
            if (text != null && text.zh() == null) {
                context.report(Rule.TEXT_MISSING_TRANSLATION, RecordKind.MILESTONE, m.id(), "/" + field,
                        field + " has no Chinese text: add " + field + ".zh",
                        field + " 没有中文文本：请添加 " + field + ".zh",
                        FindingSink.Extra.fix("add \"zh\" to \"" + field + "\"", "在 \"" + field + "\" 中添加 \"zh\""));
            }
        });
    }

    /** Succession is recorded on both sides: A's successors name B exactly when B's predecessors name A. */
    private static void succession(Context context, Organization o) {
        for (int i = 0; i < o.successors().size(); i++) {
            int index = i;
            context.catalog().organization(o.successors().get(i)).filter(s -> !s.predecessors().contains(o.id()))
                    .ifPresent(s -> context.report(Rule.REGISTRY_SUCCESSION, RecordKind.ORGANIZATION, o.id(),
                            "/successors/" + index, "successor " + s.id() + " does not name " + o.id()
                                    + " among its predecessors: add \"" + o.id() + "\" to " + s.id() + ".predecessors",
                            "后继者 " + s.id() + " 的 predecessors 中没有 " + o.id() + "：请把 \"" + o.id() + "\" 加入 "
                                    + s.id() + ".predecessors"));
        }
        for (int i = 0; i < o.predecessors().size(); i++) {
            int index = i;
            context.catalog().organization(o.predecessors().get(i)).filter(p -> !p.successors().contains(o.id()))
                    .ifPresent(p -> context.report(Rule.REGISTRY_SUCCESSION, RecordKind.ORGANIZATION, o.id(),
                            "/predecessors/" + index, "predecessor " + p.id() + " does not name " + o.id()
                                    + " among its successors: add \"" + o.id() + "\" to " + p.id() + ".successors",
                            "前身 " + p.id() + " 的 successors 中没有 " + o.id() + "：请把 \"" + o.id() + "\" 加入 "
                                    + p.id() + ".successors"));
        }
    }

    private static <T> List<Names.Entry> entries(List<T> records, java.util.function.Function<T, String> id,
            java.util.function.Function<T, LocalizedText> name, java.util.function.Function<T, List<String>> aliases) {
        List<Names.Entry> entries = new ArrayList<>();
        for (T record : records) {
            Names.allNames(name.apply(record), aliases.apply(record))
                    .forEach(n -> entries.add(Names.Entry.of(id.apply(record), n)));
        }
        return entries;
    }

    private static Set<String> successions(Catalog catalog) {
        Set<String> pairs = new HashSet<>();
        for (Organization o : catalog.organizations()) {
            for (String other : concat(o.predecessors(), o.successors())) {
                pairs.add(o.id() + "\u0000" + other);
                pairs.add(other + "\u0000" + o.id());
            }
        }
        return pairs;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void nearDuplicates(Context context, RecordKind kind, List<Names.Entry> entries, Set<String> declared,
            Function<String, String> englishName) {
        for (Names.Match match : Names.matches(entries)) {
            String first = match.first().owner();
            String second = match.second().owner();
            if (declared.contains(first + "\u0000" + second)
                    || !match.exact() && transliterationsOfDistinctNames(match, englishName)) {
                continue;
            }
            if (match.exact()) {
                context.report(Rule.NAME_ALIAS_COLLISION, kind, second, "", "\"" + match.second().name()
                        + "\" also names " + first + " (\"" + match.first().name() + "\"): if they are one "
                        + kind.displayName() + ", merge the entries; if not, remove the shared alias",
                        "\"" + match.second().name() + "\" 也是 " + first + "（\"" + match.first().name()
                                + "\"）的名称：如果两者是同一个" + kind.chineseName() + "，请合并条目；否则请删除共用的别名");
            } else {
                context.report(Rule.NAME_NEAR_DUPLICATE, kind, second, "", "\"" + match.second().name()
                        + "\" is nearly the same as \"" + match.first().name() + "\" of " + first
                        + ": if it is a misspelling, fix it; if they are one " + kind.displayName()
                        + ", merge the entries and keep the variant as an alias",
                        "\"" + match.second().name() + "\" 与 " + first + " 的 \"" + match.first().name()
                                + "\" 几乎相同：如果是拼写错误，请改正；如果两者是同一个" + kind.chineseName()
                                + "，请合并条目，并把这个变体保留为别名");
            }
        }
    }

    /**
     * Two Chinese names one character apart whose English names are not close: a transliteration keeps fewer
     * distinctions than the names it renders (查尔斯·罗森 is Charles Rosen, 查尔斯·罗森堡 Charles Rosenberg).
     */
    private static boolean transliterationsOfDistinctNames(Names.Match match, Function<String, String> englishName) {
        if (!Names.isChinese(match.first().key()) || !Names.isChinese(match.second().key())) {
            return false;
        }
        String first = Names.key(englishName.apply(match.first().owner()));
        String second = Names.key(englishName.apply(match.second().owner()));
        return !first.isEmpty() && !second.isEmpty() && !first.equals(second) && !Names.isClose(first, second);
    }

    private static void duplicateMilestones(Context context) {
        // A milestone's keys are computed again where they are needed, not kept: a million sets of keys would not fit
        // beside a million milestones in 2 GB (docs/performance.md), and only the blocks' numbers are kept.
        List<Milestone> milestones = context.catalog().milestones();
        HashRuns byName = new HashRuns(milestones.size());
        for (int i = 0; i < milestones.size(); i++) {
            for (String key : keys(milestones.get(i))) {
                byName.add(key, i);
            }
        }
        Set<String> reported = new HashSet<>();
        for (int i = 0; i < milestones.size(); i++) {
            Milestone m = milestones.get(i);
            for (String key : keys(m)) {
                boolean[] found = {false};  // once per name, against the first that overlaps: linear in findings
                byName.forEachMaybeEqual(key, i, j -> {
                    Milestone other = milestones.get(j);
                    if (!found[0] && !Objects.equals(other.id(), m.id()) && other.date().overlaps(m.date())
                            && keys(other).contains(key) && reported.add(other.id() + "\u0000" + m.id())) {
                        found[0] = true;
                        context.report(Rule.MILESTONE_DUPLICATE, RecordKind.MILESTONE, m.id(), "/name",
                                "shares the name \"" + key + "\" with " + other.id() + " and their dates overlap ("
                                        + m.date() + ", " + other.date() + "): merge them, or rename one",
                                "与 " + other.id() + " 同名（\"" + key + "\"）且日期重叠（" + m.date() + "、"
                                        + other.date() + "）：请合并它们，或给其中一个改名");
                    }
                });
            }
        }
    }

    /** The keys of a milestone's names, each once, in the order of its names. */
    private static Set<String> keys(Milestone m) {
        Set<String> keys = new java.util.LinkedHashSet<>();
        Names.allNames(m.name(), m.aliases()).forEach(n -> keys.add(Names.key(n)));
        keys.remove("");
        return keys;
    }
}
