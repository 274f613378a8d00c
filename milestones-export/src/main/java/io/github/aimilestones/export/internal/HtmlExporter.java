package io.github.aimilestones.export.internal;

import io.github.aimilestones.data.LoneSurrogates;
import io.github.aimilestones.export.Era;
import io.github.aimilestones.export.ExportOptions;
import io.github.aimilestones.export.Exporter;
import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Category;
import io.github.aimilestones.model.Language;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.Source;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One self-contained HTML page: the timeline rendered on the server side (every value HTML-escaped), with a
 * search box and era and category filters that only show and hide elements. It loads nothing from the network.
 */
public final class HtmlExporter implements Exporter {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC",sans-serif;margin:0;\
            color:#1d2330;background:#f6f7f9}header{background:#1d2330;color:#fff;padding:1.2rem 2rem}\
            header h1{margin:0 0 .6rem;font-size:1.6rem}.controls{display:flex;gap:.6rem;flex-wrap:wrap}\
            .controls input,.controls select{font:inherit;padding:.35rem .5rem;border-radius:4px;border:1px solid #99a}\
            main{max-width:60rem;margin:0 auto;padding:1rem 2rem 3rem}section h2{border-bottom:2px solid #1d2330;\
            padding-bottom:.2rem;margin-top:2rem}ol.timeline{list-style:none;padding:0;margin:0;border-left:3px solid #8aa;\
            padding-left:1.2rem}li.milestone{position:relative;background:#fff;border-radius:6px;padding:.7rem 1rem;\
            margin:.8rem 0;box-shadow:0 1px 2px rgba(0,0,0,.12)}li.milestone::before{content:"";position:absolute;\
            left:-1.65rem;top:1rem;width:.7rem;height:.7rem;border-radius:50%;background:#1d2330}\
            .date{font-weight:600;color:#345}.category{font-size:.8rem;background:#e4e9f2;border-radius:3px;\
            padding:.05rem .4rem;margin-left:.4rem}h3{margin:.2rem 0;font-size:1.1rem}.people{color:#456;font-size:.9rem}\
            .sources{font-size:.85rem}.count{margin-left:auto;align-self:center}[hidden]{display:none!important}""";

    private static final String SCRIPT = """
            (function(){var q=document.getElementById('q'),era=document.getElementById('era'),\
            cat=document.getElementById('category'),count=document.getElementById('count');\
            function apply(){var text=q.value.trim().toLowerCase(),shown=0;\
            document.querySelectorAll('li.milestone').forEach(function(li){var ok=(!text||\
            li.dataset.search.indexOf(text)>=0)&&(!era.value||li.dataset.era===era.value)&&\
            (!cat.value||li.dataset.category===cat.value);li.hidden=!ok;if(ok)shown++;});\
            document.querySelectorAll('section').forEach(function(s){s.hidden=!s.querySelector('li.milestone:not([hidden])');});\
            count.textContent=shown;}q.addEventListener('input',apply);era.addEventListener('change',apply);\
            cat.addEventListener('change',apply);apply();})();""";

    @Override
    public void export(Catalog catalog, ExportOptions options, Writer writer) throws IOException {
        Writer out = LoneSurrogates.replacing(writer);
        View view = View.of(catalog, options);
        boolean zh = view.language() == Language.ZH;
        String title = zh ? "AI 里程碑" : "AI milestones";
        out.write("<!DOCTYPE html>\n<html lang=\"" + view.language().tag() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                // Nothing may be loaded from elsewhere: the page is self-contained, and scripts run only from here.
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';"
                + " script-src 'unsafe-inline'; img-src data:\">\n"
                + "<title>" + html(title) + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n<header>\n<h1>"
                + html(title) + "</h1>\n<div class=\"controls\">\n"
                + "<input id=\"q\" type=\"search\" placeholder=\"" + html(zh ? "搜索名称、人物、简介" : "Search names, people, summaries")
                + "\" aria-label=\"" + html(zh ? "搜索" : "Search") + "\">\n");
        out.write(select("era", zh ? "全部时期" : "All eras", eras(view), null));
        out.write(select("category", zh ? "全部类别" : "All categories", categories(view), view));
        out.write("<span class=\"count\"><span id=\"count\">" + view.milestones().size() + "</span> "
                + html(zh ? "个里程碑" : "milestones") + "</span>\n</div>\n</header>\n<main>\n");
        for (Map.Entry<String, List<Milestone>> group : view.groups().entrySet()) {
            out.write("<section>\n<h2>" + html(group.getKey()) + "</h2>\n<ol class=\"timeline\">\n");
            for (Milestone m : group.getValue()) {
                out.write(item(m, view));
            }
            out.write("</ol>\n</section>\n");
        }
        out.write("</main>\n<script>" + SCRIPT + "</script>\n</body>\n</html>\n");
        out.flush();
    }

    private static String item(Milestone m, View view) {
        String name = view.text(m.name());
        String summary = view.text(m.summary());
        String people = view.contributors(m);
        StringBuilder li = new StringBuilder("<li class=\"milestone\" id=\"").append(html(m.id()))
                .append("\" data-era=\"").append(html(Era.of(m.date()).name(view.language())))
                .append("\" data-category=\"").append(html(m.category().slug()))
                .append("\" data-search=\"").append(html((name + " " + String.join(" ", m.aliases()) + " " + people + " "
                        + summary).toLowerCase(java.util.Locale.ROOT))).append("\">\n");
        li.append("<span class=\"date\">").append(html(view.date(m.date()))).append("</span>")
                .append("<span class=\"category\">").append(html(view.label(m.category()))).append("</span>\n");
        li.append("<h3>").append(html(name)).append("</h3>\n");
        if (!people.isEmpty()) {
            li.append("<div class=\"people\">").append(html(people)).append("</div>\n");
        }
        for (String text : List.of(summary, view.text(m.whatItDoes()), view.text(m.impact()))) {
            if (!text.isEmpty()) {
                li.append("<p>").append(html(text)).append("</p>\n");
            }
        }
        List<Source> sources = view.sources(m);
        if (!sources.isEmpty()) {
            li.append("<div class=\"sources\">");
            for (int i = 0; i < sources.size(); i++) {
                Source source = sources.get(i);
                li.append(i == 0 ? "" : "; ").append(View.safeUrl(source)
                        .map(url -> "<a href=\"" + html(url) + "\" rel=\"noopener noreferrer\">" + html(source.title()) + "</a>")
                        .orElse(html(source.title())));
            }
            li.append("</div>\n");
        }
        return li.append("</li>\n").toString();
    }

    private static Set<String> eras(View view) {
        Set<String> eras = new LinkedHashSet<>();
        Era.ALL.stream().filter(era -> view.milestones().stream().anyMatch(m -> Era.of(m.date()).equals(era)))
                .forEach(era -> eras.add(era.name(view.language())));
        return eras;
    }

    private static Set<String> categories(View view) {
        Set<String> categories = new LinkedHashSet<>();
        for (Category category : Category.values()) {
            if (view.milestones().stream().anyMatch(m -> m.category() == category)) {
                categories.add(category.slug());
            }
        }
        return categories;
    }

    /** A filter; with a view, the values are category slugs shown by their labels. */
    private static String select(String id, String all, Set<String> values, @Nullable View categories) {
        StringBuilder select = new StringBuilder("<select id=\"").append(id).append("\" aria-label=\"").append(html(all))
                .append("\">\n<option value=\"\">").append(html(all)).append("</option>\n");
        values.forEach(v -> select.append("<option value=\"").append(html(v)).append("\">")
                .append(html(categories == null ? v : categories.label(Category.fromSlug(v)))).append("</option>\n"));
        return select.append("</select>\n").toString();
    }

    private static String html(String text) {
        return TimelineJsExporter.html(text);
    }
}
