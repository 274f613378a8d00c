package io.github.aimilestones.data;

import io.github.aimilestones.data.internal.Json;
import io.github.aimilestones.data.internal.PositionalTree;
import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.Organization;
import io.github.aimilestones.model.Person;
import io.github.aimilestones.model.Source;
import java.io.BufferedInputStream;
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
                session.problem("read.io", "file not found", Location.ofFile(name));
            } catch (IOException e) {
                session.problem("read.io", "cannot read the file: " + e.getMessage(), Location.ofFile(name));
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
        Session session = new Session();
        session.read(Objects.requireNonNull(name, "name"), Objects.requireNonNull(json, "json"), null);
        return session.finish();
    }

    /** Reads class-path resources, named by their resource names, into one catalog. */
    ReadResult readResources(ClassLoader loader, List<String> names) {
        Session session = new Session();
        for (String name : names) {
            try (InputStream in = loader.getResourceAsStream(name)) {
                if (in == null) {
                    session.problem("read.io", "resource not found", Location.ofFile(name));
                } else {
                    session.read(name, in, () -> loader.getResourceAsStream(name));
                }
            } catch (IOException e) {
                session.problem("read.io", "cannot read the resource: " + e.getMessage(), Location.ofFile(name));
            }
        }
        return session.finish();
    }

    /** Opens a file again, to find a field's position inside a record when a finding needs it. */
    @FunctionalInterface
    private interface Opener {
        InputStream open() throws IOException;
    }

    /** The state of one read: the records so far, their positions and the problems. */
    private static final class Session {
        private final Map<RecordKind, List<Object>> records = new EnumMap<>(RecordKind.class);
        private final Map<String, Location> recordLocations = new HashMap<>();
        private final Map<String, Map<String, Long>> positionsByFile = new HashMap<>();
        private final Map<String, SourceMap.Rereader> rereaders = new HashMap<>();
        /** The positions inside the record being bound, while it is bound. */
        private Map<String, Long> currentRecord;
        private final List<ReadProblem> problems = new ArrayList<>();

        Session() {
            for (RecordKind kind : RecordKind.values()) {
                records.put(kind, new ArrayList<>());
            }
        }

        void problem(String rule, String message, Location location) {
            problems.add(new ReadProblem(rule, message, location));
        }

        void read(String file, InputStream in, Opener opener) {
            PositionalTree tree;
            BufferedInputStream bytes = new BufferedInputStream(in);
            try {
                bytes.mark(2);
                int first = bytes.read();
                int second = bytes.read();
                bytes.reset();
                if (first == 0xFE && second == 0xFF || first == 0xFF && second == 0xFE) {
                    problem("read.encoding", "the file is UTF-16 (it starts with a UTF-16 byte order mark): save it as UTF-8",
                            Location.ofFile(file));
                    return;
                }
            } catch (IOException e) {
                problem("read.io", "cannot read: " + e.getMessage(), Location.ofFile(file));
                return;
            }
            try (Reader reader = utf8(bytes); JsonParser parser = Json.mapper().createParser(reader)) {
                tree = parse(file, parser, opener);
            } catch (IOException | JacksonIOException e) {
                Throwable cause = e instanceof JacksonIOException ? e.getCause() : e;
                problem(cause instanceof CharacterCodingException ? "read.encoding" : "read.io",
                        cause instanceof CharacterCodingException
                                ? "the file is not valid UTF-8: save it as UTF-8" : "cannot read: " + cause.getMessage(),
                        Location.ofFile(file));
                return;
            }
            if (tree == null) {
                return;
            }
            document(file, tree);
        }

        /** Replaces a file-level "not valid UTF-8" problem by one at the line and column of the first bad byte. */
        void locateEncodingProblem(String name, Path file) throws IOException {
            int last = problems.size() - 1;
            if (last < 0 || !problems.get(last).rule().equals("read.encoding")
                    || !problems.get(last).location().equals(Location.ofFile(name))
                    || problems.get(last).message().contains("UTF-16")) {
                return;
            }
            int[] at = firstInvalidUtf8(Files.readAllBytes(file));
            if (at != null) {
                problems.set(last, new ReadProblem("read.encoding", "the file is not valid UTF-8 (byte 0x"
                        + Integer.toHexString(at[2]).toUpperCase(Locale.ROOT) + " here): save it as UTF-8",
                        new Location(name, at[0], at[1], "")));
            }
        }

        /** The tree, or null after reporting why the file is not JSON. */
        private PositionalTree parse(String file, JsonParser parser, Opener opener) {
            try {
                Map<String, Long> positions = new HashMap<>();
                Map<String, Long> offsets = new HashMap<>();
                positionsByFile.put(file, positions);
                if (opener != null) {
                    rereaders.put(file, record -> reread(opener, record, offsets.get(record), positions.get(record)));
                }
                PositionalTree tree = PositionalTree.read(parser, positions, new PositionalTree.Listener() {
                    @Override
                    public void element(String arrayName, String pointer, JsonNode element,
                            Map<String, Long> elementPositions, long charOffset) {
                        currentRecord = elementPositions;
                        kindOf(arrayName).ifPresent(kind -> record(file, kind, pointer, element));
                        currentRecord = null;
                        if (opener == null) {
                            positions.putAll(elementPositions);  // cannot be read again: keep everything
                        } else {
                            positions.put(pointer, elementPositions.get(pointer));
                            offsets.put(pointer, charOffset);
                        }
                    }

                    @Override
                    public void remark(PositionalTree.Remark remark) {
                        problem(remark.rule(), remark.message(),
                                new Location(file, remark.line(), remark.column(), remark.pointer()));
                    }
                });
                if (parser.nextToken() != null) {
                    problem("read.syntax", "unexpected content after the end of the JSON value: a file holds one object",
                            at(file, parser.currentTokenLocation()));
                }
                return tree;
            } catch (StreamReadException e) {
                problem("read.syntax", "invalid JSON: " + decapitalize(e.getOriginalMessage()), at(file, e.getLocation()));
            } catch (StreamConstraintsException e) {
                problem("read.limit", "the file exceeds a limit of the format: " + decapitalize(e.getOriginalMessage()),
                        at(file, parser.currentLocation()));
            }
            return null;
        }

        private static Location at(String file, TokenStreamLocation location) {
            return location == null ? Location.ofFile(file)
                    : new Location(file, Math.max(location.getLineNr(), 0), Math.max(location.getColumnNr(), 0), "");
        }

        private void document(String file, PositionalTree tree) {
            JsonNode root = tree.root();
            if (root == null) {
                problem("read.empty", "the file is empty: a catalog file is a JSON object such as {\"milestones\": []}",
                        Location.ofFile(file));
                return;
            }
            if (!root.isObject()) {
                problem("read.type", "a catalog file must be a JSON object with the arrays milestones, people,"
                        + " organizations and sources, not " + describe(root), locate(file, ""));
                return;
            }
            for (Map.Entry<String, JsonNode> field : root.properties()) {
                String name = field.getKey();
                String pointer = "/" + PositionalTree.escape(name);
                Optional<RecordKind> kind = kindOf(name);
                if (name.equals("$schema")) {
                    if (!field.getValue().isString()) {
                        problem("read.type", "\"$schema\" must be a string: the path or URL of the JSON Schema",
                                locate(file, pointer));
                    }
                } else if (kind.isEmpty()) {
                    problem("read.unknown-field", unknownField(name, "a catalog file", TOP_LEVEL_FIELDS),
                            locate(file, pointer));
                } else if (!field.getValue().isArray()) {
                    problem("read.type", "\"" + name + "\" must be an array of " + kind.get().displayName()
                            + " objects, not " + describe(field.getValue()), locate(file, pointer));
                }
                // The elements of the arrays were read as they came, by the sink given to PositionalTree.
            }
        }

        private void record(String file, RecordKind kind, String pointer, JsonNode node) {
            Location here = locate(file, pointer);
            if (!node.isObject()) {
                problem("read.type", "a " + kind.displayName() + " must be a JSON object, not " + describe(node), here);
                return;
            }
            ObjectReader reader = Json.mapper().readerFor(kind.type()).withHandler(new UnknownFields(file, pointer));
            Object record;
            try {
                record = reader.readValue(node);
            } catch (DatabindException e) {
                String path = pathOf(e);
                problem(ruleOf(e), messageOf(kind, node, path, e), locate(file, pointer + path));
                return;
            }
            String id = idOf(record);
            Location first = recordLocations.putIfAbsent(SourceMap.key(kind, id), here);
            if (first != null) {
                problem("read.duplicate-id", "duplicate " + kind.displayName() + " id \"" + id + "\": first defined at "
                        + first + "; give one of them another id", locate(file, pointer + "/id"));
                return;
            }
            records.get(kind).add(record);
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
                problem("read.unknown-field", unknownField(propertyName, "a " + typeName(type), known),
                        locate(file, pointer));
                parser.skipChildren();
                return true;
            }
        }

        private Location locate(String file, String pointer) {
            Map<String, Long> positions = currentRecord != null && currentRecord.containsKey(SourceMap.recordPointer(pointer))
                    ? currentRecord : positionsByFile.get(file);
            return positions == null ? Location.ofFile(file) : SourceMap.locate(positions, file, pointer);
        }

        ReadResult finish() {
            @SuppressWarnings("unchecked")
            Catalog catalog = Catalog.of(
                    (List<Milestone>) (List<?>) records.get(RecordKind.MILESTONE),
                    (List<Person>) (List<?>) records.get(RecordKind.PERSON),
                    (List<Organization>) (List<?>) records.get(RecordKind.ORGANIZATION),
                    (List<Source>) (List<?>) records.get(RecordKind.SOURCE));
            return new ReadResult(catalog, new SourceMap(Map.copyOf(recordLocations), Map.copyOf(positionsByFile),
                    Map.copyOf(rereaders)), problems);
        }
    }

    /**
     * The positions of every value in one record, read again from its file: the record's text starts at its
     * character offset, and the positions found there are shifted to the record's line and column.
     */
    private static Map<String, Long> reread(Opener opener, String record, Long charOffset, Long start) {
        if (charOffset == null || start == null) {
            return Map.of();
        }
        int line = (int) (start >>> 32);
        int column = (int) (long) start;
        Map<String, Long> relative = new HashMap<>();
        try (InputStream in = opener.open(); Reader reader = utf8(new BufferedInputStream(in))) {
            for (long skipped = 0; skipped < charOffset; ) {
                long n = reader.skip(charOffset - skipped);
                if (n <= 0) {
                    return Map.of();
                }
                skipped += n;
            }
            try (JsonParser parser = Json.mapper().createParser(reader)) {
                PositionalTree.readValue(parser, record, relative);
            }
        } catch (IOException | JacksonException e) {
            return Map.of();  // the file changed since it was read: fall back to the record's own position
        }
        Map<String, Long> absolute = new HashMap<>(relative.size() * 4 / 3 + 1);
        relative.forEach((pointer, packed) -> {
            int l = (int) (packed >>> 32);
            int c = (int) (long) packed;
            absolute.put(pointer, (long) (line + l - 1) << 32 | (l == 1 ? column + c - 1 : c) & 0xFFFFFFFFL);
        });
        return absolute;
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

    private static String ruleOf(DatabindException e) {
        Throwable cause = rootCause(e);
        if (e instanceof ValueInstantiationException && cause instanceof NullPointerException) {
            return "read.missing-field";
        }
        return cause instanceof IllegalArgumentException ? "read.invalid-value" : "read.type";
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
