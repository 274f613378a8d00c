package io.github.aimilestones.data.internal;

import io.github.aimilestones.data.Fix;
import io.github.aimilestones.data.Location;
import io.github.aimilestones.data.ReadProblem;
import io.github.aimilestones.data.ReadProblem.Kind;
import io.github.aimilestones.data.RecordKind;
import io.github.aimilestones.model.PartialDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/** The wording of every reading problem: what is wrong and how to fix it. */
final class Messages {

    private static final List<String> TOP_LEVEL_FIELDS =
            List.of("$schema", "milestones", "people", "organizations", "sources");

    private Messages() {
    }

    static ReadProblem fileNotFound(String file) {
        return new ReadProblem(Kind.IO, "file not found", Location.ofFile(file));
    }

    static ReadProblem cannotReadFile(String file, Exception e) {
        return new ReadProblem(Kind.IO, "cannot read the file: " + reason(e), Location.ofFile(file));
    }

    /** Why reading failed: an access or file system exception's message is the file's name, which says nothing. */
    private static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        } else if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return String.valueOf(e.getMessage());
    }

    static ReadProblem resourceNotFound(String name) {
        return new ReadProblem(Kind.IO, "resource not found", Location.ofFile(name));
    }

    static ReadProblem cannotReadResource(String name, Exception e) {
        return new ReadProblem(Kind.IO, "cannot read the resource: " + e.getMessage(), Location.ofFile(name));
    }

    static ReadProblem cannotRead(String file, Throwable e) {
        return new ReadProblem(Kind.IO, "cannot read: " + e.getMessage(), Location.ofFile(file));
    }

    static ReadProblem cannotReadAgain(RecordKind kind, Exception e, Location record) {
        return new ReadProblem(Kind.IO, "cannot read the " + kind.displayName() + " again: " + e.getMessage(), record);
    }

    static ReadProblem utf16(String file) {
        return new ReadProblem(Kind.ENCODING,
                "the file is UTF-16 (it starts with a UTF-16 byte order mark): save it as UTF-8", Location.ofFile(file));
    }

    static ReadProblem notUtf8(String file) {
        return new ReadProblem(Kind.ENCODING, "the file is not valid UTF-8: save it as UTF-8", Location.ofFile(file));
    }

    static ReadProblem notUtf8(String file, Utf8.InvalidByte at) {
        return new ReadProblem(Kind.ENCODING, "the file is not valid UTF-8 (byte 0x"
                + Integer.toHexString(at.value()).toUpperCase(Locale.ROOT) + " here): save it as UTF-8",
                at.position().location(file, ""));
    }

    static ReadProblem syntax(JacksonException e, Location at) {
        return new ReadProblem(Kind.SYNTAX, "invalid JSON: " + decapitalize(e.getOriginalMessage()), at);
    }

    static ReadProblem trailingContent(Location at) {
        return new ReadProblem(Kind.SYNTAX,
                "unexpected content after the end of the JSON value: a file holds one object", at);
    }

    static ReadProblem limit(JacksonException e, Location at) {
        return new ReadProblem(Kind.LIMIT,
                "the file exceeds a limit of the format: " + decapitalize(e.getOriginalMessage()), at);
    }

    static ReadProblem empty(String file) {
        return new ReadProblem(Kind.EMPTY,
                "the file is empty: a catalog file is a JSON object such as {\"milestones\": []}", Location.ofFile(file));
    }

    /** A duplicate key or an explicit null, found while reading with positions. */
    static ReadProblem remark(PositionalTree.Remark remark, Location at) {
        return switch (remark.kind()) {
            case NULL -> new ReadProblem(Kind.NULL, "null is not a value in this format: leave the field out", at);
            case DUPLICATE_KEY -> new ReadProblem(Kind.DUPLICATE_KEY, "duplicate key \"" + lastSegment(remark.pointer())
                    + "\": the first value is used; remove or rename the other", at);
            default -> throw new IllegalArgumentException("not a remark: " + remark.kind());
        };
    }

    static ReadProblem rootNotAnObject(JsonNode root, Location at) {
        return new ReadProblem(Kind.TYPE, "a catalog file must be a JSON object with the arrays milestones, people,"
                + " organizations and sources, not " + describe(root), at);
    }

    static ReadProblem schemaNotAString(Location at) {
        return new ReadProblem(Kind.TYPE, "\"$schema\" must be a string: the path or URL of the JSON Schema", at);
    }

    /** Whether a {@code $schema} names a JSON Schema meta-schema: the document is then a schema, not a catalog. */
    static boolean isMetaSchema(@Nullable Object schema) {
        String value = schema instanceof JsonNode node ? (node.isString() ? node.stringValue() : null)
                : schema instanceof String text ? text : null;
        return value != null && value.matches("https?://json-schema\\.org/.*");
    }

    static ReadProblem schemaDocument(String metaSchema, Location at) {
        return new ReadProblem(Kind.SCHEMA_DOCUMENT, "the file is a JSON Schema (its $schema is " + metaSchema
                + "), not a catalog: it is skipped; keep schemas outside the catalog's folder, or name them *.schema.json", at);
    }

    static ReadProblem unknownTopLevelField(String name, Location at) {
        return new ReadProblem(Kind.UNKNOWN_FIELD, unknownField(name, "a catalog file", TOP_LEVEL_FIELDS), at);
    }

    static ReadProblem notAnArray(String name, RecordKind kind, JsonNode value, Location at) {
        return new ReadProblem(Kind.TYPE, "\"" + name + "\" must be an array of " + kind.displayName()
                + " objects, not " + describe(value), at);
    }

    static ReadProblem recordNotAnObject(RecordKind kind, JsonNode record, Location at) {
        return new ReadProblem(Kind.TYPE, "a " + kind.displayName() + " must be a JSON object, not " + describe(record), at);
    }

    static ReadProblem unknownField(String name, Class<?> in, Collection<Object> known, Location at) {
        List<String> names = known.stream().map(String::valueOf).sorted().toList();
        return new ReadProblem(Kind.UNKNOWN_FIELD, unknownField(name, article(typeName(in)), names), at,
                closest(name, names).map(k -> rename(name, k, at)).orElse(null));
    }

    /** Renaming a field: its key, where the location of an unknown field is, replaced. */
    private static Fix rename(String name, String known, Location key) {
        return new Fix("rename \"" + name + "\" to \"" + known + "\"", key.line() > 0
                ? new Fix.Edit(key, Json.literal(name), Json.literal(known)) : null);
    }

    static ReadProblem duplicateId(RecordKind kind, String id, String firstFile, Position first, Location at) {
        return new ReadProblem(Kind.DUPLICATE_ID, "duplicate " + kind.displayName() + " id \"" + id
                + "\": first defined at " + firstFile + ":" + first.line() + ":" + first.column()
                + "; give one of them another id", at);
    }

    /**
     * Why a record could not be bound to its model type.
     *
     * @param record the record's tree
     * @param path the JSON pointer, within the record, of the value that could not be bound
     */
    static ReadProblem notBound(RecordKind kind, JsonNode record, String path, DatabindException e, Location at,
            @Nullable Location valueAt) {
        Throwable cause = rootCause(e);
        boolean missing = e instanceof ValueInstantiationException && cause instanceof NullPointerException;
        Kind problem = missing ? Kind.MISSING_FIELD
                : cause instanceof IllegalArgumentException ? Kind.INVALID_VALUE : Kind.TYPE;
        String message;
        if (missing && cause.getMessage() != null) {
            String where = path.isEmpty() ? "the " + kind.displayName() : "\"" + lastSegment(path) + "\"";
            if (path.matches(".*/[^/]+/\\d+")) {  // an element of a list: "events/0", not "0"
                where = "\"" + lastSegment(path.substring(0, path.lastIndexOf('/'))) + path.substring(path.lastIndexOf('/')) + "\"";
            }
            message = where + " is missing the required field \"" + cause.getMessage() + "\"";
        } else if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
            message = cause.getMessage();
            Optional<PartialDate> date = dateInWords(record.at(path));
            if (date.isPresent()) {
                String written = record.at(path).stringValue();
                return new ReadProblem(problem, message + "; in EDTF \"" + written + "\" is \"" + date.get()
                        + "\" (read so for the other checks)", at, new Fix("write the date in EDTF: \"" + date.get() + "\"",
                        valueAt == null ? null : new Fix.Edit(valueAt, Json.literal(written), Json.literal(date.get().toString()))));
            }
        } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            message = "wrong type for \"" + lastSegment(path) + "\": expected " + expected(mismatch.getTargetType())
                    + ", found " + describe(record.at(path));
        } else {
            message = decapitalize(e.getOriginalMessage());
        }
        return new ReadProblem(problem, message, at);
    }

    /**
     * The EDTF form of a value that is a date written in words.
     *
     * @param value a value that could not be read as a date
     * @return its EDTF form, or empty
     */
    static Optional<PartialDate> dateInWords(@Nullable JsonNode value) {
        return value != null && value.isString() ? DateWords.parse(value.stringValue()) : Optional.empty();
    }

    /** The name of the required field whose absence kept a record or value from being made. */
    static String missingFieldName(DatabindException e) {
        return String.valueOf(rootCause(e).getMessage());
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
        } else if (type == PartialDate.class) {
            return "a date string such as \"2012-09\"";
        }
        return "an object (" + typeName(type) + ")";
    }

    private static String describe(@Nullable JsonNode node) {
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

    /** "a milestone", "an event". */
    private static String article(String typeName) {
        return ("aeiou".indexOf(typeName.charAt(0)) >= 0 ? "an " : "a ") + typeName;
    }

    private static String unknownField(String name, String where, List<String> known) {
        Optional<String> closest = closest(name, known);
        return "unknown field \"" + name + "\" in " + where + closest.map(k -> ": did you mean \"" + k + "\"?")
                .orElse(": the known fields are " + String.join(", ", known));
    }

    /** The known name closest to a misspelled one, if one is close enough to be meant. */
    private static Optional<String> closest(String name, List<String> known) {
        LevenshteinDistance distance = new LevenshteinDistance(Math.max(2, name.length() / 3));
        return known.stream()
                .filter(k -> k.equalsIgnoreCase(name) || distance.apply(k.toLowerCase(Locale.ROOT),
                        name.toLowerCase(Locale.ROOT)) >= 0)
                .min(Comparator.comparingInt((String k) -> k.equalsIgnoreCase(name) ? 0
                        : distance.apply(k.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT)) + 1)
                        .thenComparing(Comparator.naturalOrder()));
    }

    private static String decapitalize(@Nullable String message) {
        String line = message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
        return line.isEmpty() ? line : Character.toLowerCase(line.charAt(0)) + line.substring(1);
    }
}
