package io.github.aimilestones.cli;

import io.github.aimilestones.export.ExportFormat;
import io.github.aimilestones.export.ExportOptions;
import io.github.aimilestones.model.Category;
import io.github.aimilestones.model.EventKind;
import io.github.aimilestones.model.Language;
import io.github.aimilestones.validate.ReportFormat;
import io.github.aimilestones.validate.Rule;
import io.github.aimilestones.validate.Severity;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The completion candidates of the options that have a converter: the spellings the converters accept, taken from
 * the same constants, so that completion cannot offer what the command rejects (picocli would otherwise offer the
 * enum constants, upper case).
 */
final class Candidates {

    private Candidates() {
    }

    private static <E extends Enum<E>> List<String> of(E[] values, Function<E, String> spelling) {
        return Arrays.stream(values).map(spelling).toList();
    }

    private static String lowerCase(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** The export formats' slugs, as {@link ExportFormat#fromSlug} accepts them. */
    static final class ExportFormats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return of(ExportFormat.values(), ExportFormat::slug).iterator();
        }
    }

    /** The categories' slugs, as {@link Category#fromSlug} accepts them. */
    static final class Categories implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return of(Category.values(), Category::slug).iterator();
        }
    }

    /** The event kinds' slugs, as {@link EventKind#fromSlug} accepts them. */
    static final class EventKinds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return of(EventKind.values(), EventKind::slug).iterator();
        }
    }

    /** The languages' tags, as {@link Language#of} accepts them. */
    static final class Languages implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return of(Language.values(), Language::tag).iterator();
        }
    }

    /** The groupings, as the converter of {@code --group} accepts them. */
    static final class Groupings implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return of(ExportOptions.Grouping.values(), Candidates::lowerCase).iterator();
        }
    }

    /** The report formats, as the converter of the report's {@code --format} accepts them. */
    static final class ReportFormats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return of(ReportFormat.values(), Candidates::lowerCase).iterator();
        }
    }

    /** The rule ids, as {@code explain} accepts them. */
    static final class RuleIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return of(Rule.values(), Rule::id).iterator();
        }
    }

    /** The severities' labels, as {@link Severity#of} accepts them. */
    static final class Severities implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return of(Severity.values(), Severity::label).iterator();
        }
    }
}
