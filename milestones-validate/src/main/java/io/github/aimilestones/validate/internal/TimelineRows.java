package io.github.aimilestones.validate.internal;

import io.github.aimilestones.model.PartialDate;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads a user's timeline (a Markdown document with GFM tables, a CSV file, or a bullet list or plain lines
 * with a leading year) into rows with the position of each cell.
 */
final class TimelineRows {

    /** A cell's text and where it starts (1-based). */
    record Cell(String text, int line, int column) {
    }

    /**
     * One row of a timeline.
     *
     * @param line the row's line
     * @param date the date cell, if the timeline has dates
     * @param name the name cell (for a list item, the text after the date)
     * @param people the people cell, if the timeline has people
     * @param text every cell of the row, joined
     * @param free whether the name cell is free text in which a name is to be found (lists), not a name
     */
    record Row(int line, @Nullable Cell date, Cell name, @Nullable Cell people, String text, boolean free) {
    }

    /** The rows, or why there are none. */
    record Timeline(List<Row> rows, @Nullable String problem) {
    }

    /** Which columns of a table hold the date, the name and the people, from its header. */
    private record Columns(int date, int name, int people) {

        /** The index of a column the header does not have. */
        static final int ABSENT = -1;

        static Columns of(List<String> headers) {
            int date = ABSENT;
            int name = ABSENT;
            int people = ABSENT;
            for (int i = 0; i < headers.size(); i++) {
                String header = headers.get(i).strip().toLowerCase(Locale.ROOT);
                if (date == ABSENT && DATE_HEADER.matcher(header).matches()) {
                    date = i;
                } else if (name == ABSENT && NAME_HEADER.matcher(header).matches()) {
                    name = i;
                } else if (people == ABSENT && PEOPLE_HEADER.matcher(header).matches()) {
                    people = i;
                }
            }
            return new Columns(date, name, people);
        }

        boolean hasName() {
            return name != ABSENT;
        }

        /** The row of a table body; a row too short for the name column gets an empty name. */
        Row row(List<Cell> cells) {
            Cell nameCell = name < cells.size() ? cells.get(name) : new Cell("", cells.get(0).line(), 1);
            String text = String.join(" | ", cells.stream().map(Cell::text).toList());
            return new Row(cells.get(0).line(), cell(cells, date), nameCell, cell(cells, people), text, false);
        }

        private static @Nullable Cell cell(List<Cell> cells, int column) {
            return column != ABSENT && column < cells.size() ? cells.get(column) : null;
        }
    }

    private static final Pattern DATE_HEADER = Pattern.compile("年份|年代|年|日期|时间|year|date|when|time");
    private static final Pattern NAME_HEADER = Pattern.compile("名称|名字|成果|项目|事件|里程碑|name|milestone|title|event|what");
    private static final Pattern PEOPLE_HEADER =
            Pattern.compile("发明者|作者|人物|提出者|开发者|团队|机构|公司|people|authors?|inventors?|who|by|creators?|organi[sz]ations?");
    private static final Pattern LIST_LINE = Pattern.compile(
            "^(\\s*(?:[-*+•◦·▪]\\s*|\\d+[.)]\\s+)?)(\\d{4}(?:\\s*年)?(?:\\s*[-/.]?\\s*\\d{1,2}\\s*月?(?:\\s*[-/.]?\\s*\\d{1,2}\\s*日?)?)?)"
                    + "\\s*(?:[:：,，\\-–—|]\\s*)?(\\S.*)$");
    private static final Pattern USER_DATE = Pattern.compile(
            "(\\d{4})\\s*(?:年|[-/.])?\\s*(?:(\\d{1,2})\\s*(?:月|[-/.])?\\s*(?:(\\d{1,2})\\s*日?)?)?");

    private TimelineRows() {
    }

    /**
     * Reads a timeline, choosing the format by the file name and the content.
     *
     * @param file the file's name
     * @param text its content
     * @return the rows, or a problem
     */
    static Timeline read(String file, String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String lower = file.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv") || lower.endsWith(".tsv")) {
            return csv(content);
        }
        Timeline markdown = markdown(content);
        if (!markdown.rows().isEmpty()) {
            return markdown;
        }
        Timeline lines = lines(content);
        if (!lines.rows().isEmpty()) {
            return lines;
        }
        return new Timeline(List.of(), markdown.problem() != null ? markdown.problem()
                : "no Markdown table with a name column, and no lines that start with a year (such as \"- 2012: AlexNet\")");
    }

    /**
     * A date as people write it in timelines: {@code 1987}, {@code 1987年}, {@code 2012-06}, {@code 2012年6月5日}.
     *
     * @param text the text
     * @return the date at the precision given, or empty if the text holds no such date
     */
    static Optional<PartialDate> date(String text) {
        Matcher m = USER_DATE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        try {
            if (m.group(2) != null && m.group(3) != null) {
                return Optional.of(PartialDate.ofDay(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            } else if (m.group(2) != null) {
                return Optional.of(PartialDate.ofMonth(year, Integer.parseInt(m.group(2))));
            }
        } catch (IllegalArgumentException e) {
            return Optional.of(PartialDate.ofYear(year));  // "2012 10" is a year followed by something else
        }
        return Optional.of(PartialDate.ofYear(year));
    }

    private static Timeline markdown(String text) {
        Node document = Parser.builder().extensions(List.of(TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build().parse(text);
        List<Row> rows = new ArrayList<>();
        @Nullable String problem = null;
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (!(node instanceof TableBlock table)) {
                continue;
            }
            List<List<Cell>> cells = new ArrayList<>();
            collect(table, cells, text);
            if (cells.isEmpty()) {
                continue;
            }
            Columns columns = Columns.of(cells.get(0).stream().map(Cell::text).toList());
            if (!columns.hasName()) {
                problem = "a table at line " + cells.get(0).get(0).line() + " has no name column: name one of its"
                        + " columns 名称 or Name";
                continue;
            }
            for (List<Cell> row : cells.subList(1, cells.size())) {
                rows.add(columns.row(row));
            }
        }
        return new Timeline(rows, rows.isEmpty() ? problem : null);
    }

    private static void collect(Node node, List<List<Cell>> rows, String source) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TableRow row) {
                List<Cell> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    StringBuilder text = new StringBuilder();
                    literal((TableCell) cell, text);
                    SourceSpan span = cell.getSourceSpans().isEmpty() ? row.getSourceSpans().get(0) : cell.getSourceSpans().get(0);
                    // The cell's span starts at the space after the pipe; point at its text.
                    int blank = 0;
                    while (span.getInputIndex() + blank < source.length()
                            && source.charAt(span.getInputIndex() + blank) == ' ') {
                        blank++;
                    }
                    cells.add(new Cell(text.toString().strip(), span.getLineIndex() + 1, span.getColumnIndex() + 1 + blank));
                }
                if (!cells.isEmpty()) {
                    rows.add(cells);
                }
            } else if (child instanceof TableHead || child.getFirstChild() != null) {
                collect(child, rows, source);
            }
        }
    }

    private static void literal(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                text.append(t.getLiteral());
            } else if (child instanceof Code code) {
                text.append(code.getLiteral());
            } else if (child instanceof HtmlInline || child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                text.append(' ');
            } else {
                literal(child, text);
            }
        }
    }

    private static Timeline csv(String text) {
        String firstLine = text.lines().findFirst().orElse("");
        char separator = count(firstLine, ';') > count(firstLine, ',') ? ';' : count(firstLine, '\t') > 0 ? '\t' : ',';
        CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
        List<List<Cell>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
                .with(CsvSchema.emptySchema().withColumnSeparator(separator)).readValues(new StringReader(text))) {
            String[] lines = text.split("\r\n|\r|\n", -1);
            while (it.hasNextValue()) {
                int line = it.currentLocation().getLineNr();
                List<String> values = it.nextValue();
                int rowLine = Math.max(1, Math.min(line, lines.length));
                // The reader's location is past the row; find the row's own line by its first cell.
                for (int l = Math.min(line, lines.length); l >= 1; l--) {
                    if (!values.isEmpty() && lines[l - 1].contains(values.get(0))) {
                        rowLine = l;
                        break;
                    }
                }
                String source = lines[rowLine - 1];
                List<Cell> cells = new ArrayList<>();
                for (String value : values) {
                    int at = source.indexOf(value.isEmpty() ? String.valueOf(separator) : value);
                    cells.add(new Cell(value.strip(), rowLine, at < 0 ? 1 : at + 1));
                }
                rows.add(cells);
            }
        } catch (JacksonException e) {
            return new Timeline(List.of(), "invalid CSV at line " + e.getLocation().getLineNr() + ": "
                    + e.getOriginalMessage());
        }
        if (rows.isEmpty()) {
            return new Timeline(List.of(), "the CSV file is empty");
        }
        Columns columns = Columns.of(rows.get(0).stream().map(Cell::text).toList());
        if (!columns.hasName()) {
            return new Timeline(List.of(), "the CSV header has no name column: name one of its columns 名称 or Name");
        }
        List<Row> result = new ArrayList<>();
        for (List<Cell> row : rows.subList(1, rows.size())) {
            if (row.stream().anyMatch(c -> !c.text().isEmpty())) {
                result.add(columns.row(row));
            }
        }
        return new Timeline(result, result.isEmpty() ? "the CSV file has a header but no rows" : null);
    }

    private static Timeline lines(String text) {
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = LIST_LINE.matcher(lines[i]);
            if (m.matches()) {
                Cell date = new Cell(m.group(2).strip(), i + 1, m.group(1).length() + 1);
                Cell rest = new Cell(m.group(3).strip(), i + 1, m.start(3) + 1);
                rows.add(new Row(i + 1, date, rest, null, lines[i].strip(), true));
            }
        }
        return new Timeline(rows, null);
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }
}
