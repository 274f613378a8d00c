package io.github.aimilestones.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

final class MilestonesTest {

    @Test
    void embeddedDataset_readsWithoutProblems() {
        ReadResult result = Milestones.read();

        assertThat(result.problems()).isEmpty();
        assertThat(Milestones.catalog()).isEqualTo(result.catalog()).isSameAs(Milestones.catalog());
    }

    @Test
    void everyDataFileIsListed() throws IOException, URISyntaxException {
        Path folder = Path.of(Milestones.class.getClassLoader().getResource(Milestones.CATALOG_FOLDER).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(Path::getFileName).map(Path::toString).filter(name -> name.endsWith(".json"))
                    .map(name -> Milestones.CATALOG_FOLDER + name))
                    .containsExactlyInAnyOrderElementsOf(Milestones.resourceNames());
        }
    }

    @Test
    void everyDataFileNamesTheSchema() throws IOException {
        for (String name : Milestones.resourceNames()) {
            try (InputStream in = Milestones.class.getClassLoader().getResourceAsStream(name)) {
                assertThat(JsonMapper.shared().readTree(in).path("$schema").asString()).as(name)
                        .isEqualTo("../milestones.schema.json");
            }
        }
    }
}
