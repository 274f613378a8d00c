package io.github.aimilestones.data.internal;

import io.github.aimilestones.data.ReadProblem;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
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
    public record Remark(ReadProblem.Kind kind, String message, String pointer, int line, int column) {
    }

    /**
     * Receives, as soon as they are read, each element of the root object's arrays (so that no whole-file tree is
     * kept) and each remark (so that problems keep document order).
     */
    public interface Listener {
        /**
         * One element of a top-level array.
         *
         * @param arrayName the name of the array, e.g. {@code milestones}
         * @param pointer the element's JSON pointer, e.g. {@code /milestones/3}
         * @param element the element's tree
         * @param positions the positions of the element and of every value in it, by absolute pointer
         * @param start where the element starts, in characters from the start of the text
         * @param end where it ends (one past its last character)
         */
        void element(String arrayName, String pointer, JsonNode element, Map<String, Long> positions, long start,
                long end);

        /**
         * A duplicate key or an explicit null.
         *
         * @param remark what and where
         */
        void remark(Remark remark);
    }

    private Map<String, Long> positions;
    private final Listener listener;
    private final Consumer<Remark> remarks;
    private final JsonNode root;

    private PositionalTree(JsonParser parser, Map<String, Long> positions, Listener listener, Consumer<Remark> remarks,
            String pointer) {
        this.positions = positions;
        this.listener = listener;
        this.remarks = remarks;
        JsonToken first = parser.nextToken();
        root = first == null ? null : value(parser, pointer);
    }

    /**
     * Reads one value, such as a record read again from its own text, without streaming its arrays.
     *
     * @param parser a parser before the value's first token
     * @param pointer the value's JSON pointer in its file
     * @param positions where to record the positions, by absolute pointer, relative to where the parser started
     * @param remarks what receives the duplicate keys and explicit nulls
     * @return the value's tree, or {@code null} if the text is empty
     */
    public static JsonNode readValue(JsonParser parser, String pointer, Map<String, Long> positions,
            Consumer<Remark> remarks) {
        return new PositionalTree(parser, positions, null, remarks, pointer).root;
    }

    /**
     * Reads one JSON value from the parser. The elements of the root object's arrays go to the listener one by one;
     * in the returned tree those arrays are empty, so that memory does not grow with the file beyond the positions.
     *
     * @param parser a parser before its first token
     * @param positions where to record pointer to (line &lt;&lt; 32 | column) of every value (of the key, for a member)
     * @param listener what receives the elements of the top-level arrays and the remarks
     * @return the tree
     * @throws tools.jackson.core.JacksonException on a syntax error
     */
    public static PositionalTree read(JsonParser parser, Map<String, Long> positions, Listener listener) {
        return new PositionalTree(parser, positions, listener, listener::remark, "");
    }

    /** The root value, or {@code null} for an empty document. */
    public JsonNode root() {
        return root;
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
                remark(new Remark(ReadProblem.Kind.NULL, "null is not a value in this format: leave the field out",
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
                remark(new Remark(ReadProblem.Kind.DUPLICATE_KEY, "duplicate key \"" + name
                        + "\": the first value is used; remove or rename the other", child,
                        key.getLineNr(), key.getColumnNr()));
                parser.skipChildren();
                continue;
            }
            positions.put(child, pack(key));
            if (pointer.isEmpty() && listener != null && parser.currentToken() == JsonToken.START_ARRAY) {
                object.set(name, stream(parser, name, child));
            } else {
                object.set(name, value(parser, child));
            }
        }
        return object;
    }

    /** A top-level array: each element to the sink as it is read; an empty array stands in the tree. */
    private ArrayNode stream(JsonParser parser, String name, String pointer) {
        positions.putIfAbsent(pointer, pack(parser.currentTokenLocation()));
        int index = 0;
        Map<String, Long> file = positions;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String element = pointer + "/" + index++;
            long start = parser.currentTokenLocation().getCharOffset();
            positions = new HashMap<>();  // the element's own: the listener decides what to keep
            JsonNode node = value(parser, element);
            Map<String, Long> elementPositions = positions;
            positions = file;
            listener.element(name, element, node, elementPositions, start, parser.currentLocation().getCharOffset());
        }
        return JsonNodeFactory.instance.arrayNode();
    }

    private void remark(Remark remark) {
        remarks.accept(remark);
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
