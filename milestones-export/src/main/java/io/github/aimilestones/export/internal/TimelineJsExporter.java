package io.github.aimilestones.export.internal;

import io.github.aimilestones.export.Era;
import io.github.aimilestones.export.ExportOptions;
import io.github.aimilestones.export.Exporter;
import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Language;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.PartialDate;
import io.github.aimilestones.model.Source;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Knight Lab's TimelineJS format: {@code events} with {@code start_date}, {@code text {headline, text}},
 * {@code group} and {@code unique_id}, and {@code eras}. Headlines and texts are HTML in TimelineJS, so every
 * value from the data is HTML-escaped; a {@code display_date} says when a date is only a year, approximate or
 * uncertain.
 */
public final class TimelineJsExporter implements Exporter {

    @Override
    public void export(Catalog catalog, ExportOptions options, Writer out) throws IOException {
        View view = View.of(catalog, options);
        boolean zh = view.language() == Language.ZH;
        List<Map<String, Object>> events = new ArrayList<>();
        for (Milestone m : view.milestones()) {
            Map<String, Object> event = new LinkedHashMap<>();
            // TimelineJS sets unique_id as the DOM property id (never as HTML) and matches it against the URL's hash,
            // so it stays as written; escaping it would change the slide's address.
            event.put("unique_id", m.id());
            event.put("start_date", date(m.date(), view));
            event.put("text", ordered("headline", html(view.text(m.name())), "text", body(m, view)));
            event.put("group", html(view.group(m)));
            event.put("autolink", false);
            events.add(event);
        }
        // Each era spans the years of its milestones, so the output depends on the data only. From 1 January to
        // 31 December: TimelineJS drops an end date whose given fields equal the start's, then refuses the timeline.
        Map<Era, int[]> spans = new LinkedHashMap<>();
        for (Milestone m : view.milestones()) {
            int year = m.date().earliest().getYear();
            spans.merge(Era.of(m.date()), new int[] {year, year},
                    (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        List<Map<String, Object>> eras = new ArrayList<>();
        Era.ALL.stream().filter(spans::containsKey).forEach(era -> eras.add(ordered(
                "start_date", ordered("year", spans.get(era)[0], "month", 1, "day", 1),
                "end_date", ordered("year", spans.get(era)[1], "month", 12, "day", 31),
                "text", ordered("headline", html(era.name(view.language()))))));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("title", ordered("text", ordered("headline", html(zh ? "AI 里程碑" : "AI milestones"),
                "text", html(zh ? "有来源依据的人工智能与深度学习里程碑" : "Source-backed milestones of AI and deep learning"))));
        document.put("events", events);
        document.put("eras", eras);
        document.put("scale", "human");
        Jsons.write(document, out);
    }

    private static Map<String, Object> date(PartialDate date, View view) {
        Map<String, Object> start = new LinkedHashMap<>();
        start.put("year", date.year());
        if (date.precision().compareTo(PartialDate.Precision.MONTH) >= 0) {
            start.put("month", date.month());
        }
        if (date.precision() == PartialDate.Precision.DAY) {
            start.put("day", date.day());
        }
        if (date.precision() != PartialDate.Precision.DAY || date.isQualified()) {
            start.put("display_date", html(view.date(date)));
        }
        return start;
    }

    private static String body(Milestone m, View view) {
        StringBuilder html = new StringBuilder();
        paragraph(html, view.text(m.summary()));
        paragraph(html, view.contributors(m));
        List<String> links = new ArrayList<>();
        for (Source source : view.sources(m)) {
            links.add(View.safeUrl(source)
                    .map(url -> "<a href=\"" + html(url) + "\" rel=\"noopener noreferrer\">" + html(source.title()) + "</a>")
                    .orElse(html(source.title())));
        }
        if (!links.isEmpty()) {
            html.append("<p>").append(String.join("; ", links)).append("</p>");
        }
        return html.toString();
    }

    private static void paragraph(StringBuilder html, String text) {
        if (!text.isEmpty()) {
            html.append("<p>").append(html(text)).append("</p>");
        }
    }

    static String html(String text) {
        return StringEscapeUtils.escapeHtml4(text).replace("'", "&#39;");
    }

    /** A map that keeps the order its entries are given in (Map.of does not), for stable JSON output. */
    static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
