package io.github.aimilestones.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimilestones.validate.ConfigFile;
import io.github.aimilestones.validate.Rule;
import io.github.aimilestones.validate.ValidationConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The configuration found from the working directory: used and named; --config wins; --no-config ignores it. */
final class ConfigDiscoveryTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private ValidationConfig configuration(String... args) {
        ReportOptions options = new ReportOptions();
        new CommandLine(options).parseArgs(args);
        return options.configuration(new PrintWriter(err, true), dir).orElseThrow();
    }

    @Test
    void aConfigurationInTheWorkingDirectory_isUsedAndNamed() throws IOException {
        Path found = Files.writeString(dir.resolve(ConfigFile.FILE_NAME), "{\"profile\": \"english-only\"}");

        assertThat(configuration().isOn(Rule.NAME_MISSING_TRANSLATION)).isFalse();
        assertThat(err.toString()).isEqualTo("note: configuration " + found.toAbsolutePath().normalize()
                + " (found from the working directory; --no-config ignores it)\n");
    }

    @Test
    void configWins_andNoConfigIgnoresIt() throws IOException {
        Files.writeString(dir.resolve(ConfigFile.FILE_NAME), "{\"profile\": \"english-only\"}");
        Path given = Files.writeString(dir.resolve("strict.json"), "{\"rules\": {\"date.future\": \"off\"}}");

        ValidationConfig explicit = configuration("--config", given.toString());
        assertThat(explicit.isOn(Rule.NAME_MISSING_TRANSLATION)).isTrue();
        assertThat(explicit.isOn(Rule.DATE_FUTURE)).isFalse();
        assertThat(configuration("--no-config")).isEqualTo(ValidationConfig.defaults());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aDirectoryOfCatalogs_leavesTheConfigurationOut() throws IOException {
        Files.writeString(dir.resolve(ConfigFile.FILE_NAME), "{}");
        Path catalog = Files.writeString(dir.resolve("catalog.json"), "{}");

        assertThat(CatalogFiles.expand(List.of(dir), new PrintWriter(err, true))).contains(List.of(catalog));
    }
}
