package io.github.aimilestones.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Category;
import io.github.aimilestones.model.LocalizedText;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.PartialDate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

final class CatalogWriterTest {

    private static final String SAMPLE = "io/github/aimilestones/data/sample-catalog.json";
    private static final String SCHEMA_REFERENCE =
            "../../../../../../main/resources/io/github/aimilestones/data/milestones.schema.json";

    static String sampleText() throws IOException {
        try (InputStream in = CatalogWriterTest.class.getClassLoader().getResourceAsStream(SAMPLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Catalog readBack(String json) {
        return CatalogReader.create().read("out.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
                .orThrow();
    }

    @Test
    void roundTrip_givesAnEqualCatalog_andTheSameText() throws IOException {
        Catalog sample = readBack(sampleText());

        String written = CatalogWriter.create().withSchemaReference(SCHEMA_REFERENCE).toJson(sample);

        assertThat(readBack(written)).isEqualTo(sample);
        assertThat(written).isEqualTo(sampleText());
    }

    @Test
    void roundTrip_ofTheEmbeddedDataset() throws IOException {
        Catalog embedded = Milestones.catalog();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        CatalogWriter.create().write(embedded, out);

        assertThat(readBack(out.toString(StandardCharsets.UTF_8))).isEqualTo(embedded);
    }

    @Test
    void leavesEmptyFieldsOut() {
        Milestone bare = Milestone.builder("x", PartialDate.parse("2012?"), Category.MODEL, LocalizedText.english("X"))
                .build();

        String json = CatalogWriter.create().toJson(Catalog.of(List.of(bare), List.of(), List.of(), List.of()));

        assertThat(json).isEqualTo("""
                {
                  "milestones": [
                    {
                      "id": "x",
                      "date": "2012?",
                      "category": "model",
                      "name": {
                        "en": "X"
                      }
                    }
                  ]
                }
                """);
        assertThat(CatalogWriter.create().toJson(Catalog.empty())).isEqualTo("{ }\n");
    }
}
