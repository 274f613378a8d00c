package io.github.aimilestones.data;

import io.github.aimilestones.data.internal.Json;
import io.github.aimilestones.model.Catalog;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a catalog in the JSON format, in the canonical layout of the embedded data files: two-space
 * indentation, fields in the order of {@code docs/format.md}, empty fields left out, a final newline.
 * Reading the output back with {@link CatalogReader} gives an equal catalog.
 *
 * <pre>{@code
 * CatalogWriter.create().withSchemaReference("milestones.schema.json").write(catalog, writer);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CatalogWriter {

    private static final CatalogWriter PLAIN = new CatalogWriter(null);

    private final String schemaReference;

    private CatalogWriter(String schemaReference) {
        this.schemaReference = schemaReference;
    }

    /**
     * A writer that writes no {@code $schema} field.
     *
     * @return the writer
     */
    public static CatalogWriter create() {
        return PLAIN;
    }

    /**
     * A writer that names the JSON Schema in a {@code $schema} field, so that editors complete and check fields.
     *
     * @param reference the path or URL of the schema, e.g. {@code ../milestones.schema.json}
     * @return a new writer
     */
    public CatalogWriter withSchemaReference(String reference) {
        return new CatalogWriter(Objects.requireNonNull(reference, "reference"));
    }

    /**
     * Writes the catalog as one JSON document.
     *
     * @param catalog the catalog
     * @param out where to write; flushed, not closed
     * @throws IOException if the writer fails
     */
    public void write(Catalog catalog, Writer out) throws IOException {
        Writer json = LoneSurrogates.escapingJson(out);
        try {
            Json.mapper().writer().without(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
                    .writeValue(json, document(catalog));
        } catch (tools.jackson.core.JacksonException e) {
            throw streamFailure(e);
        }
        json.write('\n');
        json.flush();
    }

    /**
     * Writes the catalog as one UTF-8 JSON document.
     *
     * @param catalog the catalog
     * @param out where to write; flushed, not closed
     * @throws IOException if the stream fails
     */
    public void write(Catalog catalog, OutputStream out) throws IOException {
        write(catalog, new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /**
     * The catalog as a JSON document.
     *
     * @param catalog the catalog
     * @return the document, ending with a newline
     */
    public String toJson(Catalog catalog) {
        return LoneSurrogates.escapeJson(Json.mapper().writeValueAsString(document(catalog))) + "\n";
    }

    private Map<String, Object> document(Catalog catalog) {
        Map<String, Object> document = new LinkedHashMap<>();
        if (schemaReference != null) {
            document.put("$schema", schemaReference);
        }
        putIfNotEmpty(document, RecordKind.MILESTONE, catalog.milestones());
        putIfNotEmpty(document, RecordKind.PERSON, catalog.people());
        putIfNotEmpty(document, RecordKind.ORGANIZATION, catalog.organizations());
        putIfNotEmpty(document, RecordKind.SOURCE, catalog.sources());
        return document;
    }

    private static void putIfNotEmpty(Map<String, Object> document, RecordKind kind, List<?> records) {
        if (!records.isEmpty()) {
            document.put(kind.arrayName(), records);
        }
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
