package io.github.aimilestones.data.internal;

import io.github.aimilestones.data.Location;
import io.github.aimilestones.data.ReadProblem;
import io.github.aimilestones.data.RecordKind;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The careful reading: with the position of every value, to say exactly what is wrong and where. Slower than the
 * fast binder, it reads a whole file the fast one cannot vouch for, or one record the fast one rejected.
 */
final class CarefulReader {

    private final ReadSession session;

    CarefulReader(ReadSession session) {
        this.session = session;
    }

    /**
     * Reads a whole file, reporting every problem but a failure to read its text.
     *
     * @return why the text could not be read to its end, or null
     */
    @Nullable Throwable readFile(SourceFile source, int fileIndex) {
        String file = source.name();
        Positions positions = new Positions();
        try (Reader reader = source.opener().open(); JsonParser parser = Json.mapper().createParser(reader)) {
            try {
                PositionalTree tree = PositionalTree.read(parser, positions, fileIndex, new PositionalTree.Listener() {
                    @Override
                    public void element(String arrayName, Span span, JsonNode element, Positions inElement) {
                        ReadSession.kindOf(arrayName).ifPresent(kind -> bind(file, kind, span, element, inElement));
                    }

                    @Override
                    public void remark(PositionalTree.Remark remark) {
                        session.add(Messages.remark(remark, remark.position().location(file, remark.pointer())));
                    }
                });
                if (parser.nextToken() != null) {
                    session.add(Messages.trailingContent(at(file, parser.currentTokenLocation())));
                }
                document(file, tree.root(), positions);
            } catch (StreamConstraintsException e) {
                session.add(Messages.limit(e, at(file, parser.currentLocation())));
            }
        } catch (StreamReadException e) {
            session.add(Messages.syntax(e, at(file, e.getLocation())));
        } catch (IOException | JacksonIOException e) {
            return e instanceof JacksonIOException ? e.getCause() : e;
        }
        return null;
    }

    /** Reads one record again from its text, with positions, and reports what is wrong with it. */
    void readRecord(RecordKind kind, Span span, RecordText text) {
        String file = text.file().name();
        String pointer = span.pointer(kind);
        List<PositionalTree.Remark> remarks = new ArrayList<>();
        RecordText.Reread record;
        try {
            record = text.readRecord(span, pointer, remarks::add);
        } catch (IOException e) {
            session.add(Messages.cannotReadAgain(kind, e,
                    span.position().location(file, pointer)));
            return;
        }
        for (PositionalTree.Remark remark : remarks) {  // where the remark is, not where its pointer first was
            session.add(Messages.remark(remark, remark.position().from(span.position()).location(file,
                    remark.pointer())));
        }
        bind(file, kind, span, record.tree(), record.positions());
    }

    /** The checks above the records: the root is an object of known arrays. */
    private void document(String file, @Nullable JsonNode root, Positions positions) {
        if (root == null) {
            session.add(Messages.empty(file));
            return;
        }
        if (!root.isObject()) {
            session.add(Messages.rootNotAnObject(root, positions.locate(file, "")));
            return;
        }
        if (Messages.isMetaSchema(root.get("$schema"))) {  // a schema beside the data, caught by a glob
            session.add(Messages.schemaDocument(root.get("$schema").stringValue(), positions.locate(file, "/$schema")));
            return;
        }
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            String name = field.getKey();
            Location here = positions.locate(file, "/" + PositionalTree.escape(name));
            Optional<RecordKind> kind = ReadSession.kindOf(name);
            if (name.equals("$schema")) {
                if (!field.getValue().isString()) {
                    session.add(Messages.schemaNotAString(here));
                }
            } else if (kind.isEmpty()) {
                session.add(Messages.unknownTopLevelField(name, here));
            } else if (!field.getValue().isArray()) {
                session.add(Messages.notAnArray(name, kind.get(), field.getValue(), here));
            }
            // The elements of the arrays were read as they came, by the listener given to PositionalTree.
        }
    }

    /**
     * Binds a record from its tree, reporting every problem of every field, and adds it unless its id is taken.
     *
     * <p>A value that cannot be read is reported and taken out of the tree, and the record is bound again, so that
     * one bad field does not hide the problems of the others, and the record is kept for the checks when what is
     * left still makes one. A date written in words is read as its EDTF form instead, as the fix says.
     */
    private void bind(String file, RecordKind kind, Span span, JsonNode node, Positions positions) {
        String pointer = span.pointer(kind);
        if (!node.isObject()) {
            session.add(Messages.recordNotAnObject(kind, node, positions.locate(file, pointer)));
            return;
        }
        Map<String, ReadProblem> problems = new LinkedHashMap<>();  // by pointer: each binding finds them again
        Removals removals = new Removals();
        Object record = null;
        boolean standIn = false;
        for (int attempt = 0; attempt < MAX_ATTEMPTS && record == null; attempt++) {
            ObjectReader reader = Json.mapper().readerFor(kind.type())
                    .withHandler(new UnknownFields(file, pointer, positions, removals, problems));
            try {
                record = reader.readValue(node);
            } catch (DatabindException e) {
                String path = pathOf(e);
                String original = removals.original(path);
                ReadProblem problem = Messages.notBound(kind, node, path, e, positions.locate(file, pointer + original),
                        positions.value(file, pointer + original));
                boolean missing = problem.kind() == ReadProblem.Kind.MISSING_FIELD;
                if (!missing || !removals.removedField(original, e)) {
                    problems.putIfAbsent(pointer + original + "\u0000" + problem.kind(), problem);
                }
                if (missing && path.isEmpty()) {
                    // The record cannot be made. Jackson tells a record's unknown fields only once it is made: bind
                    // it once more with a stand-in for the missing field, for them, and drop what it makes.
                    JsonNode stand = STAND_INS.get(Messages.missingFieldName(e));
                    if (stand == null || node.has(Messages.missingFieldName(e))) {
                        break;
                    }
                    ((ObjectNode) node).set(Messages.missingFieldName(e), stand);
                    standIn = true;
                    continue;
                }
                if (!removals.repair(node, path, Messages.dateInWords(node.at(path)).orElse(null))) {
                    break;
                }
            }
        }
        problems.values().stream()
                .sorted(Comparator.comparingInt((ReadProblem p) -> p.location().line())
                        .thenComparingInt(p -> p.location().column()))
                .forEach(session::add);
        if (record == null || standIn) {
            return;
        }
        Span first = session.claim(kind, record, span);
        if (first != null) {
            session.add(Messages.duplicateId(kind, ReadSession.idOf(record), session.fileName(first),
                    first.position(), positions.locate(file, pointer + "/id")));
        }
    }

    /** Values that make a record whose required field is missing, to learn its unknown fields; never kept. */
    private static final Map<String, JsonNode> STAND_INS = Map.of(
            "id", JsonNodeFactory.instance.textNode("x"),
            "date", JsonNodeFactory.instance.textNode("2000"),
            "category", JsonNodeFactory.instance.textNode("model"),
            "name", JsonNodeFactory.instance.objectNode().put("en", "x"),
            "kind", JsonNodeFactory.instance.textNode("paper"),
            "title", JsonNodeFactory.instance.textNode("x"));

    /** How often a record is bound again after taking a bad value out: more than a hand-written record has. */
    private static final int MAX_ATTEMPTS = 64;

    /**
     * The values taken out of a record's tree, so that pointers found in what is left are told in the record as
     * written: taking out the first citation makes the second one {@code /citations/0}.
     */
    private static final class Removals {
        /** For each array, by its original pointer, the original indices of the elements taken out, ascending. */
        private final Map<String, List<Integer>> elements = new HashMap<>();
        /** The original pointers of the members taken out. */
        private final java.util.Set<String> members = new java.util.HashSet<>();

        /** The pointer, within the record as written, of a value in what is left of it. */
        String original(String path) {
            StringBuilder original = new StringBuilder();
            for (String segment : path.isEmpty() ? new String[0] : path.substring(1).split("/", -1)) {
                List<Integer> removed = elements.get(original.toString());
                if (removed != null && segment.matches("\\d+")) {
                    int index = Integer.parseInt(segment);
                    for (int r : removed) {
                        if (r <= index) {
                            index++;
                        }
                    }
                    segment = Integer.toString(index);
                }
                original.append('/').append(segment);
            }
            return original.toString();
        }

        /** Whether a missing required field is one that was taken out because it could not be read. */
        boolean removedField(String objectPath, DatabindException e) {
            return members.contains(objectPath + "/" + PositionalTree.escape(Messages.missingFieldName(e)));
        }

        /**
         * Takes a bad value out of the tree, or puts its fixed form in its place.
         *
         * @return false if nothing could be taken out: the record itself is what is wrong
         */
        boolean repair(JsonNode record, String path, io.github.aimilestones.model.@Nullable PartialDate fixed) {
            if (path.isEmpty()) {
                return false;
            }
            int slash = path.lastIndexOf('/');
            JsonNode parent = record.at(path.substring(0, slash));
            String last = path.substring(slash + 1).replace("~1", "/").replace("~0", "~");
            String original = original(path);
            if (parent instanceof ObjectNode object && object.has(last)) {
                if (fixed != null) {
                    object.put(last, fixed.toString());
                } else {
                    object.remove(last);
                    members.add(original);
                }
                return true;
            } else if (parent instanceof ArrayNode array && last.matches("\\d+") && Integer.parseInt(last) < array.size()) {
                array.remove(Integer.parseInt(last));
                String arrayPath = original.substring(0, original.lastIndexOf('/'));
                List<Integer> removed = elements.computeIfAbsent(arrayPath, k -> new ArrayList<>());
                removed.add(Integer.parseInt(original.substring(original.lastIndexOf('/') + 1)));
                removed.sort(null);
                return true;
            }
            return false;
        }
    }

    /** Reports every unknown field of a record and skips it, so that the rest of the record is read. */
    private static final class UnknownFields extends DeserializationProblemHandler {
        private final String file;
        private final String recordPointer;
        private final Positions positions;
        private final Removals removals;
        private final Map<String, ReadProblem> problems;

        UnknownFields(String file, String recordPointer, Positions positions, Removals removals,
                Map<String, ReadProblem> problems) {
            this.file = file;
            this.recordPointer = recordPointer;
            this.positions = positions;
            this.removals = removals;
            this.problems = problems;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
            Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
            // Depending on how Jackson buffers creator properties, the context may or may not name the
            // property, and may hold an unnamed root level: drop empty segments (no field has an empty name).
            String path = parser.streamReadContext().pathAsPointer().toString().replaceAll("/(?=/|$)", "");
            String property = "/" + PositionalTree.escape(propertyName);
            String pointer = recordPointer + removals.original(path.endsWith(property) ? path : path + property);
            problems.putIfAbsent(pointer + "\u0000unknown", Messages.unknownField(propertyName, type,
                    deserializer.getKnownPropertyNames(), positions.locate(file, pointer)));
            parser.skipChildren();
            return true;
        }
    }

    private static String pathOf(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append('/').append(PositionalTree.escape(reference.getPropertyName()));
            } else if (reference.getIndex() >= 0) {
                path.append('/').append(reference.getIndex());
            }
        }
        return path.toString();
    }

    private static Location at(String file, @Nullable TokenStreamLocation location) {
        return location == null ? Location.ofFile(file)
                : new Location(file, Math.max(location.getLineNr(), 0), Math.max(location.getColumnNr(), 0), "");
    }
}
