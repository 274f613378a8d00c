package io.github.aimilestones.export.internal;

import io.github.aimilestones.data.LoneSurrogates;
import io.github.aimilestones.export.ExportOptions;
import io.github.aimilestones.export.Exporter;
import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.Source;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * RFC 4180 CSV, one row per milestone, written by jackson-dataformat-csv: CRLF line ends, quotes where needed,
 * and every text cell (ids and tags included) that a spreadsheet would run as a formula prefixed with an apostrophe.
 * A lone surrogate, which UTF-8 cannot hold, is written as U+FFFD.
 */
public final class CsvExporter implements Exporter {

    /** The columns, documented in docs/export.md. */
    public static final List<String> COLUMNS = List.of("id", "date", "precision", "start", "end", "name", "category",
            "people", "organizations", "and_others", "summary", "what_it_does", "impact", "tags", "sources", "urls");

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvWriteFeature.ALWAYS_QUOTE_EMPTY_STRINGS)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    @Override
    public void export(Catalog catalog, ExportOptions options, Writer writer) throws IOException {
        Writer out = LoneSurrogates.replacing(writer);
        View view = View.of(catalog, options);
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        COLUMNS.forEach(schema::addColumn);
        List<List<String>> rows = new ArrayList<>();
        for (Milestone m : view.milestones()) {
            List<Source> sources = view.sources(m);
            rows.add(List.of(text(m.id()), m.date().toString(), m.date().precision().name().toLowerCase(Locale.ROOT),
                    m.date().earliest().toString(), m.date().latest().toString(),
                    text(view.text(m.name())), m.category().slug(),
                    text(String.join("; ", view.people(m))), text(String.join("; ", view.organizations(m))),
                    Boolean.toString(m.contributors().andOthers()),
                    text(view.text(m.summary())), text(view.text(m.whatItDoes())), text(view.text(m.impact())),
                    text(String.join("; ", m.tags())),
                    text(sources.stream().map(Source::title).collect(Collectors.joining("; "))),
                    sources.stream().map(View::safeUrl).flatMap(java.util.Optional::stream).collect(Collectors.joining(" "))));
        }
        if (options.byteOrderMark()) {
            out.write('\uFEFF');
        }
        try {
            MAPPER.writer(schema.build()).writeValue(out, rows);
        } catch (tools.jackson.core.JacksonException e) {
            throw streamFailure(e);
        }
        out.flush();
    }

    /**
     * Neutralises spreadsheet formulas (OWASP): a text cell starting with =, +, -, @, tab, CR, LF or NUL gets a
     * leading apostrophe, which spreadsheets show as text and do not run.
     */
    static String text(String value) {
        return !value.isEmpty() && "=+-@\t\r\n\0".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** The writer's failure inside Jackson's unchecked exception (databind wraps it once more): the caller's IOException. */
    private static IOException streamFailure(tools.jackson.core.JacksonException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException failure) {
                return failure;
            }
        }
        throw e;
    }
}
