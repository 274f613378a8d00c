package io.github.aimilestones.data.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimilestones.data.Milestones;
import io.github.aimilestones.data.RecordKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hand-written binder against Jackson's databind, the reference: on every record of the embedded dataset both
 * bind the same record, and on thousands of mutations of them (a value of every other JSON type, a field left out,
 * an unknown field) the binder accepts exactly what databind accepts, and binds it the same, but for a null, which
 * databind would take for an absent value and the format refuses.
 */
final class StreamBinderTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Values of every JSON type, each put where another value was. */
    private static final List<JsonNode> REPLACEMENTS = List.of(NODES.nullNode(), NODES.numberNode(1),
            NODES.numberNode(new java.math.BigDecimal("1.5")), NODES.booleanNode(true), NODES.stringNode("x"),
            NODES.stringNode(""), NODES.stringNode("2012"), NODES.stringNode("paper"), NODES.arrayNode(),
            NODES.arrayNode().add("x"), NODES.arrayNode().add(1), NODES.objectNode(),
            NODES.objectNode().put("en", "x"));

    /** Binds with databind, as the careful reading does; null where it refuses. */
    private static @Nullable Object databind(RecordKind kind, String json) {
        try {
            return Json.mapper().readerFor(kind.type()).readValue(json);
        } catch (JacksonException e) {
            return null;
        }
    }

    /** Binds with the stream binder; null where it rejects the record, or the parser the text. */
    private static @Nullable Object streamed(RecordKind kind, String json) {
        try (JsonParser parser = Json.factory().build().createParser(ObjectReadContext.empty(), json)) {
            return parser.nextToken() == JsonToken.START_OBJECT ? new StreamBinder(parser, new SharedValues()).record(kind)
                    : null;
        } catch (StreamBinder.Rejected | JacksonException e) {
            return null;
        }
    }

    private static Map<RecordKind, List<JsonNode>> embeddedRecords() throws IOException {
        Map<RecordKind, List<JsonNode>> records = new java.util.EnumMap<>(RecordKind.class);
        String folder = "io/github/aimilestones/data/catalog/";
        ClassLoader loader = Milestones.class.getClassLoader();
        List<String> files;
        try (InputStream list = loader.getResourceAsStream(folder + "files.txt")) {
            files = new String(list.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
        for (String file : files) {
            JsonNode root;
            try (InputStream in = loader.getResourceAsStream(folder + file)) {
                root = Json.mapper().readTree(in);
            }
            for (RecordKind kind : RecordKind.values()) {
                Optional.ofNullable(root.get(kind.arrayName())).ifPresent(array -> array.forEach(
                        element -> records.computeIfAbsent(kind, k -> new ArrayList<>()).add(element)));
            }
        }
        return records;
    }

    @Test
    void everyRecordOfTheDataset_isBoundAsDatabindBindsIt() throws IOException {
        int count = 0;
        for (Map.Entry<RecordKind, List<JsonNode>> kind : embeddedRecords().entrySet()) {
            for (JsonNode record : kind.getValue()) {
                String json = record.toString();
                Object expected = databind(kind.getKey(), json);
                assertThat(expected).as(json).isNotNull();
                assertThat(streamed(kind.getKey(), json)).as(json).isEqualTo(expected);
                count++;
            }
        }
        assertThat(count).isGreaterThan(700);
    }

    @Test
    void mutationsOfTheDataset_areBoundExactlyAsDatabindBindsThem_exceptNullsWhichGoToTheCarefulReading()
            throws IOException {
        int rejected = 0;
        int accepted = 0;
        for (Map.Entry<RecordKind, List<JsonNode>> kind : embeddedRecords().entrySet()) {
            List<JsonNode> records = kind.getValue();
            for (int i = 0; i < records.size(); i += Math.max(1, records.size() / 20)) {  // about 20 of each kind
                for (Mutant mutant : mutations(records.get(i))) {
                    String json = mutant.record().toString();
                    Object actual = streamed(kind.getKey(), json);
                    if (mutant.hasNull()) {  // databind takes a null for an absent value; the format refuses it
                        assertThat(actual).as(json).isNull();
                        continue;
                    }
                    Object expected = databind(kind.getKey(), json);
                    assertThat(actual).as(json).isEqualTo(expected);
                    if (expected == null) {
                        rejected++;
                    } else {
                        accepted++;
                    }
                }
            }
        }
        assertThat(rejected).isGreaterThan(5_000);
        assertThat(accepted).isGreaterThan(500);
    }

    @Test
    void aRepeatedField_atAnyLevel_isRejected_forTheCarefulReadingToReport() throws IOException {
        int repeated = 0;
        for (Map.Entry<RecordKind, List<JsonNode>> kind : embeddedRecords().entrySet()) {
            List<JsonNode> records = kind.getValue();
            for (int i = 0; i < records.size(); i += Math.max(1, records.size() / 20)) {
                List<List<Object>> paths = new ArrayList<>();
                collect(records.get(i), new ArrayList<>(), paths);
                for (List<Object> path : paths) {
                    if (path.get(path.size() - 1) instanceof String name) {
                        JsonNode copy = records.get(i).deepCopy();
                        ObjectNode parent = (ObjectNode) parent(copy, path);
                        parent.set("repeated-field", parent.get(name).deepCopy());  // the same value, twice
                        String json = copy.toString().replace("\"repeated-field\"", "\"" + name + "\"");
                        assertThat(streamed(kind.getKey(), json)).as(json).isNull();
                        repeated++;
                    }
                }
            }
        }
        assertThat(repeated).isGreaterThan(500);
    }

    /** A record changed in one place; {@code hasNull} when the change put a null in it. */
    private record Mutant(JsonNode record, boolean hasNull) {
    }

    /** Every value replaced by every other type, every field left out, an unknown field added, at every level. */
    private static List<Mutant> mutations(JsonNode record) {
        List<Mutant> mutants = new ArrayList<>();
        List<List<Object>> paths = new ArrayList<>();
        collect(record, new ArrayList<>(), paths);
        for (List<Object> path : paths) {
            for (JsonNode replacement : REPLACEMENTS) {
                JsonNode copy = record.deepCopy();
                replace(copy, path, replacement);
                mutants.add(new Mutant(copy, replacement.isNull()));
            }
            JsonNode copy = record.deepCopy();
            remove(copy, path);
            mutants.add(new Mutant(copy, false));
        }
        ObjectNode unknown = ((ObjectNode) record.deepCopy()).put("colour", "red");
        mutants.add(new Mutant(unknown, false));
        return mutants;
    }

    private static void collect(JsonNode node, List<Object> path, List<List<Object>> paths) {
        if (!path.isEmpty()) {
            paths.add(List.copyOf(path));
        }
        if (node instanceof ObjectNode object) {
            object.propertyNames().forEach(name -> {
                path.add(name);
                collect(object.get(name), path, paths);
                path.remove(path.size() - 1);
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                path.add(i);
                collect(array.get(i), path, paths);
                path.remove(path.size() - 1);
            }
        }
    }

    private static JsonNode parent(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path.subList(0, path.size() - 1)) {
            node = step instanceof String name ? node.get(name) : node.get((Integer) step);
        }
        return node;
    }

    private static void replace(JsonNode root, List<Object> path, JsonNode value) {
        JsonNode parent = parent(root, path);
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.set((String) last, value.deepCopy());
        } else {
            ((ArrayNode) parent).set((Integer) last, value.deepCopy());
        }
    }

    private static void remove(JsonNode root, List<Object> path) {
        JsonNode parent = parent(root, path);
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.remove((String) last);
        } else {
            ((ArrayNode) parent).remove((Integer) last);
        }
    }
}
