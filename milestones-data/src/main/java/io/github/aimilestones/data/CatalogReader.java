package io.github.aimilestones.data;

import io.github.aimilestones.data.internal.Json;
import io.github.aimilestones.data.internal.PositionalTree;
import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.Organization;
import io.github.aimilestones.model.Person;
import io.github.aimilestones.model.Source;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.text.similarity.LevenshteinDistance;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Reads catalog files in the JSON format (see {@code docs/format.md}), merging several files into one catalog
 * and keeping the position of every record and field.
 *
 * <p>Reading never stops at the first problem when it can go on: a syntax error ends its own file only, a
 * record with a wrong type or a missing field is left out and the others are read, unknown fields are
 * reported (with a "did you mean") and skipped. Every problem is in {@link ReadResult#problems()}.
 *
 * <pre>{@code
 * ReadResult result = CatalogReader.create().read(Path.of("registry.json"), Path.of("milestones.json"));
 * result.problems().forEach(System.err::println);   // file:line:column: message [rule]
 * Catalog catalog = result.catalog();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CatalogReader {

    private static final CatalogReader INSTANCE = new CatalogReader();
    private static final List<String> TOP_LEVEL_FIELDS =
            List.of("$schema", "milestones", "people", "organizations", "sources");

    /** Binds records straight from the parser, rejecting anything the careful reading would report. */
    private static final Map<RecordKind, ObjectReader> STRICT_READERS = Stream.of(RecordKind.values())
            .collect(Collectors.toMap(kind -> kind, kind -> Json.strictMapper().readerFor(kind.type())
                    .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS),  // the next record follows
                    (a, b) -> a, () -> new EnumMap<>(RecordKind.class)));

    private CatalogReader() {
    }

    /**
     * The reader.
     *
     * @return a reader with the format's limits (see {@code docs/format.md})
     */
    public static CatalogReader create() {
        return INSTANCE;
    }

    /**
     * Reads files into one catalog.
     *
     * @param files catalog files, merged in the order given
     * @return the catalog, the positions and every problem
     */
    public ReadResult read(Path... files) {
        return read(List.of(files));
    }

    /**
     * Reads files into one catalog.
     *
     * @param files catalog files, merged in the order given
     * @return the catalog, the positions and every problem
     */
    public ReadResult read(List<Path> files) {
        Session session = new Session();
        for (Path file : files) {
            String name = file.toString().replace('\\', '/');
            try (InputStream in = Files.newInputStream(file)) {
                session.read(name, in, () -> Files.newInputStream(file));
                session.locateEncodingProblem(name, file);
            } catch (NoSuchFileException e) {
                session.problem(ReadProblem.Kind.IO, "file not found", Location.ofFile(name));
            } catch (IOException e) {
                session.problem(ReadProblem.Kind.IO, "cannot read the file: " + e.getMessage(), Location.ofFile(name));
            }
        }
        return session.finish();
    }

    /**
     * Reads one catalog document from a stream.
     *
     * @param name the name to report locations with, such as a file name
     * @param json the UTF-8 JSON document; read to its end but not closed
     * @return the catalog, the positions and every problem
     */
    public ReadResult read(String name, InputStream json) {
        Objects.requireNonNull(name, "name");
        Session session = new Session();
        byte[] bytes;
        try {
            bytes = Objects.requireNonNull(json, "json").readAllBytes();  // kept, to read a record again
        } catch (IOException e) {
            session.problem(ReadProblem.Kind.IO, "cannot read: " + e.getMessage(), Location.ofFile(name));
            return session.finish();
        }
        session.read(name, new ByteArrayInputStream(bytes), () -> new ByteArrayInputStream(bytes));
        return session.finish();
    }

    /** Reads class-path resources, named by their resource names, into one catalog. */
    ReadResult readResources(ClassLoader loader, List<String> names) {
        Session session = new Session();
        for (String name : names) {
            try (InputStream in = loader.getResourceAsStream(name)) {
                if (in == null) {
                    session.problem(ReadProblem.Kind.IO, "resource not found", Location.ofFile(name));
                } else {
                    session.read(name, in, () -> loader.getResourceAsStream(name));
                }
            } catch (IOException e) {
                session.problem(ReadProblem.Kind.IO, "cannot read the resource: " + e.getMessage(), Location.ofFile(name));
            }
        }
        return session.finish();
    }

    /** Opens a file again: to read a record with a problem a second time, with positions, and for the source map. */
    @FunctionalInterface
    private interface Opener {
        InputStream open() throws IOException;
    }

    /**
     * The state of one read: the records so far, where they are and the problems.
     *
     * <p>A file is first read fast: each record is bound straight from the parser by a mapper that rejects
     * anything questionable (an unknown field, a null, a duplicate key, a wrong type). A rejected record is read
     * again from its own text, with the position of every value, to say exactly what is wrong and where. Anything
     * questionable outside the records, such as a syntax error, sends the whole file to that careful reading.
     */
    private static final class Session {
        private final Map<RecordKind, List<Object>> records = new EnumMap<>(RecordKind.class);
        private final Map<RecordKind, Map<String, SourceMap.Span>> spans = new EnumMap<>(RecordKind.class);
        private final List<SourceMap.SourceFile> files = new ArrayList<>();
        private final List<ReadProblem> problems = new ArrayList<>();
        /** The positions of the values above the records of the file read carefully. */
        private Map<String, Long> filePositions = Map.of();
        /** The positions inside the record being bound, while it is bound. */
        private Map<String, Long> currentRecord;

        Session() {
            for (RecordKind kind : RecordKind.values()) {
                records.put(kind, new ArrayList<>());
                spans.put(kind, new HashMap<>());
            }
        }

        void problem(ReadProblem.Kind kind, String message, Location location) {
            problems.add(new ReadProblem(kind, message, location));
        }

        void read(String file, InputStream in, Opener opener) {
            BufferedInputStream bytes = new BufferedInputStream(in);
            try {
                bytes.mark(2);
                int first = bytes.read();
                int second = bytes.read();
                bytes.reset();
                if (first == 0xFE && second == 0xFF || first == 0xFF && second == 0xFE) {
                    problem(ReadProblem.Kind.ENCODING, "the file is UTF-16 (it starts with a UTF-16 byte order mark): save it as UTF-8",
                            Location.ofFile(file));
                    return;
                }
            } catch (IOException e) {
                problem(ReadProblem.Kind.IO, "cannot read: " + e.getMessage(), Location.ofFile(file));
                return;
            }
            SourceMap.SourceFile source = new SourceMap.SourceFile(file, () -> utf8(new BufferedInputStream(opener.open())));
            files.add(source);
            int[] counts = records.values().stream().mapToInt(List::size).toArray();
            int problemCount = problems.size();
            try (RecordText again = new RecordText(source)) {
                if (readFast(source, bytes, again)) {
                    return;
                }
            }
            rollBack(counts, problemCount);
            try (InputStream carefully = opener.open()) {
                readCarefully(source, new BufferedInputStream(carefully));
            } catch (IOException e) {
                problem(ReadProblem.Kind.IO, "cannot read: " + e.getMessage(), Location.ofFile(file));
            }
        }

        /** Forgets what a fast reading of a file added, before the file is read carefully. */
        private void rollBack(int[] counts, int problemCount) {
            int k = 0;
            for (Map.Entry<RecordKind, List<Object>> kind : records.entrySet()) {
                List<Object> list = kind.getValue();
                while (list.size() > counts[k]) {
                    spans.get(kind.getKey()).remove(idOf(list.remove(list.size() - 1)));
                }
                k++;
            }
            problems.subList(problemCount, problems.size()).clear();
        }

        /**
         * Reads a well-formed file, or reports why it cannot be read; false, with nothing reported, if it is not
         * well-formed and must be read carefully.
         */
        private boolean readFast(SourceMap.SourceFile source, InputStream in, RecordText again) {
            int fileIndex = files.size() - 1;
            try (Reader reader = utf8(in); NullSpotter parser = new NullSpotter(Json.strictMapper().createParser(reader))) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    return false;
                }
                JsonToken token;
                while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (name.equals("$schema") && value == JsonToken.VALUE_STRING) {
                        continue;
                    }
                    Optional<RecordKind> kind = kindOf(name);
                    if (kind.isEmpty() || value != JsonToken.START_ARRAY) {
                        return false;
                    }
                    TokenStreamContext array = parser.streamReadContext();
                    ObjectReader binder = STRICT_READERS.get(kind.get());
                    for (int index = 0; parser.nextToken() != JsonToken.END_ARRAY; index++) {
                        TokenStreamLocation start = parser.currentTokenLocation();
                        Object record = null;
                        parser.sawNull = false;
                        if (parser.currentToken() == JsonToken.START_OBJECT) {
                            try {
                                record = binder.readValue(parser);
                            } catch (DatabindException e) {
                                while (parser.streamReadContext() != array) {
                                    if (parser.nextToken() == null) {  // to the end of the rejected record
                                        return false;
                                    }
                                }
                            }
                        } else {
                            parser.skipChildren();
                            parser.finishToken();  // a string's end is found only when it is read
                        }
                        SourceMap.Span span = new SourceMap.Span(fileIndex, index, start.getLineNr(),
                                start.getColumnNr(), start.getCharOffset(), parser.currentLocation().getCharOffset());
                        if (record == null || parser.sawNull) {
                            readAgain(kind.get(), span, again);
                        } else {
                            accept(kind.get(), record, span, again);
                        }
                    }
                }
                return token == JsonToken.END_OBJECT && parser.nextToken() == null;
            } catch (StreamReadException | StreamConstraintsException e) {
                return false;
            } catch (IOException | JacksonIOException e) {
                readFailure(source.name(), e);
                return true;
            }
        }

        /**
         * Notes an explicit null, which the format does not allow but databind would take for an absent value
         * (and telling Jackson to fail on nulls makes it fail on absent fields too).
         */
        private static final class NullSpotter extends JsonParserDelegate {
            boolean sawNull;

            NullSpotter(JsonParser parser) {
                super(parser);
            }

            @Override
            public JsonToken nextToken() {
                return spot(delegate.nextToken());
            }

            @Override
            public JsonToken nextValue() {
                return spot(delegate.nextValue());
            }

            private JsonToken spot(JsonToken token) {
                sawNull |= token == JsonToken.VALUE_NULL;
                return token;
            }
        }

        /** Reads one record again from its text, with positions, and reports what is wrong with it. */
        private void readAgain(RecordKind kind, SourceMap.Span span, RecordText again) {
            String file = files.get(span.file()).name();
            String pointer = SourceMap.pointer(kind, span);
            Map<String, Long> positions = new HashMap<>();
            List<PositionalTree.Remark> remarks = new ArrayList<>();
            JsonNode node;
            try {
                node = again.readRecord(span, pointer, positions, remarks::add);
            } catch (IOException e) {
                problem(ReadProblem.Kind.IO, "cannot read the " + kind.displayName() + " again: " + e.getMessage(),
                        new Location(file, span.line(), span.column(), pointer));
                return;
            }
            for (PositionalTree.Remark remark : remarks) {
                long at = positions.get(remark.pointer());
                problem(remark.kind(), remark.message(), new Location(file, (int) (at >>> 32), (int) at, remark.pointer()));
            }
            currentRecord = positions;
            record(file, kind, pointer, node, span, again);
            currentRecord = null;
        }

        /** Reads a file with the position of every value: slower, but it can say where anything is wrong. */
        private void readCarefully(SourceMap.SourceFile source, InputStream in) {
            String file = source.name();
            int fileIndex = files.size() - 1;
            filePositions = new HashMap<>();
            try (Reader reader = utf8(in); JsonParser parser = Json.mapper().createParser(reader)) {
                try {
                    PositionalTree tree = PositionalTree.read(parser, filePositions, new PositionalTree.Listener() {
                        @Override
                        public void element(String arrayName, String pointer, JsonNode element,
                                Map<String, Long> positions, long start, long end) {
                            long at = positions.get(pointer);
                            int index = Integer.parseInt(pointer.substring(pointer.lastIndexOf('/') + 1));
                            SourceMap.Span span = new SourceMap.Span(fileIndex, index, (int) (at >>> 32), (int) at, start, end);
                            currentRecord = positions;
                            kindOf(arrayName).ifPresent(kind -> record(file, kind, pointer, element, span, null));
                            currentRecord = null;
                        }

                        @Override
                        public void remark(PositionalTree.Remark remark) {
                            problem(remark.kind(), remark.message(),
                                    new Location(file, remark.line(), remark.column(), remark.pointer()));
                        }
                    });
                    if (parser.nextToken() != null) {
                        problem(ReadProblem.Kind.SYNTAX, "unexpected content after the end of the JSON value: a file holds one object",
                                at(file, parser.currentTokenLocation()));
                    }
                    document(file, tree);
                } catch (StreamConstraintsException e) {
                    problem(ReadProblem.Kind.LIMIT, "the file exceeds a limit of the format: " + decapitalize(e.getOriginalMessage()),
                            at(file, parser.currentLocation()));
                }
            } catch (StreamReadException e) {
                problem(ReadProblem.Kind.SYNTAX, "invalid JSON: " + decapitalize(e.getOriginalMessage()), at(file, e.getLocation()));
            } catch (IOException | JacksonIOException e) {
                readFailure(file, e);
            } finally {
                filePositions = Map.of();
            }
        }

        private void readFailure(String file, Exception e) {
            Throwable cause = e instanceof JacksonIOException ? e.getCause() : e;
            problem(cause instanceof CharacterCodingException ? ReadProblem.Kind.ENCODING : ReadProblem.Kind.IO,
                    cause instanceof CharacterCodingException
                            ? "the file is not valid UTF-8: save it as UTF-8" : "cannot read: " + cause.getMessage(),
                    Location.ofFile(file));
        }

        /** Replaces a file-level "not valid UTF-8" problem by one at the line and column of the first bad byte. */
        void locateEncodingProblem(String name, Path file) throws IOException {
            int last = problems.size() - 1;
            if (last < 0 || problems.get(last).kind() != ReadProblem.Kind.ENCODING
                    || !problems.get(last).location().equals(Location.ofFile(name))
                    || problems.get(last).message().contains("UTF-16")) {
                return;
            }
            int[] at = firstInvalidUtf8(Files.readAllBytes(file));
            if (at != null) {
                problems.set(last, new ReadProblem(ReadProblem.Kind.ENCODING, "the file is not valid UTF-8 (byte 0x"
                        + Integer.toHexString(at[2]).toUpperCase(Locale.ROOT) + " here): save it as UTF-8",
                        new Location(name, at[0], at[1], "")));
            }
        }

        private static Location at(String file, TokenStreamLocation location) {
            return location == null ? Location.ofFile(file)
                    : new Location(file, Math.max(location.getLineNr(), 0), Math.max(location.getColumnNr(), 0), "");
        }

        private void document(String file, PositionalTree tree) {
            JsonNode root = tree.root();
            if (root == null) {
                problem(ReadProblem.Kind.EMPTY, "the file is empty: a catalog file is a JSON object such as {\"milestones\": []}",
                        Location.ofFile(file));
                return;
            }
            if (!root.isObject()) {
                problem(ReadProblem.Kind.TYPE, "a catalog file must be a JSON object with the arrays milestones, people,"
                        + " organizations and sources, not " + describe(root), locate(file, ""));
                return;
            }
            for (Map.Entry<String, JsonNode> field : root.properties()) {
                String name = field.getKey();
                String pointer = "/" + PositionalTree.escape(name);
                Optional<RecordKind> kind = kindOf(name);
                if (name.equals("$schema")) {
                    if (!field.getValue().isString()) {
                        problem(ReadProblem.Kind.TYPE, "\"$schema\" must be a string: the path or URL of the JSON Schema",
                                locate(file, pointer));
                    }
                } else if (kind.isEmpty()) {
                    problem(ReadProblem.Kind.UNKNOWN_FIELD, unknownField(name, "a catalog file", TOP_LEVEL_FIELDS),
                            locate(file, pointer));
                } else if (!field.getValue().isArray()) {
                    problem(ReadProblem.Kind.TYPE, "\"" + name + "\" must be an array of " + kind.get().displayName()
                            + " objects, not " + describe(field.getValue()), locate(file, pointer));
                }
                // The elements of the arrays were read as they came, by the sink given to PositionalTree.
            }
        }

        private void record(String file, RecordKind kind, String pointer, JsonNode node, SourceMap.Span span,
                RecordText again) {
            Location here = locate(file, pointer);
            if (!node.isObject()) {
                problem(ReadProblem.Kind.TYPE, "a " + kind.displayName() + " must be a JSON object, not " + describe(node), here);
                return;
            }
            ObjectReader reader = Json.mapper().readerFor(kind.type()).withHandler(new UnknownFields(file, pointer));
            Object record;
            try {
                record = reader.readValue(node);
            } catch (DatabindException e) {
                String path = pathOf(e);
                problem(kindOf(e), messageOf(kind, node, path, e), locate(file, pointer + path));
                return;
            }
            accept(kind, record, span, again);
        }

        /** Adds a record read without a problem, unless its id is taken. */
        private void accept(RecordKind kind, Object record, SourceMap.Span span, RecordText again) {
            String id = idOf(record);
            SourceMap.Span first = spans.get(kind).putIfAbsent(id, span);
            if (first == null) {
                records.get(kind).add(record);
            } else if (currentRecord == null) {
                readAgain(kind, span, again);  // with positions, to say where the id is
            } else {
                SourceMap.SourceFile firstFile = files.get(first.file());
                problem(ReadProblem.Kind.DUPLICATE_ID, "duplicate " + kind.displayName() + " id \"" + id + "\": first defined at "
                        + firstFile.name() + ":" + first.line() + ":" + first.column() + "; give one of them another id",
                        locate(files.get(span.file()).name(), SourceMap.pointer(kind, span) + "/id"));
            }
        }

        /** Reports every unknown field of a record and skips it, so that the rest of the record is read. */
        private final class UnknownFields extends DeserializationProblemHandler {
            private final String file;
            private final String recordPointer;

            UnknownFields(String file, String recordPointer) {
                this.file = file;
                this.recordPointer = recordPointer;
            }

            @Override
            public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                    ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
                Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
                List<String> known = knownNames(deserializer.getKnownPropertyNames());
                // Depending on how Jackson buffers creator properties, the context may or may not name the
                // property, and may hold an unnamed root level: drop empty segments (no field has an empty name).
                String path = parser.streamReadContext().pathAsPointer().toString().replaceAll("/(?=/|$)", "");
                String property = "/" + PositionalTree.escape(propertyName);
                String pointer = recordPointer + (path.endsWith(property) ? path : path + property);
                problem(ReadProblem.Kind.UNKNOWN_FIELD, unknownField(propertyName, "a " + typeName(type), known),
                        locate(file, pointer));
                parser.skipChildren();
                return true;
            }
        }

        /** Where a pointer is in the record being bound, or else among the values above the records. */
        private Location locate(String file, String pointer) {
            Map<String, Long> positions = currentRecord != null && currentRecord.containsKey(recordPointer(pointer))
                    ? currentRecord : filePositions;
            return SourceMap.locate(positions, file, pointer);
        }

        /** "/milestones/17" for "/milestones/17/citations/0": the record a pointer is in, or null above records. */
        private static String recordPointer(String pointer) {
            int first = pointer.indexOf('/', 1);
            if (first < 0) {
                return null;
            }
            int second = pointer.indexOf('/', first + 1);
            return second < 0 ? pointer : pointer.substring(0, second);
        }

        ReadResult finish() {
            @SuppressWarnings("unchecked")
            Catalog catalog = Catalog.of(
                    (List<Milestone>) (List<?>) records.get(RecordKind.MILESTONE),
                    (List<Person>) (List<?>) records.get(RecordKind.PERSON),
                    (List<Organization>) (List<?>) records.get(RecordKind.ORGANIZATION),
                    (List<Source>) (List<?>) records.get(RecordKind.SOURCE));
            return new ReadResult(catalog, new SourceMap(files, spans), problems);
        }
    }

    private static Optional<RecordKind> kindOf(String arrayName) {
        return Stream.of(RecordKind.values()).filter(k -> k.arrayName().equals(arrayName)).findFirst();
    }

    private static Reader utf8(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();  // no byte order mark to skip
        }
        return reader;
    }

    /** The line, column (in characters) and value of the first byte that is not valid UTF-8, or null. */
    static int[] firstInvalidUtf8(byte[] bytes) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < bytes.length; ) {
            int b = bytes[i] & 0xFF;
            int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            boolean valid = length > 0 && i + length <= bytes.length;
            for (int k = 1; valid && k < length; k++) {
                valid = (bytes[i + k] & 0xC0) == 0x80;
            }
            if (!valid) {
                return new int[] {line, column, b};
            }
            if (b == '\n') {
                line++;
                column = 1;
            } else {
                column += length == 4 ? 2 : 1;  // columns count UTF-16 units, as the JSON parser does
            }
            i += length;
        }
        return null;
    }

    private static String idOf(Object record) {
        if (record instanceof Milestone m) {
            return m.id();
        } else if (record instanceof Person p) {
            return p.id();
        } else if (record instanceof Organization o) {
            return o.id();
        }
        return ((Source) record).id();
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

    private static ReadProblem.Kind kindOf(DatabindException e) {
        Throwable cause = rootCause(e);
        if (e instanceof ValueInstantiationException && cause instanceof NullPointerException) {
            return ReadProblem.Kind.MISSING_FIELD;
        }
        return cause instanceof IllegalArgumentException ? ReadProblem.Kind.INVALID_VALUE : ReadProblem.Kind.TYPE;
    }

    private static String messageOf(RecordKind kind, JsonNode record, String path, DatabindException e) {
        Throwable cause = rootCause(e);
        if (e instanceof ValueInstantiationException && cause instanceof NullPointerException && cause.getMessage() != null) {
            String where = path.isEmpty() ? "the " + kind.displayName() : "\"" + lastSegment(path) + "\"";
            return where + " is missing the required field \"" + cause.getMessage() + "\"";
        }
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
            return cause.getMessage();
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            JsonNode found = record.at(path);
            return "wrong type for \"" + lastSegment(path) + "\": expected " + expected(mismatch.getTargetType())
                    + ", found " + describe(found);
        }
        return decapitalize(e.getOriginalMessage());
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String lastSegment(String path) {
        String segment = path.substring(path.lastIndexOf('/') + 1);
        return segment.replace("~1", "/").replace("~0", "~");
    }

    private static String expected(Class<?> type) {
        if (type == String.class || type.isEnum()) {
            return "a string";
        } else if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        } else if (Collection.class.isAssignableFrom(type)) {
            return "an array";
        } else if (type == io.github.aimilestones.model.PartialDate.class) {
            return "a date string such as \"2012-09\"";
        }
        return "an object (" + typeName(type) + ")";
    }

    private static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    /** "LocalizedText" becomes "localized text": the name of a model type in a message. */
    private static String typeName(Class<?> type) {
        return type.getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    }

    private static List<String> knownNames(Collection<Object> names) {
        return names.stream().map(String::valueOf).sorted().collect(Collectors.toList());
    }

    private static String unknownField(String name, String where, List<String> known) {
        LevenshteinDistance distance = new LevenshteinDistance(Math.max(2, name.length() / 3));
        Optional<String> closest = known.stream()
                .filter(k -> k.equalsIgnoreCase(name) || distance.apply(k.toLowerCase(Locale.ROOT),
                        name.toLowerCase(Locale.ROOT)) >= 0)
                .min(Comparator.comparingInt((String k) -> k.equalsIgnoreCase(name) ? 0
                        : distance.apply(k.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT)) + 1)
                        .thenComparing(Comparator.naturalOrder()));
        return "unknown field \"" + name + "\" in " + where + closest.map(k -> ": did you mean \"" + k + "\"?")
                .orElse(": the known fields are " + String.join(", ", known));
    }

    private static String decapitalize(String message) {
        String line = message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
        return line.isEmpty() ? line : Character.toLowerCase(line.charAt(0)) + line.substring(1);
    }
}
