package io.github.aimilestones.export.internal;

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
    public void export(Catalog catalog, ExportOptions options, Writer out) throws IOException {
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
                // An empty event is a Mermaid syntax error; a blank name (invalid data) shows the id instead.
                String name = escape(view.text(m.name()));
                periods.computeIfAbsent(period, p -> new ArrayList<>()).add(name.isEmpty() ? m.id() : name);
            }
            for (Map.Entry<String, List<String>> period : periods.entrySet()) {
                out.write("        " + escape(period.getKey()) + " : " + String.join(" : ", period.getValue()) + "\n");
            }
        }
        out.flush();
    }

    /**
     * Text as Mermaid shows it: {@code #} (which starts an entity code), {@code :} (which separates events),
     * {@code ;}, {@code %} (comments and directives), {@code <}, {@code >}, {@code &} and quotes as numeric entity
     * codes; line breaks as spaces. Mermaid decodes the codes after parsing.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.strip().codePoints().forEach(c -> {
            switch (c) {
                case '#', ':', ';', '%', '<', '>', '&', '"', '\'', '{', '}' -> out.append('#').append(c).append(';');
                case '\r', '\n', '\t' -> out.append(' ');
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
