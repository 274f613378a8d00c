package io.github.aimilestones.export.internal;

import io.github.aimilestones.export.Era;
import io.github.aimilestones.export.ExportOptions;
import io.github.aimilestones.export.Exporter;
import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.Source;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A flat JSON array of milestones in one language, for web pages; documented in docs/export.md. */
public final class TimelineJsonExporter implements Exporter {

    @Override
    public void export(Catalog catalog, ExportOptions options, Writer out) throws IOException {
        View view = View.of(catalog, options);
        List<Map<String, Object>> events = new ArrayList<>();
        for (Milestone m : view.milestones()) {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("id", m.id());
            event.put("date", m.date().toString());
            event.put("displayDate", view.date(m.date()));
            event.put("start", m.date().earliest().toString());
            event.put("end", m.date().latest().toString());
            event.put("precision", m.date().precision().name().toLowerCase(Locale.ROOT));
            event.put("uncertain", m.date().uncertain());
            event.put("approximate", m.date().approximate());
            event.put("category", m.category().slug());
            event.put("era", Era.of(m.date()).name(view.language()));
            event.put("name", view.text(m.name()));
            event.put("summary", view.text(m.summary()));
            event.put("whatItDoes", view.text(m.whatItDoes()));
            event.put("impact", view.text(m.impact()));
            event.put("people", view.people(m));
            event.put("organizations", view.organizations(m));
            event.put("andOthers", m.contributors().andOthers());
            event.put("buildsOn", m.buildsOn());
            event.put("tags", m.tags());
            List<Map<String, @Nullable Object>> sources = new ArrayList<>();
            for (Source source : view.sources(m)) {
                Map<String, @Nullable Object> entry = new LinkedHashMap<>();
                entry.put("title", source.title());
                entry.put("url", View.safeUrl(source).orElse(null));
                entry.put("primary", source.kind().isPrimary());
                sources.add(entry);
            }
            event.put("sources", sources);
            events.add(event);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("language", view.language().tag());
        document.put("milestones", events);
        Jsons.write(document, out);
    }
}
