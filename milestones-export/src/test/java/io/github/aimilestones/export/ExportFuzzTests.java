package io.github.aimilestones.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.aimilestones.data.CatalogReader;
import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Category;
import io.github.aimilestones.model.Citation;
import io.github.aimilestones.model.Claim;
import io.github.aimilestones.model.Language;
import io.github.aimilestones.model.LocalizedText;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.PartialDate;
import io.github.aimilestones.model.Source;
import io.github.aimilestones.model.SourceKind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Fuzz test (Jazzer): any printable name goes through every exporter and comes back out of the real parser
 * unchanged. In {@code mvn verify} it runs over {@code ExportFuzzTestsInputs/}; {@code JAZZER_FUZZ=1 mvn -pl
 * milestones-export test -Dtest=ExportFuzzTests} fuzzes for real.
 */
final class ExportFuzzTests {

    private static final Pattern ENTITY = Pattern.compile("#(\\d+);");

    @FuzzTest(maxDuration = "2m")
    void exportThenParseBack(FuzzedDataProvider data) {
        // Printable text: controls other than line breaks and tabs are not text, and the format's readers reject them.
        String name = data.consumeRemainingAsString().replaceAll("[\\p{Cc}&&[^\\n\\t]]|\\p{Cs}", "");
        Milestone m = Milestone.builder("fuzzed", PartialDate.parse("2012"), Category.MODEL, LocalizedText.of(name, name))
                .summary(LocalizedText.of(name, name)).citation(Citation.of("s", Claim.DATE)).build();
        Source source = new Source("s", SourceKind.PAPER, name.isBlank() ? "t" : name, List.of(), null, null,
                "https://example.org/a", null, null, null, null);
        Catalog catalog = Catalog.of(List.of(m), List.of(), List.of(), List.of(source));
        ExportOptions options = ExportOptions.defaults().withLanguage(Language.ZH);

        // JSON: the same catalog again.
        String json = Fixtures.export(ExportFormat.JSON, catalog, options);
        assertThat(CatalogReader.create().read("f.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
                .orThrow()).isEqualTo(catalog);

        // CSV: the same cell, with a formula neutralised.
        List<List<String>> rows = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build()
                .readerForListOf(String.class).with(CsvSchema.emptySchema())
                .<List<String>>readValues(Fixtures.export(ExportFormat.CSV, catalog, options)).readAll();
        assertThat(rows.get(1).get(5)).isEqualTo(!name.isEmpty() && "=+-@\t\r\n\0".indexOf(name.charAt(0)) >= 0 ? "'" + name : name);

        // Markdown: one table whose name cell reads as the name, with line breaks as <br>.
        String markdown = Fixtures.export(ExportFormat.MARKDOWN, catalog, options);
        Node document = Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(markdown);
        List<String> cells = new java.util.ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.CustomNode node) {
                if (node instanceof TableCell cell) {
                    StringBuilder text = new StringBuilder();
                    cell.accept(new AbstractVisitor() {
                        @Override
                        public void visit(Text literal) {
                            text.append(literal.getLiteral());
                        }
                    });
                    cells.add(text.toString());
                } else {
                    visitChildren(node);
                }
            }
        });
        assertThat(cells.get(7)).isEqualTo(name.strip().replaceAll("\\R", ""));

        // Mermaid: the event decodes back to the name, on one line, with nothing Mermaid would parse but the
        // exporter's own line breaks (<br>) in long runs without spaces.
        String event = Fixtures.export(ExportFormat.MERMAID, catalog, options).lines()
                .filter(l -> l.startsWith("        ")).findFirst().orElseThrow().split(" : ", 2)[1].replace("<br>", "");
        assertThat(event).doesNotContain(":").doesNotContain("%").doesNotContain("<");
        String shown = name.strip().replaceAll("[\\r\\n\\t]", " ");
        assertThat(decode(event)).isEqualTo(shown.isEmpty() ? "fuzzed" : shown);

        // TimelineJS and HTML: the headline unescapes to the name.
        String headline = JsonMapper.shared().readTree(Fixtures.export(ExportFormat.TIMELINEJS, catalog, options))
                .at("/events/0/text/headline").asString();
        assertThat(StringEscapeUtils.unescapeHtml4(headline)).isEqualTo(name);
        String html = Fixtures.export(ExportFormat.HTML, catalog, options);
        String h3 = html.substring(html.indexOf("<h3>") + 4, html.indexOf("</h3>"));
        assertThat(h3).doesNotContain("<");
        assertThat(StringEscapeUtils.unescapeHtml4(h3)).isEqualTo(name);
    }

    private static String decode(String event) {
        Matcher m = ENTITY.matcher(event);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(new String(Character.toChars(Integer.parseInt(m.group(1))))));
        }
        return m.appendTail(out).toString();
    }
}
