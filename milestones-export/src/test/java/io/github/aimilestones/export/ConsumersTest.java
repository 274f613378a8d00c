package io.github.aimilestones.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.aimilestones.data.CatalogReader;
import io.github.aimilestones.data.Milestones;
import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Category;
import io.github.aimilestones.model.Language;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.PartialDate;
import io.github.aimilestones.export.internal.View;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.text.StringEscapeUtils;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/** Each format read back by the parser its consumers use, for the embedded dataset and the hostile fixture. */
final class ConsumersTest {

    static Stream<Arguments> catalogs() {
        return Stream.of(Language.EN, Language.ZH).flatMap(language -> Stream.of(
                Arguments.of("embedded", Milestones.catalog(), language),
                Arguments.of("hostile", Fixtures.hostile(), language),
                Arguments.of("forced", Fixtures.forced(), language)));
    }

    private static View view(Catalog catalog, Language language) {
        return View.of(catalog, ExportOptions.defaults().withLanguage(language));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("catalogs")
    void json_roundTripsAndPassesTheSchema(String name, Catalog catalog, Language language) throws IOException {
        String json = Fixtures.export(ExportFormat.JSON, catalog, ExportOptions.defaults());

        Catalog back = CatalogReader.create().read("export.json",
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).orThrow();
        assertThat(back).isEqualTo(catalog);
        if (name.equals("forced")) {
            return;  // its ids are not ids: the schema rejects it, as the validator does
        }
        try (InputStream schema = Milestones.class.getClassLoader().getResourceAsStream(Milestones.SCHEMA_RESOURCE)) {
            Schema validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
            assertThat(validator.validate(json, InputFormat.JSON)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("catalogs")
    void csv_readsBackCellForCell(String name, Catalog catalog, Language language) {
        String csv = Fixtures.export(ExportFormat.CSV, catalog, ExportOptions.defaults().withLanguage(language));

        assertThat(csv).contains("\r\n").doesNotContain(",\n").startsWith("id,date,precision,");
        CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
        MappingIterator<List<String>> rows = mapper.readerForListOf(String.class)
                .with(CsvSchema.emptySchema()).readValues(csv);
        List<List<String>> all = rows.readAll();
        assertThat(all.get(0)).containsExactlyElementsOf(io.github.aimilestones.export.internal.CsvExporter.COLUMNS);
        View view = view(catalog, language);
        assertThat(all).hasSize(view.milestones().size() + 1);
        for (int i = 0; i < view.milestones().size(); i++) {
            Milestone m = view.milestones().get(i);
            List<String> row = all.get(i + 1);
            assertThat(row).hasSize(all.get(0).size());
            assertThat(row.get(0)).isEqualTo(spreadsheetSafe(m.id()));
            assertThat(row.get(1)).isEqualTo(m.date().toString());
            assertThat(row.get(5)).isEqualTo(spreadsheetSafe(written(m.name().resolve(language))));
            assertThat(row.get(6)).isEqualTo(m.category().slug());
            assertThat(row.get(10)).isEqualTo(spreadsheetSafe(m.summary() == null ? "" : m.summary().resolve(language)));
        }
    }

    /** A text as the text formats write it: a lone surrogate, which UTF-8 cannot hold, as U+FFFD. */
    private static String written(String text) {
        return text.replaceAll("\\p{Cs}", "\uFFFD");
    }

    private static String spreadsheetSafe(String text) {
        return !text.isEmpty() && "=+-@\t\r\n\0".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("catalogs")
    void csv_withByteOrderMark(String name, Catalog catalog, Language language) {
        String csv = Fixtures.export(ExportFormat.CSV, catalog,
                ExportOptions.defaults().withLanguage(language).withByteOrderMark(true));

        assertThat(csv).startsWith("\uFEFFid,date,");
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("catalogs")
    void markdown_isOneGfmTableWithTheSeedLayout_cellForCell(String name, Catalog catalog, Language language) {
        String markdown = Fixtures.export(ExportFormat.MARKDOWN, catalog, ExportOptions.defaults().withLanguage(language));

        Node document = Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(markdown);
        List<TableBlock> tables = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof TableBlock table) {
                tables.add(table);
            }
        }
        assertThat(tables).hasSize(1);
        List<List<String>> rows = rows(tables.get(0));
        assertThat(rows.get(0)).containsExactlyElementsOf(language == Language.ZH
                ? List.of("年份", "名称", "发明者", "简介", "功能", "影响")
                : List.of("Year", "Name", "People", "Summary", "What it does", "Impact"));
        View view = view(catalog, language);
        assertThat(rows).hasSize(view.milestones().size() + 1);
        for (int i = 0; i < view.milestones().size(); i++) {
            Milestone m = view.milestones().get(i);
            assertThat(rows.get(i + 1)).hasSize(6);
            assertThat(rows.get(i + 1).get(0)).isEqualTo(view.date(m.date()));
            // Line breaks in a name become <br>, which is markup, not text.
            assertThat(rows.get(i + 1).get(1)).isEqualTo(written(m.name().resolve(language)).strip().replaceAll("\\R", ""));
            assertThat(rows.get(i + 1).get(2)).isEqualTo(view.contributors(m));
        }
        // No link but http(s), and no raw HTML but the <br> line breaks the exporter writes itself.
        document.accept(new org.commonmark.node.AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Link link) {
                assertThat(link.getDestination()).matches("https?://.*");
                visitChildren(link);
            }

            @Override
            public void visit(org.commonmark.node.HtmlInline html) {
                assertThat(html.getLiteral()).isIn("<br>", "<!-- -->");
            }

            @Override
            public void visit(org.commonmark.node.HtmlBlock html) {
                throw new AssertionError("raw HTML block: " + html.getLiteral());
            }
        });
    }

    /** The plain text of each cell, as a reader sees it. */
    private static List<List<String>> rows(TableBlock table) {
        List<List<String>> rows = new ArrayList<>();
        collectRows(table, rows);
        return rows;
    }

    private static void collectRows(Node node, List<List<String>> rows) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TableRow row) {
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    StringBuilder text = new StringBuilder();
                    appendText((TableCell) cell, text);
                    cells.add(text.toString());
                }
                rows.add(cells);
            } else {
                collectRows(child, rows);
            }
        }
    }

    private static void appendText(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text literal) {
                text.append(literal.getLiteral());
            } else {
                appendText(child, text);
            }
        }
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("catalogs")
    void timelineJs_hasAnEventPerMilestoneWithDatesAndEscapedText(String name, Catalog catalog, Language language) {
        String json = Fixtures.export(ExportFormat.TIMELINEJS, catalog, ExportOptions.defaults().withLanguage(language));

        JsonNode root = JsonMapper.shared().readTree(json);
        View view = view(catalog, language);
        assertThat(root.get("events")).hasSize(view.milestones().size());
        for (int i = 0; i < view.milestones().size(); i++) {
            Milestone m = view.milestones().get(i);
            JsonNode event = root.get("events").get(i);
            assertThat(event.at("/unique_id").asString()).isEqualTo(m.id());
            assertThat(event.at("/start_date/year").asInt()).isEqualTo(m.date().year());
            assertThat(event.at("/start_date/display_date").isMissingNode())
                    .isEqualTo(m.date().precision() == PartialDate.Precision.DAY && !m.date().isQualified());
            assertThat(event.at("/text/headline").asString()).doesNotContain("<").doesNotContain("\"");
        }
        assertThat(root.get("eras")).isNotEmpty();
        for (JsonNode era : root.get("eras")) {
            // TimelineJS refuses an era whose end date, field by field, equals its start.
            LocalDate start = LocalDate.of(era.at("/start_date/year").asInt(), era.at("/start_date/month").asInt(),
                    era.at("/start_date/day").asInt());
            LocalDate end = LocalDate.of(era.at("/end_date/year").asInt(), era.at("/end_date/month").asInt(),
                    era.at("/end_date/day").asInt());
            assertThat(end).isAfter(start);
        }
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("catalogs")
    void html_escapesEverything_andHasEveryMilestone(String name, Catalog catalog, Language language) {
        String html = Fixtures.export(ExportFormat.HTML, catalog, ExportOptions.defaults().withLanguage(language));

        View view = view(catalog, language);
        for (Milestone m : view.milestones()) {
            assertThat(html).contains("<li class=\"milestone\" id=\"" + StringEscapeUtils.escapeHtml4(m.id()).replace("'", "&#39;") + "\"");
        }
        assertThat(html.split("<script>", -1)).hasSize(2);  // only the page's own script
        assertThat(html).doesNotContain("<img").doesNotContain("src=\"http").doesNotContain("href=\"javascript");
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("catalogs")
    void mermaid_hasEveryNameEncodedOnOneLine(String name, Catalog catalog, Language language) {
        String mermaid = Fixtures.export(ExportFormat.MERMAID, catalog, ExportOptions.defaults().withLanguage(language));

        assertThat(mermaid).startsWith("timeline\n");
        for (String line : mermaid.split("\n")) {
            assertThat(line).doesNotStartWith("%").doesNotContain("%%");
            if (line.startsWith("        ")) {
                String[] parts = line.strip().split(" : ");
                assertThat(parts.length).isGreaterThanOrEqualTo(2);
                for (int i = 1; i < parts.length; i++) {
                    assertThat(parts[i].replace("<br>", "")).isNotBlank().doesNotContain(": ").doesNotContain("<");
                }
            }
        }
        View view = view(catalog, language);
        long events = mermaid.lines().filter(l -> l.startsWith("        "))
                .mapToLong(l -> l.strip().split(" : ").length - 1).sum();
        assertThat(events).isEqualTo(view.milestones().size());
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("catalogs")
    void filters_selectByRangeCategoryIdAndTag(String name, Catalog catalog, Language language) {
        ExportOptions options = ExportOptions.defaults().withLanguage(language)
                .withRange(PartialDate.parse("2012"), PartialDate.parse("2014"));
        View view = view(catalog, options.language());
        List<Milestone> ranged = View.of(catalog, options).milestones();

        assertThat(ranged).allMatch(m -> m.date().overlaps(PartialDate.parse("2012"))
                || m.date().overlaps(PartialDate.parse("2013")) || m.date().overlaps(PartialDate.parse("2014")));
        assertThat(View.of(catalog, options.withCategories(Set.of(Category.MODEL))).milestones())
                .allMatch(m -> m.category() == Category.MODEL);
        String firstId = view.milestones().get(0).id();
        assertThat(View.of(catalog, ExportOptions.defaults().withIds(Set.of(firstId))).milestones())
                .extracting(Milestone::id).containsExactly(firstId);
        assertThat(View.of(catalog, ExportOptions.defaults().withDescending(true)).milestones())
                .containsExactlyElementsOf(reversed(view.milestones()));
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
