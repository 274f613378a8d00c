package io.github.aimilestones.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimilestones.model.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every format in both languages on the hostile fixture and on the invalid one that export --force writes, against reviewed golden files. After a deliberate
 * change, regenerate them with {@code mvn -pl milestones-export test -Dgolden.update=true} and review the diff.
 */
final class GoldenFilesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/io/github/aimilestones/export/golden");

    static List<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (ExportFormat format : ExportFormat.values()) {
            for (Language language : format.isLocalized() ? List.of(Language.EN, Language.ZH) : List.of(Language.EN)) {
                cases.add(Arguments.of("hostile", format, language));
                cases.add(Arguments.of("forced", format, language));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void fixture_matchesItsGoldenFile(String fixture, ExportFormat format, Language language) throws IOException {
        String actual = Fixtures.export(format, fixture.equals("forced") ? Fixtures.forced() : Fixtures.hostile(),
                ExportOptions.defaults().withLanguage(language));
        Path golden = GOLDEN.resolve(fixture + "." + format.fileName(language));

        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
