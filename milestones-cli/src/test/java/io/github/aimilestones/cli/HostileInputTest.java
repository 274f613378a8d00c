package io.github.aimilestones.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hostile corpus (hostile/corpus.json): malformed, oversized and hostile inputs, each run through the real
 * command, with the expected exit code, rule, message fragment and location. Nothing may crash, hang or print a
 * stack trace; the timeout only guards against a hang.
 *
 * <p>A case of {@code validate} or {@code check} reads the JSON report, unless it names another {@code format}: then a
 * line of the report must hold the message and end with the rule, and no line may start with {@code ::} (a workflow
 * command forged by the data). A case of {@code export} gives the export's {@code args} (the file comes last); when it
 * expects a rule, a line of standard error must hold the message and end with the rule (the errors that refused the
 * export). Any case may list what standard output must {@code contain} and must {@code lack}.
 */
final class HostileInputTest {

    record Case(JsonNode spec) {
        @Override
        public String toString() {
            return spec.has("file") ? spec.get("file").asString() : spec.get("generate").asString();
        }
    }

    static List<Case> corpus() throws IOException {
        try (InputStream in = HostileInputTest.class.getResourceAsStream("hostile/corpus.json")) {
            List<Case> cases = new ArrayList<>();
            JsonMapper.shared().readTree(in).get("cases").forEach(spec -> cases.add(new Case(spec)));
            return cases;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void hostileInput_getsALocatedFinding_andTheRightExitCode(Case c, @TempDir Path dir) throws Exception {
        JsonNode spec = c.spec();
        Path input = spec.has("file") ? copy(spec.get("file").asString(), dir) : generate(spec, dir);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String name = spec.get("command").asString();
        CommandLine command = new CommandLine(switch (name) {
            case "check" -> new CheckCommand();
            case "export" -> new ExportCommand();
            default -> new ValidateCommand();
        });
        command.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        List<String> args = new ArrayList<>();
        if (name.equals("export")) {
            spec.get("args").forEach(arg -> args.add(arg.asString()));
        } else {
            args.addAll(List.of("--format", spec.path("format").asString("json")));
        }
        args.add(input.toString());

        int exit = command.execute(args.toArray(String[]::new));

        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(exit).as("exit code; output: %s %s", err, abbreviate(out.toString())).isEqualTo(spec.get("exit").asInt());
        spec.path("contains").forEach(text -> assertThat(out.toString()).contains(text.asString()));
        spec.path("lacks").forEach(text -> assertThat(out.toString()).doesNotContain(text.asString()));
        if (name.equals("export") || spec.has("format")) {
            String report = name.equals("export") ? err.toString() : out.toString();
            assertThat(report.lines()).noneMatch(line -> line.startsWith("::"));
            if (spec.has("rule")) {
                assertThat(report.lines()).as("a line with \"%s\" and [%s] in %s", spec.get("message").asString(),
                        spec.get("rule").asString(), report).anyMatch(line -> line.contains(spec.get("message").asString())
                                && line.endsWith("[" + spec.get("rule").asString() + "]"));
            }
            return;
        }
        JsonNode findings = JsonMapper.shared().readTree(out.toString()).get("findings");
        List<String> matching = new ArrayList<>();
        for (JsonNode finding : findings) {
            if (finding.get("rule").asString().equals(spec.get("rule").asString())
                    && finding.get("message").asString().contains(spec.get("message").asString())) {
                matching.add(finding.path("line").asInt() + ":" + finding.path("column").asInt());
            }
        }
        assertThat(matching).as("findings of %s with \"%s\" in %s", spec.get("rule").asString(),
                spec.get("message").asString(), abbreviate(out.toString())).isNotEmpty();
        String expected = spec.get("line").asInt() + ":" + spec.get("column").asInt();
        if (spec.get("column").asInt() == 0 && spec.get("line").asInt() > 0) {
            assertThat(matching).anyMatch(at -> at.startsWith(spec.get("line").asInt() + ":"));
        } else {
            assertThat(matching).contains(expected);
        }
    }

    /** Every JSON file of the corpus exported with --force in every format: written, refused or unreadable, never a crash. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void forcedExport_ofAnyCorpusFile_neverCrashes(Case c, @TempDir Path dir) throws Exception {
        JsonNode spec = c.spec();
        org.junit.jupiter.api.Assumptions.assumeTrue(spec.has("file") && spec.get("file").asString().endsWith(".json"));
        Path input = copy(spec.get("file").asString(), dir);
        for (io.github.aimilestones.export.ExportFormat format : io.github.aimilestones.export.ExportFormat.values()) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine command = new CommandLine(new ExportCommand());
            command.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));

            int exit = command.execute("--force", "--format", format.slug(), input.toString());

            assertThat(err.toString()).as(format.slug()).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(exit).as("%s: %s", format.slug(), err).isIn(0, 1, 2);
        }
    }

    private static Path copy(String name, Path dir) throws IOException {
        try (InputStream in = HostileInputTest.class.getResourceAsStream("hostile/" + name)) {
            Path file = dir.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    /** Inputs too big to keep in the repository, made the same way every time. */
    private static Path generate(JsonNode spec, Path dir) throws IOException {
        String kind = spec.get("generate").asString();
        int size = spec.has("depth") ? spec.get("depth").asInt() : spec.get("length").asInt();
        StringBuilder text = new StringBuilder(size * 2 + 100);
        switch (kind) {
            case "deep-nesting" -> text.append("{\"people\": [").append("[".repeat(size)).append("]".repeat(size)).append("]}");
            case "huge-string" -> text.append("{\"people\": [{\"id\": \"p\", \"name\": {\"en\": \"").append("x".repeat(size))
                    .append("\"}}]}");
            case "huge-array" -> {
                text.append("{\"people\": [{\"id\": \"p\", \"name\": {\"en\": \"P\", \"zh\": \"甲\"}, \"aliases\": [");
                for (int i = 0; i < size; i++) {
                    text.append(i == 0 ? "" : ",").append("\"alias ").append(i).append('"');
                }
                text.append("]}]}");
            }
            case "long-line" -> {
                text.append("{\"people\": [");
                for (int i = 0; i < size; i++) {
                    text.append(i == 0 ? "" : ",").append("{\"id\": \"p").append(i).append("\", \"name\": {\"en\": \"Person ")
                            .append(Integer.toString(i, 36)).append("\", \"zh\": \"人").append(i).append("\"}}");
                }
                text.append("]}");
            }
            case "same-name" -> text.append(sameName(size));
            case "huge-check-file" -> text.append("- 2012: AlexNet\n".repeat(size / 16));
            default -> throw new IllegalArgumentException(kind);
        }
        return Files.writeString(dir.resolve(kind + (kind.contains("check") ? ".md" : ".json")), text, StandardCharsets.UTF_8);
    }

    /**
     * A registry of people who all have the same name, one line each.
     *
     * @param people how many
     * @return the catalog file's text
     */
    static String sameName(int people) {
        StringBuilder text = new StringBuilder("{\"people\": [\n");
        for (int i = 0; i < people; i++) {
            text.append(i == 0 ? "" : ",\n").append("  {\"id\": \"p").append(i)
                    .append("\", \"name\": {\"en\": \"John Smith\", \"zh\": \"约翰·史密斯\"}}");
        }
        return text.append("\n]}\n").toString();
    }

    private static String abbreviate(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) + "..." : text;
    }
}
