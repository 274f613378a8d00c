package io.github.aimilestones.validate.internal;

import io.github.aimilestones.model.PartialDate;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
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
 * Reads the tables of a user's timeline (a Markdown document with GFM tables, or a CSV file) into rows with the
 * position of each cell. Running text (lists, paragraphs, slides) is read by {@link ProseText}. Linear in the text:
 * table rows are split by one scan of each line, CSV rows are located by the reader's own positions.
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
     * @param name the name cell (for a list entry, the text after the date)
     * @param people the people cell, if the timeline has people
     * @param text every cell of the row, joined
     * @param free whether the name cell is free text in which a name is to be found (lists), not a name
     * @param extra the first cell beyond the header's columns, or null
     */
    record Row(int line, @Nullable Cell date, Cell name, @Nullable Cell people, String text, boolean free, @Nullable Cell extra) {
    }

    /** Why a file holds no rows, in English and Chinese. */
    record Problem(String english, String chinese) {
    }

    /**
     * How many rows were read (each given to the check as it was read, so that no table is held whole), or why
     * there are none; {@code tables} is false when the file has no table at all.
     */
    record Timeline(int rows, @Nullable Problem problem, boolean tables) {
    }

    /** Why a table gives no rows: it has a header and nothing under it. */
    static final Problem NO_ROWS = new Problem("the table has a header but no rows", "表格只有表头，没有数据行");

    /** The lines of a text, as offsets: a line is cut from the text only when it is read. */
    record Lines(String text, int[] starts, int[] ends) {

        /** Splits at {@code \r\n}, {@code \r} and {@code \n}, keeping the last line even when it is empty. */
        static Lines of(String text) {
            int[] starts = new int[16];
            int[] ends = new int[16];
            int n = 0;
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                char c = i < text.length() ? text.charAt(i) : '\n';
                if (c == '\n' || c == '\r') {
                    if (n == starts.length) {
                        starts = java.util.Arrays.copyOf(starts, 2 * n);
                        ends = java.util.Arrays.copyOf(ends, 2 * n);
                    }
                    starts[n] = start;
                    ends[n++] = i;
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    start = i + 1;
                }
            }
            return new Lines(text, java.util.Arrays.copyOf(starts, n), java.util.Arrays.copyOf(ends, n));
        }

        int count() {
            return starts.length;
        }

        /** The line at a 0-based index, without its line break. */
        String get(int index) {
            return text.substring(starts[index], ends[index]);
        }
    }

    /** Which columns of a table hold the date, the name and the people, from its header. */
    record Columns(int date, int name, int people, int count) {

        /** The index of a column the header does not have. */
        static final int ABSENT = -1;

        static Columns of(List<Cell> headerCells) {
            List<String> headers = headerCells.stream().map(Cell::text).toList();
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
            return new Columns(date, name, people, headers.size());
        }

        boolean hasName() {
            return name != ABSENT;
        }

        /** The row of a table body; a row too short for the name column gets an empty name. */
        Row row(List<Cell> cells) {
            Cell nameCell = name < cells.size() ? cells.get(name) : new Cell("", cells.get(0).line(), 1);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                text.append(i == 0 ? "" : " | ").append(cells.get(i).text());
            }
            Cell extra = cells.size() > count && !cells.get(count).text().isEmpty() ? cells.get(count) : null;
            return new Row(cells.get(0).line(), cell(cells, date), nameCell, cell(cells, people), text.toString(), false, extra);
        }

        private static @Nullable Cell cell(List<Cell> cells, int column) {
            return column != ABSENT && column < cells.size() ? cells.get(column) : null;
        }
    }

    private static final Pattern DATE_HEADER = Pattern.compile("年份|年代|年|日期|时间|year|date|when|time");
    private static final Pattern NAME_HEADER = Pattern.compile("名称|名字|成果|项目|事件|里程碑|name|milestone|title|event|what");
    private static final Pattern PEOPLE_HEADER =
            Pattern.compile("发明者|作者|人物|提出者|开发者|团队|机构|公司|people|authors?|inventors?|who|by|creators?|organi[sz]ations?");
    private static final Pattern USER_DATE = Pattern.compile(
            "(\\d{4})\\s*(?:年|[-/.])?\\s*(?:(\\d{1,2})\\s*(?:月|[-/.])?\\s*(?:(\\d{1,2})\\s*日?)?)?");

    private TimelineRows() {
    }

    /**
     * Reads the tables of a timeline, choosing the format by the file name and the content.
     *
     * @param file the file's name
     * @param text its content, without a byte order mark
     * @param check what to do with each row, as it is read
     * @return how many rows, or a problem
     */
    static Timeline read(String file, String text, Consumer<Row> check) {
        String lower = file.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv") || lower.endsWith(".tsv")) {
            return csv(text, check);
        }
        return MarkdownTables.read(text, check);
    }

    /**
     * A date as people write it in timelines: {@code 1987}, {@code 1987年}, {@code 2012-06}, {@code 2012年6月5日}.
     *
     * @param text the text
     * @return the date at the precision given, or empty if the text holds no such date
     */
    static Optional<PartialDate> date(String text) {
        if (text.length() == 4 && isDigits(text)) {  // "2012", as most tables write it, without the pattern
            return Optional.of(PartialDate.ofYear(Integer.parseInt(text)));
        }
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

    private static Timeline csv(String text, Consumer<Row> check) {
        String firstLine = text.lines().findFirst().orElse("");
        char separator = count(firstLine, ';') > count(firstLine, ',') ? ';' : count(firstLine, '\t') > 0 ? '\t' : ',';
        CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
        List<List<Cell>> rows = new ArrayList<>();
        Lines lines = Lines.of(text);
        int[] lineStarts = lines.starts();
        long rowStart = 0;  // where the reader stands after a row: the start of the next one
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
                .with(CsvSchema.emptySchema().withColumnSeparator(separator)).readValues(new StringReader(text))) {
            while (it.hasNextValue()) {
                // The row's own line: where its first token starts, not where the reader stands after it.
                int rowLine = lineAt(text, lineStarts, rowStart);
                List<String> values = it.nextValue();
                rowStart = it.currentLocation().getCharOffset();
                String source = lines.get(rowLine - 1);
                List<Cell> cells = new ArrayList<>();
                int from = 0;
                for (String value : values) {
                    int at = value.isEmpty() ? -1 : source.indexOf(value, from);
                    cells.add(new Cell(value.strip(), rowLine, at < 0 ? Math.min(from, source.length()) + 1 : at + 1));
                    if (at >= 0) {
                        from = at + value.length();
                    }
                }
                rows.add(cells);
            }
        } catch (JacksonException e) {
            return new Timeline(0, new Problem("invalid CSV at line " + e.getLocation().getLineNr() + ": "
                    + e.getOriginalMessage(), "第 " + e.getLocation().getLineNr() + " 行的 CSV 无效：" + e.getOriginalMessage()), true);
        }
        if (rows.isEmpty()) {
            return new Timeline(0, new Problem("the CSV file is empty", "CSV 文件是空的"), true);
        }
        // Held until the end: a file that turns out not to be valid CSV has its problem, not half its findings.
        Columns columns = Columns.of(rows.get(0));
        if (!columns.hasName()) {
            return new Timeline(0, noNameColumn(0), true);
        }
        int count = 0;
        for (List<Cell> row : rows.subList(1, rows.size())) {
            if (hasContent(row)) {
                check.accept(columns.row(row));
                count++;
            }
        }
        return new Timeline(count, count == 0 ? NO_ROWS : null, true);
    }

    /**
     * Why a table gives no rows: its header has no name column.
     *
     * @param headerLine the header's line; 0 for a CSV file
     */
    static Problem noNameColumn(int headerLine) {
        String where = headerLine == 0 ? "the CSV header" : "the table at line " + headerLine;
        String whereZh = headerLine == 0 ? "CSV 表头" : "第 " + headerLine + " 行的表格";
        return new Problem(where + " has no name column: name one of its columns 名称 or Name",
                whereZh + "没有名称列：请把其中一列命名为“名称”或 Name");
    }

    /** Whether a row has a cell with text: empty rows are not rows of the timeline. */
    static boolean hasContent(List<Cell> row) {
        for (Cell cell : row) {
            if (!cell.text().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The line of a row that the reader says starts at an offset: past the line breaks before it. */
    private static int lineAt(String text, int[] lineStarts, long offset) {
        int at = (int) Math.max(0, Math.min(offset, text.length()));
        while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
            at++;
        }
        int line = java.util.Arrays.binarySearch(lineStarts, at);
        return Math.min(lineStarts.length, line >= 0 ? line + 1 : -line - 1);
    }

    private static boolean isDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }
}
