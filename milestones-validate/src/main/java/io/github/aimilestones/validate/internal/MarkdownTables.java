package io.github.aimilestones.validate.internal;

import io.github.aimilestones.validate.internal.TimelineRows.Cell;
import io.github.aimilestones.validate.internal.TimelineRows.Columns;
import io.github.aimilestones.validate.internal.TimelineRows.Lines;
import io.github.aimilestones.validate.internal.TimelineRows.Problem;
import io.github.aimilestones.validate.internal.TimelineRows.Row;
import io.github.aimilestones.validate.internal.TimelineRows.Timeline;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The GFM tables of a Markdown document: a header row, a delimiter row ({@code | --- | :-: |}), then the rows up to
 * the first line without a pipe. Each line is split in one scan (backslash escapes and code spans respected), so a
 * table of any size or a cell of any length costs time linear in its text, and no inline Markdown is parsed beyond
 * what a cell's text needs: emphasis marks and code ticks are dropped, a link keeps its text.
 */
final class MarkdownTables {

    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\[\\n]{0,300})\\]\\([^)\\s]{0,1000}\\)");
    private static final Pattern MARKS = Pattern.compile("\\*\\*|__|~~|[*`]|<br\\s{0,2}/?>");

    private MarkdownTables() {
    }

    /**
     * The rows of every table with a name column, each given to the check as soon as it is read.
     *
     * @param text the document
     * @param check what to do with each row
     * @return how many rows; none and {@code tables == false} when the document has no table
     */
    static Timeline read(String text, Consumer<Row> check) {
        Lines lines = Lines.of(text);
        int rows = 0;
        @Nullable Problem problem = null;
        boolean tables = false;
        for (int i = 0; i + 1 < lines.count(); i++) {
            String header = lines.get(i);
            if (header.indexOf('|') < 0 || !isDelimiter(lines.get(i + 1))) {
                continue;
            }
            tables = true;
            Columns columns = Columns.of(cells(header, i + 1));
            int before = rows;
            int l = i + 2;
            for (String line; l < lines.count() && (line = lines.get(l)).indexOf('|') >= 0 && !line.isBlank(); l++) {
                List<Cell> cells = columns.hasName() ? cells(line, l + 1) : List.of();
                if (TimelineRows.hasContent(cells)) {
                    check.accept(columns.row(cells));
                    rows++;
                }
            }
            if (rows == before && problem == null) {
                problem = columns.hasName() ? TimelineRows.NO_ROWS : TimelineRows.noNameColumn(i + 1);
            }
            i = l - 1;
        }
        return new Timeline(rows, rows == 0 ? problem : null, tables);
    }

    /** Whether a line is a delimiter row: pipes, dashes, colons and spaces, with a dash and a pipe. */
    private static boolean isDelimiter(String line) {
        boolean dash = false;
        boolean pipe = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '-') {
                dash = true;
            } else if (c == '|') {
                pipe = true;
            } else if (c != ':' && c != ' ' && c != '\t') {
                return false;
            }
        }
        return dash && pipe;
    }

    /** The cells of a row, each with the column of its first character. */
    private static List<Cell> cells(String line, int lineNumber) {
        List<Cell> cells = new ArrayList<>();
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        if (i < line.length() && line.charAt(i) == '|') {
            i++;
        }
        int start = i;
        boolean code = false;
        for (; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : '|';
            if (c == '\\' && i + 1 < line.length()) {
                i++;
            } else if (c == '`') {
                code = !code;
            } else if (c == '|' && (!code || i == line.length())) {
                if (i < line.length() || !line.substring(start).isBlank()) {
                    cells.add(cell(line, start, i, lineNumber));
                }
                start = i + 1;
            }
        }
        if (cells.isEmpty()) {
            cells.add(new Cell("", lineNumber, 1));
        }
        return cells;
    }

    private static Cell cell(String line, int start, int end, int lineNumber) {
        while (start < end && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        String raw = line.substring(start, end).replace("\\|", "|");
        String text = hasInlineMarkdown(raw) ? MARKS.matcher(LINK.matcher(raw).replaceAll("$1")).replaceAll("").strip() : raw.strip();
        return new Cell(text, lineNumber, start + 1);
    }

    /** Whether a cell has a character that a link or a mark needs: most cells have none, and no pattern runs. */
    private static boolean hasInlineMarkdown(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '[' || c == '*' || c == '_' || c == '~' || c == '`' || c == '<') {
                return true;
            }
        }
        return false;
    }
}
