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
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

final class LoneSurrogatesTest {

    private static final String PAIR = "\uD83D\uDE00";  // one emoji, a valid pair

    @Test
    void indexIn_findsOnlyUnpairedHalves() {
        assertThat(LoneSurrogates.indexIn("A" + PAIR + "B")).isEqualTo(-1);
        assertThat(LoneSurrogates.indexIn("A\uD800B")).isEqualTo(1);
        assertThat(LoneSurrogates.indexIn("AB\uDC00")).isEqualTo(2);
        assertThat(LoneSurrogates.indexIn(PAIR + "\uD800")).isEqualTo(2);
        assertThat(LoneSurrogates.indexIn("\uDE00\uD83D")).isEqualTo(0);
    }

    @Test
    void replacing_writesTheReplacementCharacter_andKeepsPairs_evenAcrossWrites() throws IOException {
        StringWriter text = new StringWriter();
        Writer out = LoneSurrogates.replacing(text);
        out.write("A\uD800B");
        out.write(PAIR.substring(0, 1));
        out.write(PAIR.substring(1));
        out.write("\uDC00");
        out.write('\uD800');
        out.flush();

        assertThat(text.toString()).isEqualTo("A\uFFFDB" + PAIR + "\uFFFD\uFFFD");
    }

    @Test
    void catalogWriter_escapesALoneSurrogate_soThatItReadsBackTheSame() throws IOException {
        Milestone m = Milestone.builder("m", PartialDate.parse("2012"), Category.MODEL, LocalizedText.english("A\uD800B"))
                .build();
        Catalog catalog = Catalog.of(List.of(m), List.of(), List.of(), List.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        CatalogWriter.create().write(catalog, bytes);

        String written = bytes.toString(StandardCharsets.UTF_8);
        assertThat(written).contains("\"A\\ud800B\"").doesNotContain("A?B");
        assertThat(CatalogWriter.create().toJson(catalog)).isEqualTo(written);
        Catalog back = CatalogReader.create().read("m.json", new ByteArrayInputStream(bytes.toByteArray())).orThrow();
        assertThat(back).isEqualTo(catalog);
    }
}
