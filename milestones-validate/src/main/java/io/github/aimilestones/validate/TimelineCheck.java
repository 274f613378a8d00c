package io.github.aimilestones.validate;

import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.validate.internal.TimelineReference;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Checks a user's own timeline (a Markdown table, a CSV file, a bullet list) against a reference catalog: which
 * rows have a wrong date, a misspelled or wrong contributor, a claim the reference records as a known error, which
 * match no milestone, and which are duplicates. Names are matched in either language, ignoring case, width,
 * punctuation and small typos, with the same normalisation as the validator's name checks.
 *
 * <pre>{@code
 * Report report = TimelineCheck.against(Milestones.catalog()).check(Path.of("my-slides.md"));
 * report.findings().forEach(System.out::println);   // my-slides.md:12:3: error: ... [check.date-mismatch]
 * }</pre>
 */
public final class TimelineCheck {

    /** The largest file {@code check} reads: a timeline is a document, not a dump. */
    public static final long MAX_FILE_BYTES = 10L << 20;

    /** Indexed once in {@link #against}, and shared by the checks {@code with...} derives from it. */
    private final TimelineReference reference;
    private final ValidationConfig config;
    private final boolean reportMissing;
    /** Whether messages are in each document's own language rather than the configuration's. */
    private final boolean documentLanguage;

    private TimelineCheck(TimelineReference reference, ValidationConfig config, boolean reportMissing, boolean documentLanguage) {
        this.reference = reference;
        this.config = Objects.requireNonNull(config, "config");
        this.reportMissing = reportMissing;
        this.documentLanguage = documentLanguage;
    }

    /**
     * A check against a reference catalog, with every rule at its default severity. The reference's names are
     * indexed here, once: keep the check and reuse it for many timelines.
     *
     * @param reference the reference, usually {@code Milestones.catalog()}
     * @return the check
     * @throws IllegalStateException if commonmark or jackson-dataformat-csv, optional dependencies of this module
     *         that the check reads timelines with, is not on the class path
     */
    public static TimelineCheck against(Catalog reference) {
        requireReader("org.commonmark.ext.gfm.tables.TablesExtension", "org.commonmark:commonmark-ext-gfm-tables");
        requireReader("tools.jackson.dataformat.csv.CsvMapper", "tools.jackson.dataformat:jackson-dataformat-csv");
        return new TimelineCheck(TimelineReference.of(reference), ValidationConfig.defaults(), false, false);
    }

    /**
     * This check with another configuration (severities, rules switched off).
     *
     * @param config the configuration
     * @return a new check
     */
    public TimelineCheck withConfig(ValidationConfig config) {
        return new TimelineCheck(reference, config, reportMissing, documentLanguage);
    }

    /**
     * This check, writing the messages of each document in the document's own language ({@link #languageOf}) instead
     * of the configuration's.
     *
     * @param inDocumentLanguage whether to
     * @return a new check
     */
    public TimelineCheck inDocumentLanguage(boolean inDocumentLanguage) {
        return new TimelineCheck(reference, config, reportMissing, inDocumentLanguage);
    }

    /**
     * The language a document is written in: Chinese when at least a fifth of its letters are Han characters (a
     * Chinese text names many things in Latin letters: "AlexNet", "GPT"), else English.
     *
     * @param text a document
     * @return its language
     */
    public static Language languageOf(String text) {
        long han = 0;
        long letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (c >= 0x3400 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF) {  // CJK ideographs
                    han++;
                }
            }
        }
        return letters > 0 && han * 5 >= letters ? Language.ZH : Language.EN;
    }

    /**
     * This check, also listing the reference milestones of the timeline's period that it leaves out (as info).
     *
     * @param report whether to list them
     * @return a new check
     */
    public TimelineCheck reportingMissing(boolean report) {
        return new TimelineCheck(reference, config, report, documentLanguage);
    }

    /**
     * Checks a timeline file (UTF-8, with or without a byte order mark; at most {@link #MAX_FILE_BYTES}).
     *
     * @param file a Markdown, CSV or text file
     * @return the findings, located at the row and cell
     */
    public Report check(Path file) {
        String name = file.toString().replace('\\', '/');
        String text;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                return unreadable(name, "the file is larger than " + (MAX_FILE_BYTES >> 20) + " MiB: a timeline is smaller",
                        "文件超过 " + (MAX_FILE_BYTES >> 20) + " MiB：时间线不会这么大");
            }
            text = decode(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return unreadable(name, "file not found", "找不到文件");
        } catch (CharacterCodingException e) {
            return unreadable(name, "the file is not valid UTF-8: save it as UTF-8", "文件不是有效的 UTF-8：请以 UTF-8 保存");
        } catch (IOException e) {
            return unreadable(name, "cannot read the file: " + e.getMessage(), "无法读取文件：" + e.getMessage());
        }
        return check(name, text);
    }

    /**
     * Checks a timeline read from a stream (UTF-8, such as standard input), reading no more than
     * {@link #MAX_FILE_BYTES} and one byte: a larger input is refused without reading the rest.
     *
     * @param name the name to report locations with, such as {@code <stdin>}
     * @param input the stream, not closed here
     * @return the findings, located at the row and cell
     */
    public Report check(String name, java.io.InputStream input) {
        String text;
        try {
            byte[] bytes = input.readNBytes((int) MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                return unreadable(name, "the input is larger than " + (MAX_FILE_BYTES >> 20) + " MiB: a timeline is smaller",
                        "输入超过 " + (MAX_FILE_BYTES >> 20) + " MiB：时间线不会这么大");
            }
            text = decode(bytes);
        } catch (CharacterCodingException e) {
            return unreadable(name, "the input is not valid UTF-8", "输入不是有效的 UTF-8");
        } catch (IOException e) {
            return unreadable(name, "cannot read the input: " + e.getMessage(), "无法读取输入：" + e.getMessage());
        }
        return check(name, text);
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    /**
     * Checks a timeline given as text.
     *
     * @param file the name to report locations with
     * @param text the timeline
     * @return the findings, located at the row and cell
     */
    public Report check(String file, String text) {
        return reference.check(file, text, documentLanguage ? config.withLanguage(languageOf(text)) : config, reportMissing);
    }

    private Report unreadable(String file, String english, String chinese) {
        return reference.unreadable(file, english, chinese, config);
    }

    /** Says which artifact to add, rather than failing later with a NoClassDefFoundError. */
    private static void requireReader(String className, String artifact) {
        try {
            Class.forName(className, false, TimelineCheck.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the timeline check needs " + artifact
                    + " on the class path: add it to your dependencies (an optional dependency of milestones-validate)");
        }
    }
}
