package io.github.aimilestones.export.internal;

import io.github.aimilestones.data.LoneSurrogates;
import io.github.aimilestones.export.ExportOptions;
import io.github.aimilestones.export.Exporter;
import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Language;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.PartialDate;
import io.github.aimilestones.model.Source;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A GFM table in the seed table's layout (年份 | 名称 | 发明者 | 简介 | 功能 | 影响), then a numbered list of the
 * cited sources. Every cell is escaped so that it stays one cell of plain text.
 */
public final class MarkdownExporter implements Exporter {

    private static final List<String> HEADERS_ZH = List.of("年份", "名称", "发明者", "简介", "功能", "影响");
    private static final List<String> HEADERS_EN = List.of("Year", "Name", "People", "Summary", "What it does", "Impact");

    @Override
    public void export(Catalog catalog, ExportOptions options, Writer writer) throws IOException {
        Writer out = LoneSurrogates.replacing(writer);
        View view = View.of(catalog, options);
        boolean zh = view.language() == Language.ZH;
        if (options.byteOrderMark()) {
            out.write('\uFEFF');
        }
        out.write(zh ? "# AI 里程碑\n\n" : "# AI milestones\n\n");
        List<String> headers = zh ? HEADERS_ZH : HEADERS_EN;
        out.write(row(headers));
        out.write(row(headers.stream().map(h -> "---").toList()));
        Map<String, Integer> numbers = view.referenceNumbers();
        for (Milestone m : view.milestones()) {
            String references = view.sources(m).stream().map(s -> String.valueOf(numbers.get(s.id())))
                    .collect(Collectors.joining(", "));
            String summary = view.text(m.summary());
            out.write(row(List.of(cell(view.date(m.date())), cell(view.text(m.name())), cell(view.contributors(m)),
                    cell(summary) + (references.isEmpty() ? "" : (summary.isEmpty() ? "" : " ") + "\\[" + references + "\\]"),
                    cell(view.text(m.whatItDoes())), cell(view.text(m.impact())))));
        }
        if (!numbers.isEmpty()) {
            out.write(zh ? "\n## 参考文献\n\n" : "\n## References\n\n");
            for (Map.Entry<String, Integer> entry : numbers.entrySet()) {
                Source source = catalog.source(entry.getKey()).orElseThrow();
                out.write(entry.getValue() + ". " + reference(source, view) + "\n");
            }
        }
        out.flush();
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    private static String reference(Source source, View view) {
        StringBuilder text = new StringBuilder(blockSafe(inline(oneLine(source.title()))));
        if (!source.authors().isEmpty()) {
            text.append(". ").append(inline(oneLine(String.join(", ", source.authors()))));
        }
        String publisher = source.publisher();
        if (publisher != null) {
            text.append(". ").append(inline(oneLine(publisher)));
        }
        PartialDate published = source.published();
        if (published != null) {
            text.append(", ").append(inline(view.date(published)));
        }
        String doi = source.doi();
        if (doi != null) {
            text.append(". DOI ").append(inline(doi));
        }
        String arxiv = source.arxiv();
        if (arxiv != null) {
            text.append(". arXiv:").append(inline(arxiv));
        }
        View.safeUrl(source).ifPresent(url -> text.append(". <").append(url).append('>'));
        return text.toString();
    }

    /** A table cell: inline text on one line, pipes escaped, line breaks as {@code <br>}. */
    static String cell(String text) {
        return inline(text.strip().replaceAll("\\R", "\n")).replace("\n", "<br>");
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /**
     * A line that begins a list item's text: a character that would start a block there (a heading {@code #}, a
     * nested list {@code +} or {@code -}, an ordered list {@code 1.}) is backslash-escaped.
     */
    static String blockSafe(String line) {
        if (!line.isEmpty() && "#+-=".indexOf(line.charAt(0)) >= 0) {
            return "\\" + line;
        }
        int digits = 0;
        while (digits < line.length() && digits < 10 && Character.isDigit(line.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < line.length() && (line.charAt(digits) == '.' || line.charAt(digits) == ')')) {
            return line.substring(0, digits) + "\\" + line.substring(digits);
        }
        return line;
    }

    /**
     * Inline text that Markdown shows as written: backslash escapes for Markdown punctuation (including the
     * pipe, which would end a table cell), and HTML entities for {@code <}, {@code >} and {@code &}, so that
     * no raw HTML, link, emphasis or code span can come from the data. GFM's autolinks are broken where they would
     * start: the colon of {@code scheme://} and the dot of {@code www.} are escaped (GFM looks for them while it
     * reads escapes), and an empty HTML comment stands before the {@code @} of an e-mail address (GFM finds those
     * in the text after escapes are read, so only a node between the two halves keeps them apart).
     */
    static String inline(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\\', '|', '[', ']', '*', '_', '`', '~' -> out.append('\\').append(c);
                case ':' -> out.append(text.startsWith("/", i + 1) ? "\\:" : ":");
                case '.' -> out.append(i >= 3 && text.regionMatches(true, i - 3, "www", 0, 3)
                        && (i == 3 || !Character.isLetterOrDigit(text.charAt(i - 4))) ? "\\." : ".");
                case '@' -> out.append(i > 0 && isEmailCharacter(text.charAt(i - 1)) ? "<!-- -->@" : "@");
                case '\r' -> { }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A character of an e-mail address's local part, as GFM's extended autolinks take it. */
    private static boolean isEmailCharacter(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || ".-_+".indexOf(c) >= 0);
    }
}
