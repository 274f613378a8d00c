package io.github.aimilestones.export.internal;

import io.github.aimilestones.data.LoneSurrogates;
import io.github.aimilestones.export.ExportOptions;
import io.github.aimilestones.export.Exporter;
import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Language;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.PartialDate;
import io.github.aimilestones.model.PartialDate.Precision;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Mermaid {@code timeline}: one section per group, one period per year, the year's milestones as its events.
 * Characters that Mermaid would take as syntax are written as its entity codes ({@code #58;} for a colon) so
 * that every name appears exactly as written. Mermaid wraps a box's text at spaces only, so a long run without
 * spaces (Chinese) is broken with {@code <br>} to stay inside its box.
 */
public final class MermaidExporter implements Exporter {

    @Override
    public void export(Catalog catalog, ExportOptions options, Writer writer) throws IOException {
        Writer out = LoneSurrogates.replacing(writer);
        View view = View.of(catalog, options);
        out.write("timeline\n");
        out.write("    title " + escape(view.language() == Language.ZH ? "AI 里程碑" : "AI milestones") + "\n");
        for (Map.Entry<String, List<Milestone>> group : view.groups().entrySet()) {
            out.write("    section " + wrap(group.getKey()) + "\n");
            Map<String, List<String>> periods = new LinkedHashMap<>();
            for (Milestone m : group.getValue()) {
                // Periods are years (or decades): a timeline's axis, not the exact dates.
                PartialDate date = m.date();
                String period = view.date(date.precision().compareTo(Precision.YEAR) > 0 ? PartialDate.ofYear(date.year())
                        : new PartialDate(date.year(), 0, 0, date.precision(), false, false));
                periods.computeIfAbsent(period, p -> new ArrayList<>()).add(event(m, view));
            }
            for (Map.Entry<String, List<String>> period : periods.entrySet()) {
                out.write("        " + escape(period.getKey()) + " : " + String.join(" : ", period.getValue()) + "\n");
            }
        }
        out.flush();
    }

    /**
     * The event of a milestone: its name; an empty event is a Mermaid syntax error, so a blank name (invalid data,
     * exported with --force) shows the id instead, escaped like any text, or a placeholder when the id is blank too.
     */
    private static String event(Milestone m, View view) {
        String name = wrap(view.text(m.name()));
        if (!name.isEmpty()) {
            return name;
        }
        String id = wrap(m.id());
        return !id.isEmpty() ? id : view.language() == Language.ZH ? "（无名称）" : "(no name)";
    }

    /**
     * How wide a run without spaces may be, in columns (a Chinese character is two): Mermaid's boxes are 150
     * pixels wide, seven Chinese characters or about fourteen Latin letters at its font size.
     */
    static final int COLUMNS = 14;

    /**
     * How wide a run of narrow letters only may be: Latin letters are narrower than half a Chinese character, so a
     * word such as "Backpropagation" fits its box whole.
     */
    static final int LATIN_COLUMNS = 18;

    /** Closing punctuation (and a hyphen) never starts a line; opening brackets never end one. */
    private static final String NO_LINE_START = "，。、；：？！）》」』】〕〉”’,.;:!?)]}%-/";
    private static final String NO_LINE_END = "（《「『【〔〈“‘([{";

    /**
     * The text of a box, {@linkplain #escape escaped}, with a {@code <br>} wherever a run without spaces would be
     * wider than {@link #COLUMNS}: after the last hyphen or slash of the line where there is one, else
     * between two characters (as Chinese is broken), never before closing punctuation or after an opening bracket.
     */
    static String wrap(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        Matcher runs = RUNS.matcher(text.strip());
        while (runs.find()) {
            String run = runs.group();
            out.append(run.isBlank() ? run.replaceAll("[\\t\\r\\n]", " ")
                    : String.join("<br>", lines(run.codePoints().toArray())));
        }
        return out.toString();
    }

    private static final Pattern RUNS = Pattern.compile("[^ \\t\\r\\n]+|[ \\t\\r\\n]+");

    /** The lines of a run without spaces, each escaped. */
    private static List<String> lines(int[] run) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int width = 0;
        int afterHyphen = -1;
        int limit = width(run, 0, run.length) == run.length ? LATIN_COLUMNS : COLUMNS;
        for (int i = 0; i < run.length; i++) {
            int c = run[i];
            if (width + width(c) > limit && i > start && NO_LINE_START.indexOf(c) < 0) {
                int end = afterHyphen > start ? afterHyphen
                        : NO_LINE_END.indexOf(run[i - 1]) >= 0 && i - 1 > start ? i - 1 : i;
                lines.add(escape(new String(run, start, end - start)));
                start = end;
                width = width(run, start, i);
                afterHyphen = -1;
            }
            width += width(c);
            if (c == '-' || c == '/') {
                afterHyphen = i + 1;
            }
        }
        lines.add(escape(new String(run, start, run.length - start)));
        return lines;
    }

    private static int width(int[] run, int from, int to) {
        int width = 0;
        for (int i = from; i < to; i++) {
            width += width(run[i]);
        }
        return width;
    }

    /** Two columns for East Asian wide and full-width characters (and emoji), one for the others. */
    private static int width(int c) {
        boolean wide = c >= 0x1100 && c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3
                || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60
                || c >= 0xFFE0 && c <= 0xFFE6 || c >= 0x1F300 && c <= 0x1FAFF || c >= 0x20000 && c <= 0x3FFFD;
        return wide ? 2 : 1;
    }

    /**
     * Text as Mermaid shows it: {@code #} (which starts an entity code), {@code :} (which separates events),
     * {@code ;}, {@code %} (comments and directives), {@code <}, {@code >}, {@code &} and quotes as numeric entity
     * codes; line breaks, and every other control or line separator, as spaces, so that no text can start a line of
     * its own (a directive, a section, an event). Mermaid decodes the codes after parsing.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.strip().codePoints().forEach(c -> {
            switch (c) {
                case '#', ':', ';', '%', '<', '>', '&', '"', '\'', '{', '}' -> out.append('#').append(c).append(';');
                default -> {
                    int type = Character.getType(c);
                    boolean breaking = type == Character.CONTROL || type == Character.LINE_SEPARATOR
                            || type == Character.PARAGRAPH_SEPARATOR;
                    out.appendCodePoint(breaking ? ' ' : c);
                }
            }
        });
        return out.toString();
    }
}
