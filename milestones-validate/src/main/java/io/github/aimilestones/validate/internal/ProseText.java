package io.github.aimilestones.validate.internal;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads running text (Markdown paragraphs, bullets of any kind, slides, plain text) into items: headings, which set
 * the context of what follows, entries ("- 2012: AlexNet", which read as rows of a timeline), and prose (a bullet or
 * a paragraph, its lines joined again where a sentence was wrapped). Each character of an item keeps its place in
 * the document, so findings point at the word. One pass over the lines: linear in the text.
 */
final class ProseText {

    /** What an item is. */
    enum Kind {
        /** A title: sets the date and subject of what follows; never a finding. */
        HEADING,
        /** A bullet title ending with a colon: sets the subject of the bullets under it, keeps the date. */
        SUBHEADING,
        /** A line that reads as a timeline row: a date, then a name. */
        ENTRY,
        /** Sentences. */
        PROSE
    }

    /** An item: its text, the document offset of each of its characters, and for an entry where its name starts. */
    record Item(Kind kind, String text, int[] offsets, int nameStart) {
    }

    private static final Pattern BULLET = Pattern.compile("^(?:[-*+‣⁃]\\s+|[•◦·▪●○■□➢►▸]\\s*|\\d{1,3}[.)、]\\s+)");
    /** The characters a {@link #BULLET} can begin with. */
    private static final String BULLET_FIRST = "-*+‣⁃•◦·▪●○■□➢►▸0123456789";
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern LEADING_DATE = Pattern.compile(
            "^(?:1[89]\\d{2}|20[0-4]\\d)(?:\\s{0,2}年)?(?:\\s{0,2}[-/.]?\\s{0,2}\\d{1,2}\\s{0,2}月?(?:\\s{0,2}[-/.]?\\s{0,2}\\d{1,2}\\s{0,2}日?)?)?");
    private static final Pattern SEPARATOR = Pattern.compile("^\\s{0,3}[:：,，\\-–—|]");
    private static final int ENTRY_NAME_MAX = 80;
    private static final int HEADING_MAX = 40;

    private final String text;
    private final int[] lineStarts;
    /** The matchers of the line patterns, reset for each line: a list has an entry on every line. */
    private final Matcher bullet = BULLET.matcher("");
    private final Matcher date = LEADING_DATE.matcher("");
    private final Matcher separator = SEPARATOR.matcher("");
    /** Where each item goes as soon as it is complete, so that a long document is never held as items. */
    private Consumer<Item> items = item -> { };
    private StringBuilder open = new StringBuilder();
    private int[] openOffsets = new int[16];
    private boolean hasOpen;

    private ProseText(String text) {
        this.text = text;
        int[] starts = new int[16];
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (lines == starts.length) {
                    starts = Arrays.copyOf(starts, 2 * lines);
                }
                starts[lines++] = i + 1;
            }
        }
        lineStarts = Arrays.copyOf(starts, lines);
    }

    /**
     * A document to read.
     *
     * @param text the document
     * @return the reader, with the lines
     */
    static ProseText read(String text) {
        return new ProseText(text);
    }

    /**
     * Reads the items of the document, giving each to the caller as soon as it is complete.
     *
     * @param each what to do with each item, in document order
     */
    void items(Consumer<Item> each) {
        items = each;
        readLines();
        items = item -> { };
    }

    /** The 1-based line of a document offset. */
    int line(int offset) {
        int at = Arrays.binarySearch(lineStarts, offset);
        return at >= 0 ? at + 1 : -at - 1;
    }

    /** The 1-based column (in characters) of a document offset. */
    int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    private void readLines() {
        for (int l = 0; l < lineStarts.length; l++) {
            int start = lineStarts[l];
            int end = l + 1 < lineStarts.length ? lineStarts[l + 1] - 1 : text.length();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (start < end) {
                line(start, end);
            }
        }
        close();
    }

    private void line(int start, int end) {
        String line = text.substring(start, end);
        if (line.startsWith("|") || line.startsWith("http://") || line.startsWith("https://") || line.startsWith("```")) {
            close();
            return;
        }
        // Each pattern is anchored at the start: where the first character cannot begin it, it is not run at all.
        Matcher heading = line.charAt(0) == '#' ? MARKDOWN_HEADING.matcher(line) : null;
        if (heading != null && heading.find()) {
            close();
            add(Kind.HEADING, start + heading.end(), end, 0);
            return;
        }
        boolean isBullet = BULLET_FIRST.indexOf(line.charAt(0)) >= 0 && bullet.reset(line).find();
        int body = isBullet ? start + bullet.end() : start;
        String content = text.substring(body, end);
        if (!isBullet && hasOpen && !closesSentence(open.charAt(open.length() - 1))) {
            append(body, end);  // a sentence wrapped across lines
            return;
        }
        close();
        if (!content.isEmpty() && (content.charAt(0) == '1' || content.charAt(0) == '2') && date.reset(content).find()) {
            separator.reset(content).region(date.end(), content.length());
            boolean separated = separator.lookingAt();
            int name = separated ? separator.end() : date.end();
            while (name < content.length() && Character.isWhitespace(content.charAt(name))) {
                name++;
            }
            String rest = content.substring(name);
            if ((isBullet || separated) && !rest.isEmpty() && rest.length() <= ENTRY_NAME_MAX && !isSentence(rest)) {
                add(Kind.ENTRY, body, end, name);
                return;
            }
        }
        if (isBullet && (content.endsWith(":") || content.endsWith("：")) && content.length() <= HEADING_MAX + 20) {
            add(Kind.SUBHEADING, body, end - 1, 0);
        } else if (!isBullet && content.length() <= HEADING_MAX && !isSentence(content)) {
            add(Kind.HEADING, body, end, 0);
        } else {
            append(body, end);
        }
    }

    /** Whether a text reads as a sentence rather than a name or a title. */
    private static boolean isSentence(String text) {
        return text.indexOf('。') >= 0 || text.indexOf('，') >= 0 || text.indexOf('；') >= 0 || text.endsWith(".")
                || text.contains(", ") && text.length() > HEADING_MAX;
    }

    private static boolean closesSentence(char c) {
        return "。.!?！？:：;；".indexOf(c) >= 0;
    }

    private void add(Kind kind, int start, int end, int nameStart) {
        int[] offsets = new int[end - start];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = start + i;
        }
        items.accept(new Item(kind, text.substring(start, end), offsets, nameStart));
    }

    private void append(int start, int end) {
        if (hasOpen) {
            char last = open.charAt(open.length() - 1);
            char first = text.charAt(start);
            if (!FoldedText.isHan(last) && !FoldedText.isHan(first) && "，、（“".indexOf(last) < 0) {
                push(' ', start - 1);  // English words wrapped across lines; Chinese joins without a space
            }
        }
        for (int i = start; i < end; i++) {
            push(text.charAt(i), i);
        }
        hasOpen = true;
    }

    private void push(char c, int offset) {
        if (open.length() == openOffsets.length) {
            openOffsets = Arrays.copyOf(openOffsets, openOffsets.length * 2);
        }
        openOffsets[open.length()] = offset;
        open.append(c);
    }

    private void close() {
        if (hasOpen) {
            Item item = new Item(Kind.PROSE, open.toString(), Arrays.copyOf(openOffsets, open.length()), 0);
            open = new StringBuilder();
            openOffsets = new int[16];
            hasOpen = false;
            items.accept(item);
        }
    }
}
