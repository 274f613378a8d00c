package io.github.aimilestones.validate.internal;

import io.github.aimilestones.data.LoneSurrogates;
import io.github.aimilestones.data.RecordKind;
import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Citation;
import io.github.aimilestones.model.Correction;
import io.github.aimilestones.model.Event;
import io.github.aimilestones.model.Figure;
import io.github.aimilestones.model.LocalizedText;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.Organization;
import io.github.aimilestones.model.Person;
import io.github.aimilestones.model.Source;
import io.github.aimilestones.model.Suppression;
import io.github.aimilestones.validate.Rule;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Text a reader cannot see as it is: invisible characters and mixed scripts in names and aliases, lone surrogates in
 * any text of any record. Look-alike names themselves are compared by {@link Names#key}.
 */
final class UnicodeCheck {

    private static final Map<Character.UnicodeScript, String> CHINESE_SCRIPT_NAMES = Map.of(
            Character.UnicodeScript.LATIN, "拉丁字母",
            Character.UnicodeScript.CYRILLIC, "西里尔字母",
            Character.UnicodeScript.GREEK, "希腊字母",
            Character.UnicodeScript.ARMENIAN, "亚美尼亚字母",
            Character.UnicodeScript.HAN, "汉字",
            Character.UnicodeScript.ARABIC, "阿拉伯字母",
            Character.UnicodeScript.HEBREW, "希伯来字母");

    /** The components of each record class, looked up once: the walk visits every record of the catalog. */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private UnicodeCheck() {
    }

    /**
     * Checks the names and texts of every record.
     *
     * @param context the context to report to
     */
    static void run(Context context) {
        Catalog catalog = context.catalog();
        records(context, RecordKind.MILESTONE, catalog.milestones(), Milestone::id);
        records(context, RecordKind.PERSON, catalog.people(), Person::id);
        records(context, RecordKind.ORGANIZATION, catalog.organizations(), Organization::id);
        records(context, RecordKind.SOURCE, catalog.sources(), Source::id);
        catalog.milestones().forEach(m -> names(context, RecordKind.MILESTONE, m.id(), m.name(), m.aliases()));
        catalog.people().forEach(p -> names(context, RecordKind.PERSON, p.id(), p.name(), p.aliases()));
        catalog.organizations().forEach(o -> names(context, RecordKind.ORGANIZATION, o.id(), o.name(), o.aliases()));
    }

    private static <T extends Record> void records(Context context, RecordKind kind, List<T> records, Function<T, String> id) {
        if (!context.isOn(Rule.TEXT_LONE_SURROGATE)) {
            return;
        }
        for (T record : records) {
            if (!hasLoneSurrogate(record)) {  // the walk by reflection, which says where, only for the rare record
                continue;
            }
            texts(record, "", (pointer, text) -> {
                int at = LoneSurrogates.indexIn(text);
                if (at >= 0) {
                    String field = pointer.substring(1);
                    String unit = String.format(Locale.ROOT, "\\u%04x", (int) text.charAt(at));
                    context.report(Rule.TEXT_LONE_SURROGATE, kind, id.apply(record), pointer,
                            field + " holds a lone surrogate (" + unit + ", character " + (at + 1) + "), half of a UTF-16"
                                    + " pair that no file encoding can hold: remove it, or write the character it was"
                                    + " meant to be",
                            field + " 含有孤立的代理项（" + unit + "，第 " + (at + 1) + " 个字符）：它只是 UTF-16 代理对的一半，"
                                    + "任何文件编码都无法表示；请删除它，或写出原本想要的字符");
                }
            });
        }
    }

    /**
     * Whether any string of a record holds a lone surrogate. The model's strings are named by hand: walking them by
     * reflection, or through a record's {@code toString}, cost most of this check's time in a short run, before the
     * JIT has compiled it. {@code UnicodeCheckTest} puts a lone surrogate in each string of every kind of record in
     * turn, so a component added to the model and not here fails it.
     */
    static boolean hasLoneSurrogate(Object record) {
        if (record instanceof Milestone m) {
            if (any(m.id(), m.dateNote(), m.name(), m.summary(), m.whatItDoes(), m.impact()) || any(m.aliases())
                    || any(m.contributors().people()) || any(m.contributors().organizations()) || any(m.buildsOn())
                    || any(m.tags())) {
                return true;
            }
            for (Event e : m.events()) {
                if (any(e.source(), e.note())) {
                    return true;
                }
            }
            for (Citation c : m.citations()) {
                if (any(c.source(), c.locator(), c.quote())) {
                    return true;
                }
            }
            for (Correction c : m.corrections()) {
                if (any(c.source(), c.stated(), c.correct(), c.reason(), c.settledBy())) {
                    return true;
                }
            }
            for (Figure f : m.figures()) {
                if (any(f.measure(), f.unit(), f.source(), f.note())) {
                    return true;
                }
            }
            for (Suppression s : m.suppressions()) {
                if (any(s.rule(), s.reason())) {
                    return true;
                }
            }
            return false;
        } else if (record instanceof Person p) {
            return any(p.id(), p.name()) || any(p.aliases());
        } else if (record instanceof Organization o) {
            return any(o.id(), o.name()) || any(o.aliases()) || any(o.predecessors()) || any(o.successors());
        }
        Source s = (Source) record;
        return any(s.id(), s.title(), s.publisher(), s.url(), s.doi(), s.arxiv(), s.language()) || any(s.authors());
    }

    /** Whether any of these strings or localized texts (null where absent) holds a lone surrogate. */
    private static boolean any(@Nullable Object... texts) {
        for (Object text : texts) {
            if (text instanceof String string ? LoneSurrogates.indexIn(string) >= 0
                    : text instanceof LocalizedText localized && any(localized.en(), localized.zh())) {
                return true;
            }
        }
        return false;
    }

    private static boolean any(List<String> texts) {
        for (String text : texts) {
            if (LoneSurrogates.indexIn(text) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Visits every string of a record (the model's records, their lists and localized texts) with its JSON pointer. */
    private static void texts(Object value, String pointer, java.util.function.BiConsumer<String, String> visit) {
        if (value instanceof String text) {
            visit.accept(pointer, text);
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                texts(list.get(i), pointer + "/" + i, visit);
            }
        } else if (value instanceof Record record) {
            for (RecordComponent component : COMPONENTS.get(record.getClass())) {
                Object field;
                try {
                    field = component.getAccessor().invoke(record);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + component, e);
                }
                if (field != null) {
                    texts(field, pointer + "/" + component.getName(), visit);
                }
            }
        }
    }

    private static void names(Context context, RecordKind kind, String id, LocalizedText name, List<String> aliases) {
        name(context, kind, id, "/name/en", name.en());
        if (name.zh() != null) {
            name(context, kind, id, "/name/zh", name.zh());
        }
        for (int i = 0; i < aliases.size(); i++) {
            name(context, kind, id, "/aliases/" + i, aliases.get(i));
        }
    }

    private static void name(Context context, RecordKind kind, String id, String pointer, String name) {
        LookAlikes.firstInvisible(name).ifPresent(c -> context.report(
                Rule.NAME_INVISIBLE_CHARACTER, kind, id, pointer,
                "name \"" + name + "\" holds " + LookAlikes.describe(c) + ", which is invisible: it makes the name"
                        + " look like another, or show differently from how it compares; remove it",
                "名称 \"" + name + "\" 含有不可见字符 " + LookAlikes.describe(c) + "：它会让名称看起来像另一个名称，"
                        + "或者显示的样子与比较时不同；请删除它"));
        if (!context.isOn(Rule.NAME_MIXED_SCRIPT)) {
            return;
        }
        LookAlikes.MixedWord mixed = LookAlikes.mixedWord(name);
        if (mixed != null) {
            String english = mixed.scripts().stream().map(UnicodeCheck::englishName).collect(Collectors.joining(" and "));
            String chinese = mixed.scripts().stream().map(s -> CHINESE_SCRIPT_NAMES.getOrDefault(s, englishName(s)))
                    .collect(Collectors.joining("和"));
            context.report(Rule.NAME_MIXED_SCRIPT, kind, id, pointer,
                    "the word \"" + mixed.word() + "\" of \"" + name + "\" mixes " + english + " letters ("
                            + LookAlikes.describe(mixed.letter()) + "): a look-alike passes for another name; write"
                            + " the word in one script",
                    "\"" + name + "\" 中的单词 \"" + mixed.word() + "\" 混用了" + chinese + "（" + LookAlikes.describe(mixed.letter())
                            + "）：形近字母会让它冒充另一个名称；请只用一种文字书写这个单词");
        }
    }

    private static String englishName(Character.UnicodeScript script) {
        String name = script.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
