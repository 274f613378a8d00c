package io.github.aimilestones.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The command line's help, version and completion script: what users of {@code milestones.jar} see first. */
final class MainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine command = Main.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    @Test
    void commandLine_forACommand_buildsThatCommandOnly_andEveryCommandOtherwise() {
        assertThat(Main.commandLine("validate", "--quiet").getSubcommands()).containsOnlyKeys("validate");
        assertThat(Main.commandLine("export").getSubcommands()).containsOnlyKeys("export");
        assertThat(Main.commandLine("explain", "date.future").getSubcommands()).containsOnlyKeys("explain");
        List<String> every = List.of("validate", "check", "export", "schema", "rules", "explain", "generate-completion",
                "help");
        for (String[] args : List.of(new String[0], new String[] {"--help"}, new String[] {"chek"},
                new String[] {"help", "validate"}, new String[] {"catalog.json"})) {
            assertThat(Main.commandLine(args).getSubcommands().keySet()).containsExactlyElementsOf(every);
        }
        StringWriter help = new StringWriter();
        assertThat(Main.commandLine("validate", "--help").setOut(new PrintWriter(help, true))
                .execute("validate", "--help")).isZero();
        assertThat(help.toString()).startsWith("Usage: milestones validate");
    }

    @Test
    void help_listsEveryCommand_withExitCodesAndExamples() {
        assertThat(run("--help")).isZero();

        assertThat(out.toString())
                .startsWith("Usage: milestones [-hV] [--out-dir=DIR] [FILE...] [COMMAND]")
                .contains("java -jar milestones.jar", "Exit codes: 0 written; 1 the catalog has errors",
                        "\nExamples:\n", "source <(milestones generate-completion)")
                .containsPattern("\n  validate +Validates catalog files")
                .containsPattern("\n  check +Checks your own timeline")
                .containsPattern("\n  export +Exports the embedded dataset")
                .containsPattern("\n  generate-completion +Generate bash/zsh completion script for milestones")
                .containsPattern("\n  help +Display help");
        assertThat(err.toString()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "check", "export"})
    void commandHelp_saysWhatItDoes_exitCodesAndExamples(String command) {
        assertThat(run(command, "--help")).isZero();

        assertThat(out.toString())
                .startsWith("Usage: milestones " + command + " [-h")
                .contains("Exit codes: 0 ", "\nExamples:\n  milestones " + command + " ");
        assertThat(run("help", command)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "validate --help", "check --help", "export --help"})
    void examplesInTheHelp_useOnlyRealOptions(String help) {
        run(help.split(" "));
        List<String> examples = out.toString().lines()
                .filter(line -> line.startsWith("  milestones "))
                .map(line -> line.substring("  milestones ".length()))
                .toList();

        assertThat(examples).isNotEmpty();
        for (String example : examples) {
            List<String> words = UsageDocsTest.shellWords(example);
            assertThatCode(() -> Main.commandLine().parseArgs(words.toArray(String[]::new)))
                    .as(example).doesNotThrowAnyException();
        }
    }

    @Test
    void validateHelp_namesTheOptionsTheCiDocsUse() {
        run("validate", "--help");

        assertThat(out.toString()).contains("-f, --format=FORMAT", "text, json, sarif, github", "--fail-on=SEVERITY",
                "-o, --output=FILE", "-c, --config=FILE");
    }

    @Test
    void version_namesTheProject() {
        assertThat(run("--version")).isZero();

        // The manifest's version is there only in a packaged jar; the tests run on classes.
        assertThat(out.toString()).startsWith("ai-milestones ");
    }

    @Test
    void generateCompletion_writesABashScriptForEveryCommandAndOption() {
        assertThat(run("generate-completion")).isZero();

        assertThat(out.toString())
                .startsWith("#!/usr/bin/env bash")
                .contains("complete -F _complete_milestones", "validate", "check", "export", "--fail-on",
                        "--format", "--newest-first", "--missing")
                .doesNotContain("\r");
    }

    @Test
    void export_datesByAnEventKind_whenAsked() {
        assertThat(run("export", "--format", "csv", "--id", "lstm,tensorflow", "--date-by", "publication")).isZero();

        // LSTM by its Neural Computation paper; TensorFlow has no publication event and keeps its own date.
        assertThat(out.toString()).contains(",1997-11,").contains(",2015-11-09,").doesNotContain("1995-08");
    }

    @Test
    void export_rejectsAnUnknownEventKind() {
        assertThat(run("export", "--format", "csv", "--date-by", "talk")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown event kind \"talk\"");
    }

    @Test
    void unknownOption_isAUsageError() {
        assertThat(run("validate", "--fail-on-warnings")).isEqualTo(2);
        assertThat(err.toString()).startsWith("Unknown option: '--fail-on-warnings'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "chek blog.md|check",
        "exprot -f mermaid|export",
        "valdiate|validate",
        "--out-dir out chekc my-timeline.md|check",
        "hepl|help"})
    void aMistypedCommand_isAUsageError_thatNamesTheCommandMeant(String args, String meant) {
        assertThat(run(args.split(" "))).isEqualTo(2);

        assertThat(err.toString()).isEqualTo("error: unknown command \"" + args.split(" ")[args.startsWith("--") ? 2 : 0]
                + "\": did you mean \"" + meant + "\"?\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aFileNamedLikeACommand_isStillReadAsACatalog(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("chek"), "not json");

        assertThat(Suggestions.mistypedCommand(Main.commandLine(), List.of(file.toString()))).isEmpty();
        assertThat(Suggestions.mistypedCommand(Main.commandLine(), List.of("chek"))).isPresent();
        assertThat(Suggestions.mistypedCommand(Main.commandLine(), List.of("blog.md"))).isEmpty();
    }

    @Test
    void distance_countsATranspositionAsOneEdit() {
        assertThat(Suggestions.distance("exprot", "export")).isEqualTo(1);
        assertThat(Suggestions.distance("chek", "check")).isEqualTo(1);
        assertThat(Suggestions.distance("abc", "")).isEqualTo(3);
        assertThat(Suggestions.distance("validate", "validate")).isZero();
    }

    @Test
    void aMistypedOption_getsPicocliSuggestion() {
        assertThat(run("export", "--formt", "mermaid")).isEqualTo(2);

        assertThat(err.toString()).startsWith("Unknown option: '--formt'").contains("Possible solutions: --format");
    }

    @Test
    void anUnknownOptionWithNoSuggestion_pointsToTheCommandsHelp_ratherThanPrintingAllOfIt() {
        assertThat(run("export", "-x")).isEqualTo(2);

        assertThat(err.toString()).isEqualTo("Unknown option: '-x'\nRun milestones export --help for its options.\n");
    }
}
