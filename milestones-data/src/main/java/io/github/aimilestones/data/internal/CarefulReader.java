package io.github.aimilestones.data.internal;

import io.github.aimilestones.data.Location;
import io.github.aimilestones.data.RecordKind;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
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
        for (PositionalTree.Remark remark : remarks) {
            session.add(Messages.remark(remark, record.positions().locate(file, remark.pointer())));
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

    /** Binds a record from its tree, reporting every unknown field, and adds it unless its id is taken. */
    private void bind(String file, RecordKind kind, Span span, JsonNode node, Positions positions) {
        String pointer = span.pointer(kind);
        if (!node.isObject()) {
            session.add(Messages.recordNotAnObject(kind, node, positions.locate(file, pointer)));
            return;
        }
        ObjectReader reader = Json.mapper().readerFor(kind.type())
                .withHandler(new UnknownFields(file, pointer, positions));
        Object record;
        try {
            record = reader.readValue(node);
        } catch (DatabindException e) {
            String path = pathOf(e);
            session.add(Messages.notBound(kind, node, path, e, positions.locate(file, pointer + path)));
            return;
        }
        Span first = session.claim(kind, record, span);
        if (first != null) {
            session.add(Messages.duplicateId(kind, ReadSession.idOf(record), session.fileName(first),
                    first.position(), positions.locate(file, pointer + "/id")));
        }
    }

    /** Reports every unknown field of a record and skips it, so that the rest of the record is read. */
    private final class UnknownFields extends DeserializationProblemHandler {
        private final String file;
        private final String recordPointer;
        private final Positions positions;

        UnknownFields(String file, String recordPointer, Positions positions) {
            this.file = file;
            this.recordPointer = recordPointer;
            this.positions = positions;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
            Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
            // Depending on how Jackson buffers creator properties, the context may or may not name the
            // property, and may hold an unnamed root level: drop empty segments (no field has an empty name).
            String path = parser.streamReadContext().pathAsPointer().toString().replaceAll("/(?=/|$)", "");
            String property = "/" + PositionalTree.escape(propertyName);
            String pointer = recordPointer + (path.endsWith(property) ? path : path + property);
            session.add(Messages.unknownField(propertyName, type, deserializer.getKnownPropertyNames(),
                    positions.locate(file, pointer)));
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
