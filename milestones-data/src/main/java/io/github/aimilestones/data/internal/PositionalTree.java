package io.github.aimilestones.data.internal;

import io.github.aimilestones.data.ReadProblem;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a JSON tree while remembering where every value starts, which Jackson's own tree does not keep, and
 * notes duplicate keys and explicit nulls on the way.
 */
final class PositionalTree {

    /**
     * Something suspicious but readable in the JSON, found while building the tree.
     *
     * @param kind {@link ReadProblem.Kind#NULL} or {@link ReadProblem.Kind#DUPLICATE_KEY}
     * @param pointer the value's JSON pointer
     * @param position where it is, relative to where the parser started
     */
    record Remark(ReadProblem.Kind kind, String pointer, Position position) {
    }

    /**
     * Receives, as soon as they are read, each element of the root object's arrays (so that no whole-file tree is
     * kept) and each remark (so that problems keep document order).
     */
    interface Listener {
        /**
         * One element of a top-level array.
         *
         * @param arrayName the name of the array, e.g. {@code milestones}
         * @param span where the element is
         * @param element the element's tree
         * @param positions the positions of the element and of every value in it, by absolute pointer
         */
        void element(String arrayName, Span span, JsonNode element, Positions positions);

        /** A duplicate key or an explicit null. */
        void remark(Remark remark);
    }

    private Positions positions;
    private final int fileIndex;
    private final @Nullable Listener listener;
    private final Consumer<Remark> remarks;
    private final @Nullable JsonNode root;

    private PositionalTree(JsonParser parser, Positions positions, int fileIndex, @Nullable Listener listener,
            Consumer<Remark> remarks, String pointer) {
        this.positions = positions;
        this.fileIndex = fileIndex;
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
     * @param positions receives the positions, by absolute pointer, relative to where the parser started
     * @param remarks receives the duplicate keys and explicit nulls
     * @return the value's tree, or {@code null} if the text is empty
     */
    static @Nullable JsonNode readValue(JsonParser parser, String pointer, Positions positions,
            Consumer<Remark> remarks) {
        return new PositionalTree(parser, positions, -1, null, remarks, pointer).root;
    }

    /**
     * Reads one JSON value from the parser. The elements of the root object's arrays go to the listener one by one;
     * in the returned tree those arrays are empty, so that memory does not grow with the file beyond the positions.
     *
     * @param parser a parser before its first token
     * @param positions receives the position of every value above the elements
     * @param fileIndex the file's index, for the spans of the elements
     * @param listener receives the elements of the top-level arrays and the remarks
     * @return the tree
     * @throws tools.jackson.core.JacksonException on a syntax error
     */
    static PositionalTree read(JsonParser parser, Positions positions, int fileIndex, Listener listener) {
        return new PositionalTree(parser, positions, fileIndex, listener, listener::remark, "");
    }

    /** The root value, or {@code null} for an empty document. */
    @Nullable JsonNode root() {
        return root;
    }

    private JsonNode value(JsonParser parser, String pointer) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        Position at = positions.putIfAbsent(pointer, Position.of(parser.currentTokenLocation()));
        return switch (parser.currentToken()) {
            case START_OBJECT -> object(parser, pointer);
            case START_ARRAY -> array(parser, pointer);
            case VALUE_STRING -> nodes.textNode(parser.getString());
            case VALUE_NUMBER_INT -> nodes.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> nodes.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> nodes.booleanNode(true);
            case VALUE_FALSE -> nodes.booleanNode(false);
            case VALUE_NULL -> {
                // at the key of an object member, where the fix goes
                remarks.accept(new Remark(ReadProblem.Kind.NULL, pointer, at));
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
            Position key = Position.of(parser.currentTokenLocation());
            parser.nextToken();
            if (object.has(name)) {
                remarks.accept(new Remark(ReadProblem.Kind.DUPLICATE_KEY, child, key));
                parser.skipChildren();
                continue;
            }
            positions.put(child, key);
            if (!pointer.isEmpty() && parser.currentToken().isScalarValue()) {  // where an exact fix of the value goes
                positions.putMemberValue(child, Position.of(parser.currentTokenLocation()));
            }
            if (pointer.isEmpty() && listener != null && parser.currentToken() == JsonToken.START_ARRAY) {
                object.set(name, stream(parser, listener, name, child));
            } else {
                object.set(name, value(parser, child));
            }
        }
        return object;
    }

    /** A top-level array: each element to the listener as it is read; an empty array stands in the tree. */
    private ArrayNode stream(JsonParser parser, Listener listener, String name, String pointer) {
        positions.putIfAbsent(pointer, Position.of(parser.currentTokenLocation()));
        Positions file = positions;
        for (int index = 0; parser.nextToken() != JsonToken.END_ARRAY; index++) {
            TokenStreamLocation start = parser.currentTokenLocation();
            positions = new Positions();  // the element's own: the listener decides what to keep
            JsonNode node = value(parser, pointer + "/" + index);
            Positions element = positions;
            positions = file;
            listener.element(name, new Span(fileIndex, index, Position.of(start), start.getCharOffset(),
                    parser.currentLocation().getCharOffset()), node, element);
        }
        return JsonNodeFactory.instance.arrayNode();
    }

    private ArrayNode array(JsonParser parser, String pointer) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(value(parser, pointer + "/" + array.size()));
        }
        return array;
    }

    /** Escapes a key for a JSON pointer (RFC 6901). */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
