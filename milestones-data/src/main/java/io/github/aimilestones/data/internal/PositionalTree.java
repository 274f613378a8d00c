package io.github.aimilestones.data.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a JSON tree while remembering where every value starts, which Jackson's own tree does not keep, and
 * notes duplicate keys and explicit nulls on the way. Internal: not part of the API.
 */
public final class PositionalTree {

    /** Something suspicious but readable in the JSON, found while building the tree. */
    public record Remark(String rule, String message, String pointer, int line, int column) {
    }

    private final Map<String, Long> positions = new HashMap<>();
    private final List<Remark> remarks = new ArrayList<>();
    private final JsonNode root;

    private PositionalTree(JsonParser parser) {
        JsonToken first = parser.nextToken();
        root = first == null ? null : value(parser, "");
    }

    /**
     * Reads one JSON value from the parser.
     *
     * @param parser a parser before its first token
     * @return the tree, with positions
     * @throws tools.jackson.core.JacksonException on a syntax error
     */
    public static PositionalTree read(JsonParser parser) {
        return new PositionalTree(parser);
    }

    /** The root value, or {@code null} for an empty document. */
    public JsonNode root() {
        return root;
    }

    /** Pointer to (line &lt;&lt; 32 | column) of the value, or of the key for an object member. */
    public Map<String, Long> positions() {
        return positions;
    }

    /** Duplicate keys and explicit nulls, in document order. */
    public List<Remark> remarks() {
        return remarks;
    }

    private JsonNode value(JsonParser parser, String pointer) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        TokenStreamLocation start = parser.currentTokenLocation();
        positions.putIfAbsent(pointer, pack(start));
        return switch (parser.currentToken()) {
            case START_OBJECT -> object(parser, pointer);
            case START_ARRAY -> array(parser, pointer);
            case VALUE_STRING -> nodes.textNode(parser.getString());
            case VALUE_NUMBER_INT -> nodes.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> nodes.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> nodes.booleanNode(true);
            case VALUE_FALSE -> nodes.booleanNode(false);
            case VALUE_NULL -> {
                long at = positions.get(pointer);  // the key of an object member, where the fix goes
                remarks.add(new Remark("read.null", "null is not a value in this format: leave the field out",
                        pointer, (int) (at >>> 32), (int) at));
                yield nodes.nullNode();
            }
            default -> throw new IllegalStateException("unexpected token " + parser.currentToken());
        };
    }

    private ObjectNode object(JsonParser parser, String pointer) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            String child = pointer + "/" + escape(name);
            TokenStreamLocation key = parser.currentTokenLocation();
            parser.nextToken();
            if (object.has(name)) {
                remarks.add(new Remark("read.duplicate-key", "duplicate key \"" + name
                        + "\": the first value is used; remove or rename the other", child,
                        key.getLineNr(), key.getColumnNr()));
                parser.skipChildren();
                continue;
            }
            positions.put(child, pack(key));
            object.set(name, value(parser, child));
        }
        return object;
    }

    private ArrayNode array(JsonParser parser, String pointer) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(value(parser, pointer + "/" + array.size()));
        }
        return array;
    }

    private static long pack(TokenStreamLocation location) {
        return (long) location.getLineNr() << 32 | location.getColumnNr() & 0xFFFFFFFFL;
    }

    /** Escapes a key for a JSON pointer (RFC 6901). */
    public static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
