package io.github.aimilestones.export.internal;

import java.io.IOException;
import io.github.aimilestones.data.LoneSurrogates;
import java.io.Writer;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Pretty JSON for the export formats that are not the catalog format. */
final class Jsons {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private Jsons() {
    }

    /** Writes the document; a lone surrogate as its JSON escape, which UTF-8 would otherwise turn into "?". */
    static void write(Object document, Writer writer) throws IOException {
        Writer out = LoneSurrogates.escapingJson(writer);
        try {
            MAPPER.writeValue(out, document);
        } catch (tools.jackson.core.JacksonException e) {
            throw streamFailure(e);
        }
        out.write('\n');
        out.flush();
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
