package io.github.aimilestones.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configuration file is found by itself, as linters find theirs, and profiles set rules for common cases (issue 17). */
final class ConfigFileTest {

    @TempDir
    Path dir;

    @Test
    void find_looksInTheFolderAndItsParents_upToTheRepositorysRoot() throws IOException {
        Path repository = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repository.resolve(".git"));
        Path data = Files.createDirectories(repository.resolve("data/more"));
        Path above = Files.writeString(dir.resolve(ConfigFile.FILE_NAME), "{}");

        assertThat(ConfigFile.find(data)).as("not above the repository's root").isEmpty();
        assertThat(ConfigFile.find(dir)).contains(above);

        Path atRoot = Files.writeString(repository.resolve(ConfigFile.FILE_NAME), "{}");
        assertThat(ConfigFile.find(data)).contains(atRoot);
        Path nearer = Files.writeString(repository.resolve("data").resolve(ConfigFile.FILE_NAME), "{}");
        assertThat(ConfigFile.find(data)).contains(nearer);
    }

    @Test
    void englishOnlyProfile_switchesOffTheMissingChineseWarnings_andRulesStillWin() throws IOException {
        ValidationConfig english = ConfigFile.read(Files.writeString(dir.resolve("a.json"), "{\"profile\": \"english-only\"}"));
        assertThat(english.isOn(Rule.NAME_MISSING_TRANSLATION)).isFalse();
        assertThat(english.isOn(Rule.TEXT_MISSING_TRANSLATION)).isFalse();
        assertThat(english.isOn(Rule.NAME_NEAR_DUPLICATE)).isTrue();

        ValidationConfig changed = ConfigFile.read(Files.writeString(dir.resolve("b.json"),
                "{\"rules\": {\"name.missing-translation\": \"info\"}, \"profile\": \"english-only\"}"));
        assertThat(changed.severityOf(Rule.NAME_MISSING_TRANSLATION)).contains(Severity.INFO);

        Path unknown = Files.writeString(dir.resolve("c.json"), "{\"profile\": \"english\"}");
        assertThatThrownBy(() -> ConfigFile.read(unknown)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(unknown + ": unknown profile \"english\": use one of default, english-only");
    }

    @Test
    void englishOnlyCatalog_getsNoWarningPerRecord() throws Exception {
        ValidationConfig english = ConfigFile.read(Files.writeString(dir.resolve("a.json"), "{\"profile\": \"english-only\"}"));
        Report report = Validator.create(english, RuleFixturesTest.CLOCK).validate(EveryMistakeTest.fixture());

        assertThat(report.findings(Rule.NAME_MISSING_TRANSLATION)).isEmpty();
        assertThat(Validator.create(ValidationConfig.defaults(), RuleFixturesTest.CLOCK).validate(EveryMistakeTest.fixture())
                .findings(Rule.NAME_MISSING_TRANSLATION)).hasSize(2);
    }
}
