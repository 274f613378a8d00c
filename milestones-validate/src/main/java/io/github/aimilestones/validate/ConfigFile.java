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
 *   "profile": "english-only",
 *   "eraStart": "1940",
 *   "language": "zh",
 *   "rules": { "date.far-from-source": "off", "name.missing-translation": "info" }
 * }
 * }</pre>
 *
 * <p>A profile sets the rules for a common case first; {@code rules} then change what they name. The file is found
 * by itself as linters find theirs: {@link #find} looks for {@value #FILE_NAME} in a folder and its parents.
 */
public final class ConfigFile {

    /** The name of the configuration file that {@link #find} looks for. */
    public static final String FILE_NAME = "milestones.config.json";

    /** The profiles: rules set for a common case, by name. */
    private static final Map<String, java.util.function.UnaryOperator<ValidationConfig>> PROFILES = Map.of(
            "default", config -> config,
            // A catalog in English alone: no warning per record for its missing Chinese names and texts.
            "english-only", config -> config.without(Rule.NAME_MISSING_TRANSLATION).without(Rule.TEXT_MISSING_TRANSLATION));

    private ConfigFile() {
    }

    /**
     * The configuration file of a folder: {@value #FILE_NAME} in it or in the nearest of its parents that has one,
     * looking no higher than the root of the repository (the first folder with {@code .git}) or of the file system.
     *
     * @param start the folder to start from, usually the working directory
     * @return the file, or empty if there is none
     */
    public static java.util.Optional<Path> find(Path start) {
        for (Path folder = start.toAbsolutePath().normalize(); folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return java.util.Optional.of(candidate);
            }
            if (Files.exists(folder.resolve(".git"))) {
                break;  // the repository's root: a configuration above it belongs to something else
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The names of the profiles a configuration file can name in {@code "profile"}.
     *
     * @return e.g. {@code default}, {@code english-only}
     */
    public static java.util.Set<String> profiles() {
        return new java.util.TreeSet<>(PROFILES.keySet());
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
            throw new IllegalArgumentException(file + ": a configuration is a JSON object with \"profile\", \"eraStart\", \"language\" and \"rules\"");
        }
        ValidationConfig config = ValidationConfig.defaults();
        JsonNode profile = root.get("profile");
        if (profile != null) {
            String name = profile.isString() ? profile.stringValue() : profile.toString();
            if (!PROFILES.containsKey(name)) {
                throw new IllegalArgumentException(file + ": unknown profile \"" + name + "\": use one of "
                        + String.join(", ", profiles()));
            }
            config = PROFILES.get(name).apply(config);
        }
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            switch (field.getKey()) {
                case "profile" -> { }  // applied first, so that "rules" can change what it sets
                case "eraStart" -> config = config.withEraStart(parseDate(file, field.getValue()));
                case "rules" -> config = rules(file, config, field.getValue());
                case "language" -> config = config.withLanguage(language(file, field.getValue()));
                default -> throw new IllegalArgumentException(file + ": unknown field \"" + field.getKey()
                        + "\": a configuration has \"profile\", \"eraStart\", \"language\" and \"rules\"");
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
