package io.github.aimilestones.export.internal;

import java.io.IOException;
import java.io.Writer;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
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

    static void write(Object document, Writer out) throws IOException {
        try {
            MAPPER.writeValue(out, document);
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
        out.write('\n');
        out.flush();
    }
}
