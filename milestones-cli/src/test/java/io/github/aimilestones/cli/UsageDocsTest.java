package io.github.aimilestones.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What users copy from the README, docs/ci.md and the CI examples works: the YAML parses, every command line uses
 * only options the command has, the Maven step is the one the example consumer runs, the Java snippet compiles.
 */
final class UsageDocsTest {

    private static final Path ROOT = Path.of("..");
    private static final Path GITHUB_WORKFLOW = ROOT.resolve("examples/github-actions/validate-milestones.yml");
    private static final Path GITLAB_CI = ROOT.resolve("examples/gitlab-ci/.gitlab-ci.yml");
    private static final Path CI_DOCS = ROOT.resolve("docs/ci.md");
    private static final Path README = ROOT.resolve("README.md");
    private static final Path CONSUMER_POM = ROOT.resolve("examples/consumer/pom.xml");

    /** {@code java -jar <the jar> ARGS}, whatever the jar is called in each place. */
    private static final Pattern JAR_COMMAND =
            Pattern.compile("java -jar (?:\\S*milestones(?:-cli)?\\.jar|\"\\$MILESTONES_JAR\")\\s+(.*)");
    private static final Pattern EXEC_ARGS = Pattern.compile("-Dexec\\.args=\"([^\"]*)\"");
    private static final Pattern FENCE = Pattern.compile("(?m)^( *)```(\\w*)\\n(.*?)^\\1```", Pattern.DOTALL);

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    @Test
    void githubWorkflow_isValidYaml_withTheGateSarifUploadAndAnnotations() throws IOException {
        JsonNode workflow = YAML.readTree(read(GITHUB_WORKFLOW));

        assertThat(workflow.has("on")).isTrue();
        JsonNode job = workflow.path("jobs").path("validate");
        assertThat(job.path("runs-on").asString()).isEqualTo("ubuntu-latest");
        assertThat(job.path("permissions").path("security-events").asString()).isEqualTo("write");
        List<String> uses = new ArrayList<>();
        for (JsonNode step : job.path("steps")) {
            assertThat(step.has("uses") ^ step.has("run"))
                    .as("a step either uses an action or runs a script: %s", step).isTrue();
            uses.add(step.path("uses").asString(""));
        }
        assertThat(uses)
                .contains("actions/checkout@v6", "actions/setup-java@v6", "github/codeql-action/upload-sarif@v4");
        assertThat(String.join("\n", githubRunScripts(workflow)))
                .contains("validate --format github", "validate --format sarif --output results.sarif");
    }

    @Test
    void action_isComposite_andEveryInputItUsesOrTheExamplesGiveIsDeclared() throws IOException {
        String text = read(ROOT.resolve("action.yml"));
        JsonNode action = YAML.readTree(text);

        assertThat(action.path("runs").path("using").asString()).isEqualTo("composite");
        List<String> declared = new ArrayList<>();
        action.path("inputs").properties().forEach(input -> declared.add(input.getKey()));
        Matcher used = Pattern.compile("inputs\\.([\\w-]+)").matcher(text);
        while (used.find()) {
            assertThat(declared).as("inputs.%s in action.yml", used.group(1)).contains(used.group(1));
        }
        Matcher script = Pattern.compile("\\$ACTION_PATH/(\\S+\\.sh)").matcher(text);
        assertThat(script.results().map(m -> m.group(1)).toList()).isNotEmpty()
                .allSatisfy(path -> assertThat(ROOT.resolve(path)).isRegularFile());
        JsonNode example = YAML.readTree(read(ROOT.resolve("examples/github-actions/validate-with-action.yml")));
        for (JsonNode step : example.path("jobs").path("validate").path("steps")) {
            if (step.path("uses").asString("").startsWith("aimilestones/ai-milestones@")) {
                step.path("with").properties().forEach(with -> assertThat(declared).contains(with.getKey()));
            }
        }
    }

    @Test
    void gitlabJob_isValidYaml_withScriptAndCodeQualityReport() throws IOException {
        JsonNode job = YAML.readTree(read(GITLAB_CI)).path("validate-milestones");

        assertThat(job.path("image").asString()).startsWith("maven:");
        assertThat(job.path("script").isArray()).isTrue();
        assertThat(job.path("artifacts").path("reports").path("codequality").asString())
                .isEqualTo("gl-code-quality-report.json");
        assertThat(job.path("artifacts").path("reports").path("junit").asString()).isEqualTo("milestones-junit.xml");
        // The gate writes both reports itself: nothing to install, nothing to convert.
        String scripts = String.join("\n", textsOf(job.path("before_script"), job.path("script")));
        assertThat(scripts).contains("validate --format gitlab --output gl-code-quality-report.json",
                "validate --format junit --output milestones-junit.xml").doesNotContain("jq", "apt-get");
    }

    @Test
    void yamlBlocksOfTheDocs_areValidYaml() throws IOException {
        List<String> blocks = codeBlocks(read(CI_DOCS), "yaml");

        assertThat(blocks).hasSizeGreaterThanOrEqualTo(3);
        for (String block : blocks) {
            assertThatCode(() -> YAML.readTree(block)).as(block).doesNotThrowAnyException();
        }
    }

    static Stream<String> commandLines() throws IOException {
        List<String> commands = new ArrayList<>();
        commands.addAll(jarCommands(githubRunScripts(YAML.readTree(read(GITHUB_WORKFLOW)))));
        JsonNode gitlab = YAML.readTree(read(GITLAB_CI)).path("validate-milestones");
        commands.addAll(jarCommands(textsOf(gitlab.path("before_script"), gitlab.path("script"))));
        commands.addAll(jarCommands(codeBlocks(read(CI_DOCS), "sh", "yaml")));
        commands.addAll(jarCommands(codeBlocks(read(README), "sh")));
        return commands.stream();
    }

    @Test
    void everyPlaceShowsCommandLines() throws IOException {
        assertThat(jarCommands(githubRunScripts(YAML.readTree(read(GITHUB_WORKFLOW))))).hasSize(2);
        assertThat(jarCommands(codeBlocks(read(CI_DOCS), "sh", "yaml"))).hasSizeGreaterThanOrEqualTo(5);
        assertThat(jarCommands(codeBlocks(read(README), "sh"))).hasSizeGreaterThanOrEqualTo(7);
    }

    @ParameterizedTest
    @MethodSource("commandLines")
    void commandLine_usesOnlyRealOptions(String arguments) {
        List<String> words = shellWords(arguments);

        assertThatCode(() -> Main.commandLine().parseArgs(words.toArray(String[]::new)))
                .as("milestones %s", arguments).doesNotThrowAnyException();
        assertThat(words).isNotEmpty();
        assertThat(words.get(0)).isIn("validate", "check", "export", "schema", "rules", "explain", "generate-completion",
                "--help", "--version");
    }

    @Test
    void downloads_nameTheCliArtifactThatTheBuildAttaches() throws IOException {
        String pom = read(ROOT.resolve("milestones-cli/pom.xml"));
        assertThat(pom)
                .contains("<finalName>milestones</finalName>", "<shadedClassifierName>cli</shadedClassifierName>");

        for (Path file : List.of(GITHUB_WORKFLOW, GITLAB_CI, CI_DOCS)) {
            Matcher artifact = Pattern.compile("-Dartifact=(\\S+)").matcher(read(file));
            assertThat(artifact.find()).as(file.toString()).isTrue();
            do {
                assertThat(artifact.group(1)).matches("io\\.github\\.aimilestones:milestones-cli:[^:]+:jar:cli");
            } while (artifact.find());
            // Stripped of version and classifier, the file is milestones-cli.jar whatever the version.
            assertThat(read(file)).contains("-Dmdep.stripVersion=true -Dmdep.stripClassifier=true",
                    "milestones-cli.jar");
        }
    }

    @Test
    void mavenStepOfTheDocs_isTheOneTheExampleConsumerRuns() throws IOException {
        String step = gateStep(read(CONSUMER_POM));

        assertThat(strippedLines(codeBlocks(read(CI_DOCS), "xml").get(0))).isEqualTo(strippedLines(step));
        Matcher directory = Pattern.compile("<directory>([^<]*)</directory>").matcher(step);
        Matcher include = Pattern.compile("<include>([^<]*)</include>").matcher(step);
        assertThat(directory.find() && include.find()).isTrue();
        assertThat(ROOT.resolve("examples/consumer").resolve(directory.group(1)).resolve(include.group(1))).isRegularFile();
        // The parameters the step sets are the plugin's own.
        String mojo = read(ROOT.resolve("milestones-maven-plugin/src/main/java/io/github/aimilestones/maven/ValidateMojo.java"));
        Matcher parameter = Pattern.compile("<(\\w+)>").matcher(step.substring(step.indexOf("<configuration>")));
        while (parameter.find()) {
            String name = parameter.group(1);
            if (!List.of("configuration", "include").contains(name)) {
                assertThat(mojo).as("parameter <%s>", name).containsPattern("private [^;]* " + name + "( =|;)");
            }
        }
    }

    @Test
    void javaSnippetOfTheReadme_compiles(@TempDir Path dir) throws IOException {
        String snippet = codeBlocks(read(README), "java").get(0);
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : snippet.split("\n")) {
            (line.startsWith("import ") ? imports : body).append(line).append('\n');
        }
        Path source = Files.writeString(dir.resolve("ReadmeSnippet.java"),
                imports + "\nclass ReadmeSnippet {\n    void run() throws Exception {\n" + body + "    }\n}\n");
        String classPath = Stream.of(System.getProperty("jdk.module.path", ""), System.getProperty("java.class.path"))
                .filter(path -> !path.isEmpty()).reduce((a, b) -> a + File.pathSeparator + b).orElseThrow();
        StringWriter out = new StringWriter();

        int exit = ToolProvider.findFirst("javac").orElseThrow().run(new PrintWriter(out), new PrintWriter(out),
                "-proc:none", "-d", dir.toString(), "-classpath", classPath, source.toString());

        assertThat(exit).as(out.toString()).isZero();
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** The contents of the Markdown code blocks of the given languages, without their indentation. */
    @Test
    void mermaidSampleOfTheReadme_isWhatTheCommandAboveItPrints() throws IOException {
        String readme = read(README);
        String sample = codeBlocks(readme, "mermaid").get(0);
        String command = jarCommands(codeBlocks(readme.substring(0, readme.indexOf("```mermaid")), "sh")).stream()
                .reduce((first, second) -> second).orElseThrow();
        StringWriter out = new StringWriter();

        int exit = Main.commandLine().setOut(new PrintWriter(out, true)).execute(command.split(" "));

        assertThat(command).startsWith("export --format mermaid");
        assertThat(exit).isZero();
        assertThat(out.toString()).isEqualTo(sample);
    }

    private static List<String> codeBlocks(String markdown, String... languages) {
        List<String> blocks = new ArrayList<>();
        Matcher fence = FENCE.matcher(markdown);
        while (fence.find()) {
            if (List.of(languages).contains(fence.group(2))) {
                blocks.add(fence.group(3).replaceAll("(?m)^" + fence.group(1), ""));
            }
        }
        return blocks;
    }

    private static List<String> githubRunScripts(JsonNode workflow) {
        List<String> scripts = new ArrayList<>();
        for (JsonNode job : workflow.path("jobs")) {
            for (JsonNode step : job.path("steps")) {
                if (step.has("run")) {
                    scripts.add(step.path("run").asString());
                }
            }
        }
        return scripts;
    }

    private static List<String> textsOf(JsonNode... arrays) {
        List<String> texts = new ArrayList<>();
        for (JsonNode array : arrays) {
            array.forEach(item -> texts.add(item.asString()));
        }
        return texts;
    }

    /** The arguments of every {@code java -jar milestones.jar ...} and {@code -Dexec.args="..."} in the scripts. */
    private static List<String> jarCommands(List<String> scripts) {
        List<String> commands = new ArrayList<>();
        for (String script : scripts) {
            for (String line : script.replace("\\\n", " ").split("\n")) {
                Matcher jar = JAR_COMMAND.matcher(line);
                if (jar.find()) {
                    commands.add(jar.group(1).strip());
                }
                Matcher exec = EXEC_ARGS.matcher(line);
                while (exec.find()) {
                    commands.add(exec.group(1));
                }
            }
        }
        return commands;
    }

    /** The words of one shell command, up to the first pipe, list operator, redirection, comment or ")". */
    static List<String> shellWords(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (char c : command.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else if ("|&;<>#)".indexOf(c) >= 0) {
                if (word != null && !word.toString().matches("\\d+")) {   // 2>/dev/null: the 2 is no argument
                    words.add(word.toString());
                }
                return words;
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    /** The plugin that runs the gate. */
    private static String gateStep(String pom) {
        int artifact = pom.indexOf("<artifactId>milestones-maven-plugin</artifactId>");
        return pom.substring(pom.lastIndexOf("<plugin>", artifact), pom.indexOf("</plugin>", artifact) + "</plugin>".length());
    }

    private static List<String> strippedLines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
