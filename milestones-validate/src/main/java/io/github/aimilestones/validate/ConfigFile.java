package io.github.aimilestones.validate;

import io.github.aimilestones.model.PartialDate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a {@link ValidationConfig} from a JSON file:
 *
 * <pre>{@code
 * {
 *   "eraStart": "1940",
 *   "language": "zh",
 *   "rules": { "date.far-from-source": "off", "name.missing-translation": "info" }
 * }
 * }</pre>
 */
public final class ConfigFile {

    private ConfigFile() {
    }

    /**
     * Reads a configuration file.
     *
     * @param file the file
     * @return the configuration
     * @throws IOException if the file cannot be read ({@link java.nio.file.NoSuchFileException} if there is none)
     * @throws IllegalArgumentException with a message naming the file, the line and column where it can, and what to
     *         fix, if it is not a valid configuration
     */
    public static ValidationConfig read(Path file) throws IOException {
        String text = Files.readString(file);
        JsonNode root;
        try {
            root = JsonMapper.shared().readTree(text);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
                    + ": invalid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(file + ": a configuration is a JSON object with \"eraStart\" and \"rules\"");
        }
        ValidationConfig config = ValidationConfig.defaults();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            switch (field.getKey()) {
                case "eraStart" -> config = config.withEraStart(parseDate(file, field.getValue()));
                case "rules" -> config = rules(file, config, field.getValue());
                case "language" -> config = config.withLanguage(language(file, field.getValue()));
                default -> throw new IllegalArgumentException(file + ": unknown field \"" + field.getKey()
                        + "\": a configuration has \"eraStart\", \"language\" and \"rules\"");
            }
        }
        return config;
    }

    private static PartialDate parseDate(Path file, JsonNode value) {
        try {
            return PartialDate.parse(value.isString() ? value.stringValue() : value.toString());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": eraStart: " + e.getMessage());
        }
    }

    private static Language language(Path file, JsonNode value) {
        String tag = value.isString() ? value.stringValue() : value.toString();
        return Language.ofTag(tag).orElseThrow(() -> new IllegalArgumentException(file + ": language: unknown language \""
                + tag + "\": use en or zh"));
    }

    private static ValidationConfig rules(Path file, ValidationConfig config, JsonNode rules) {
        if (!rules.isObject()) {
            throw new IllegalArgumentException(file + ": \"rules\" must be an object of rule ids and severities");
        }
        for (Map.Entry<String, JsonNode> entry : rules.properties()) {
            Rule rule = Rule.byId(entry.getKey()).orElseThrow(() -> new IllegalArgumentException(file
                    + ": unknown rule \"" + entry.getKey() + "\": see docs/validation.md for the rule ids"));
            String value = entry.getValue().isString() ? entry.getValue().stringValue() : entry.getValue().toString();
            if (value.equals("off")) {
                config = config.without(rule);
            } else {
                try {
                    config = config.withSeverity(rule, Severity.of(value));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ": rule " + rule.id() + ": unknown severity \"" + value
                            + "\": use off, info, warning or error");
                }
            }
        }
        return config;
    }
}
