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

/**
 * A Mermaid {@code timeline}: one section per group, one period per year, the year's milestones as its events.
 * Characters that Mermaid would take as syntax are written as its entity codes ({@code #58;} for a colon) so
 * that every name appears exactly as written.
 */
public final class MermaidExporter implements Exporter {

    @Override
    public void export(Catalog catalog, ExportOptions options, Writer writer) throws IOException {
        Writer out = LoneSurrogates.replacing(writer);
        View view = View.of(catalog, options);
        out.write("timeline\n");
        out.write("    title " + escape(view.language() == Language.ZH ? "AI 里程碑" : "AI milestones") + "\n");
        for (Map.Entry<String, List<Milestone>> group : view.groups().entrySet()) {
            out.write("    section " + escape(group.getKey()) + "\n");
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
        String name = escape(view.text(m.name()));
        if (!name.isEmpty()) {
            return name;
        }
        String id = escape(m.id());
        return !id.isEmpty() ? id : view.language() == Language.ZH ? "（无名称）" : "(no name)";
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
