package io.github.aimilestones.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * The bash completion script, run by bash as {@code .ci/run} does: it offers only the spellings the converters
 * accept (issue 18, point 6), not the upper-case enum constants.
 */
final class CompletionTest {

    @TempDir
    static Path dir;

    private static Path script;

    @BeforeAll
    static void generate() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine command = Main.commandLine();
        command.setOut(new PrintWriter(out, true));
        assertThat(command.execute("generate-completion")).isZero();
        script = dir.resolve("milestones-completion.bash");
        Files.writeString(script, out.toString());
    }

    /** What bash offers for the words typed, the last one ({@code <empty>} for none yet) being completed. */
    private static List<String> complete(String typed) throws Exception {
        String[] words = typed.replace("<empty>", "").split(" ", -1);
        StringBuilder array = new StringBuilder();
        for (String word : words) {
            array.append(" '").append(word).append('\'');
        }
        String program = "source '" + script + "'; COMP_WORDS=(" + array + "); COMP_CWORD=" + (words.length - 1)
                + "; _complete_milestones 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"";
        Process bash = new ProcessBuilder("bash", "-c", program).redirectErrorStream(true).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return Arrays.stream(out.split("\n")).filter(line -> !line.isBlank()).sorted().toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "milestones export --format t|timeline-json timelinejs",
        "milestones export --format <empty>|csv html json markdown mermaid timeline-json timelinejs",
        "milestones export -f m|markdown mermaid",
        "milestones export --category mo|model",
        "milestones export --category <empty>|algorithm architecture dataset event framework hardware model organization"
                + " product system technique theory",
        "milestones export --lang <empty>|en zh",
        "milestones export --group <empty>|decade era year",
        "milestones export --date-by pr|presentation preprint",
        "milestones validate --fail-on <empty>|error info warning",
        "milestones check --fail-on w|warning",
        "milestones validate --format s|sarif",
        "milestones valid|validate"})
    void completion_offersTheSpellingsTheCommandAccepts(String typed, String expected) throws Exception {
        List<String> offered = complete(typed);

        assertThat(offered).containsExactlyElementsOf(Arrays.stream(expected.split(" ")).sorted().toList());
        for (String candidate : offered) {
            assertThat(candidate).isLowerCase();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "export --format|Candidates$ExportFormats",
        "export --category|Candidates$Categories",
        "validate --fail-on|Candidates$Severities",
        "validate --format|Candidates$ReportFormats"})
    void everyCandidate_isAcceptedByTheConverter(String option, String candidates) throws Exception {
        String[] words = option.split(" ");
        Iterable<?> values = (Iterable<?>) Class.forName(Candidates.class.getPackageName() + "." + candidates)
                .getDeclaredConstructor().newInstance();
        for (Object value : values) {
            CommandLine command = Main.commandLine();
            List<String> args = words[1].equals("--format") ? List.of(words[0], words[1], value.toString())
                    : List.of(words[0], "--format=" + (words[0].equals("export") ? "csv" : "text"), words[1],
                            value.toString());
            command.parseArgs(args.toArray(String[]::new));
        }
    }
}
