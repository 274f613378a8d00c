package io.github.aimilestones.validate;

import io.github.aimilestones.data.CatalogReader;
import io.github.aimilestones.data.Milestones;
import io.github.aimilestones.data.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a rule means, in English and Chinese, with an example that fails it and how to fix a finding: the text of
 * {@code explain RULE}. The English meaning is {@link Rule#description()}; the rest is kept in the resource
 * {@code rule-guide.json} beside this class, one entry per rule id.
 *
 * <p>An example is one of: records (only the fields that matter) put into an otherwise valid catalog, where a record
 * with the id of one of its records replaces those fields and another is added; a whole file; a timeline, checked
 * against the embedded dataset; or a file that does not exist. {@link #exampleFindings} runs it, so the example and
 * the finding it shows cannot drift apart.
 */
public final class RuleGuide {

    private static final String RESOURCE = "rule-guide.json";
    private static final String EXAMPLE_CATALOG = "rule-example-catalog.json";

    /** The forms of an example. */
    public enum Form {
        /** Records that go into a valid catalog. */
        RECORDS,
        /** A whole catalog file. */
        FILE,
        /** A timeline, checked against the embedded dataset. */
        TIMELINE,
        /** The name of a file that does not exist. */
        MISSING_FILE
    }

    private final Rule rule;
    private final String chinese;
    private final String fixEnglish;
    private final String fixChinese;
    private final Form form;
    private final JsonNode example;
    private final Charset charset;
    /** Whether the example is validated against the embedded dataset, as {@code validate --reference} does. */
    private final boolean againstEmbedded;

    private RuleGuide(Rule rule, JsonNode entry) {
        this.rule = rule;
        this.chinese = text(entry, "zh");
        this.fixEnglish = text(entry.path("fix"), "en");
        this.fixChinese = text(entry.path("fix"), "zh");
        JsonNode example = entry.path("example");
        String field = Stream.of("records", "file", "timeline", "missingFile").filter(example::has).findFirst()
                .orElseThrow(() -> new IllegalStateException(RESOURCE + ": " + rule.id() + " has no example"));
        this.form = switch (field) {
            case "records" -> Form.RECORDS;
            case "file" -> Form.FILE;
            case "timeline" -> Form.TIMELINE;
            default -> Form.MISSING_FILE;
        };
        this.example = example.get(field);
        this.charset = Charset.forName(example.path("charset").asString("UTF-8"));
        this.againstEmbedded = example.path("reference").asBoolean(false);
    }

    /** Read once, on first use. */
    private static final class Guides {
        static final Map<Rule, RuleGuide> ALL = load();

        private static Map<Rule, RuleGuide> load() {
            JsonNode root = resource(RESOURCE);
            Map<Rule, RuleGuide> guides = new EnumMap<>(Rule.class);
            for (Map.Entry<String, JsonNode> entry : root.properties()) {
                Rule rule = Rule.byId(entry.getKey()).orElseThrow(() ->
                        new IllegalStateException(RESOURCE + ": no rule has the id " + entry.getKey()));
                guides.put(rule, new RuleGuide(rule, entry.getValue()));
            }
            return guides;
        }
    }

    /**
     * The guide of a rule.
     *
     * @param rule the rule
     * @return its guide
     * @throws IllegalStateException if the guide has no entry for the rule (a test keeps every rule covered)
     */
    public static RuleGuide of(Rule rule) {
        RuleGuide guide = Guides.ALL.get(Objects.requireNonNull(rule, "rule"));
        if (guide == null) {
            throw new IllegalStateException(RESOURCE + " has no entry for " + rule.id());
        }
        return guide;
    }

    /**
     * The rule.
     *
     * @return the rule this guide explains
     */
    public Rule rule() {
        return rule;
    }

    /**
     * What the rule checks, in one sentence.
     *
     * @param language the language
     * @return {@link Rule#description()} in English, its translation in Chinese
     */
    public String description(Language language) {
        return language.pick(rule.description(), chinese);
    }

    /**
     * How to fix a finding of the rule, and what the example got wrong.
     *
     * @param language the language
     * @return a sentence or two
     */
    public String fix(Language language) {
        return language.pick(fixEnglish, fixChinese);
    }

    /**
     * The form of the example: what {@link #example()} is.
     *
     * @return the form
     */
    public Form exampleForm() {
        return form;
    }

    /**
     * The example, as shown: JSON records, the text of a file or a timeline, or a file name.
     *
     * @return the example's text
     */
    public String example() {
        return example.isString() ? example.stringValue()
                : JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(example);
    }

    /**
     * What the example is, as a line that introduces it.
     *
     * @param language the language
     * @return e.g. "A failing file:"
     */
    public String exampleIntroduction(Language language) {
        return switch (form) {
            case RECORDS -> language.pick("Records that fail it (only the fields that matter; the rest of the catalog is valid):",
                    "不合规的记录（只列出相关字段，目录的其余部分都有效）：");
            case FILE -> charset.equals(StandardCharsets.UTF_8) ? language.pick("A file that fails it:", "不合规的文件：")
                    : language.pick("A file that fails it, saved as " + charset.name() + ":",
                            "不合规的文件（以 " + charset.name() + " 保存）：");
            case TIMELINE -> language.pick("A timeline that fails it, checked against the embedded dataset:",
                    "不合规的时间线（对照内置数据集检查）：");
            case MISSING_FILE -> language.pick("A file name that names no file:", "一个不存在的文件名：");
        };
    }

    /**
     * Runs the example: validates it (or checks the timeline) with the default configuration in the given
     * language, and keeps the findings of this rule.
     *
     * @param language the language of the messages
     * @return the rule's findings on the example; never empty while the example is right
     */
    public List<Finding> exampleFindings(Language language) {
        ValidationConfig config = ValidationConfig.defaults().withLanguage(language);
        Report report = switch (form) {
            case RECORDS -> validate(config, JsonMapper.shared().writeValueAsBytes(catalogWith(example)), againstEmbedded);
            case FILE -> validate(config, example.stringValue().getBytes(charset), againstEmbedded);
            case TIMELINE -> TimelineCheck.against(Milestones.catalog()).withConfig(config).reportingMissing(true)
                    .check("timeline.md", example.stringValue());
            // A directory of a random name, below the working directory, does not exist.
            case MISSING_FILE -> Validator.create(config, Clock.systemUTC())
                    .validate(Path.of("missing-" + UUID.randomUUID(), example.stringValue()));
        };
        return report.findings().stream().filter(finding -> finding.rule() == rule).toList();
    }

    private static Report validate(ValidationConfig config, byte[] file, boolean againstEmbedded) {
        ReadResult read = CatalogReader.create().read("catalog.json", new ByteArrayInputStream(file));
        Validator validator = Validator.create(config, Clock.systemUTC());
        return againstEmbedded ? validator.validate(read, Milestones.catalog()) : validator.validate(read);
    }

    /** The valid example catalog with the records put in: fields of a record with a known id replaced, others added. */
    private static ObjectNode catalogWith(JsonNode records) {
        ObjectNode catalog = (ObjectNode) resource(EXAMPLE_CATALOG);
        for (Map.Entry<String, JsonNode> array : records.properties()) {
            ArrayNode target = catalog.withArray(array.getKey());
            for (JsonNode record : array.getValue()) {
                ObjectNode same = null;
                for (JsonNode existing : target) {
                    if (existing.path("id").equals(record.path("id"))) {
                        same = (ObjectNode) existing;
                    }
                }
                if (same == null) {
                    target.add(record.deepCopy());
                } else {
                    same.setAll((ObjectNode) record.deepCopy());
                }
            }
        }
        return catalog;
    }

    private static JsonNode resource(String name) {
        try (InputStream in = RuleGuide.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing");
            }
            return JsonMapper.shared().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isString() || value.stringValue().isBlank()) {
            throw new IllegalStateException(RESOURCE + ": missing text " + field);
        }
        return value.stringValue();
    }
}
