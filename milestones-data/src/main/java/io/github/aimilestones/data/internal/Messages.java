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
        return new ReadProblem(Kind.IO, "file not found", "文件不存在", Location.ofFile(file));
    }

    static ReadProblem cannotReadFile(String file, Exception e) {
        return new ReadProblem(Kind.IO, "cannot read the file: " + reason(e), "无法读取文件：" + reason(e),
                Location.ofFile(file));
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
        return new ReadProblem(Kind.IO, "resource not found", "资源不存在", Location.ofFile(name));
    }

    static ReadProblem cannotReadResource(String name, Exception e) {
        return new ReadProblem(Kind.IO, "cannot read the resource: " + e.getMessage(), "无法读取资源：" + e.getMessage(),
                Location.ofFile(name));
    }

    static ReadProblem cannotRead(String file, Throwable e) {
        return new ReadProblem(Kind.IO, "cannot read: " + e.getMessage(), "无法读取：" + e.getMessage(), Location.ofFile(file));
    }

    static ReadProblem cannotReadAgain(RecordKind kind, Exception e, Location record) {
        return new ReadProblem(Kind.IO, "cannot read the " + kind.displayName() + " again: " + e.getMessage(),
                "无法再次读取该" + kind.chineseName() + "：" + e.getMessage(), record);
    }

    static ReadProblem utf16(String file) {
        return new ReadProblem(Kind.ENCODING,
                "the file is UTF-16 (it starts with a UTF-16 byte order mark): save it as UTF-8",
                "文件是 UTF-16 编码（以 UTF-16 字节顺序标记开头）：请另存为 UTF-8", Location.ofFile(file));
    }

    static ReadProblem notUtf8(String file) {
        return new ReadProblem(Kind.ENCODING, "the file is not valid UTF-8: save it as UTF-8",
                "文件不是有效的 UTF-8：请另存为 UTF-8", Location.ofFile(file));
    }

    static ReadProblem notUtf8(String file, Utf8.InvalidByte at) {
        String hex = Integer.toHexString(at.value()).toUpperCase(Locale.ROOT);
        return new ReadProblem(Kind.ENCODING, "the file is not valid UTF-8 (byte 0x" + hex + " here): save it as UTF-8",
                "文件不是有效的 UTF-8（此处有字节 0x" + hex + "）：请另存为 UTF-8", at.position().location(file, ""));
    }

    static ReadProblem syntax(JacksonException e, Location at) {
        String detail = decapitalize(e.getOriginalMessage());
        return new ReadProblem(Kind.SYNTAX, "invalid JSON: " + detail, "JSON 格式错误：" + detail, at);
    }

    static ReadProblem trailingContent(Location at) {
        return new ReadProblem(Kind.SYNTAX,
                "unexpected content after the end of the JSON value: a file holds one object",
                "JSON 值结束后还有多余的内容：一个文件只能包含一个对象", at);
    }

    static ReadProblem limit(JacksonException e, Location at) {
        String detail = decapitalize(e.getOriginalMessage());
        return new ReadProblem(Kind.LIMIT, "the file exceeds a limit of the format: " + detail,
                "文件超出了格式的限制：" + detail, at);
    }

    static ReadProblem empty(String file) {
        return new ReadProblem(Kind.EMPTY,
                "the file is empty: a catalog file is a JSON object such as {\"milestones\": []}",
                "文件是空的：目录文件是一个 JSON 对象，例如 {\"milestones\": []}", Location.ofFile(file));
    }

    /** A duplicate key or an explicit null, found while reading with positions. */
    static ReadProblem remark(PositionalTree.Remark remark, Location at) {
        return switch (remark.kind()) {
            case NULL -> new ReadProblem(Kind.NULL, "null is not a value in this format: leave the field out",
                    "这种格式中没有 null 值：请省略这个字段", at);
            case DUPLICATE_KEY -> new ReadProblem(Kind.DUPLICATE_KEY, "duplicate key \"" + lastSegment(remark.pointer())
                    + "\": the first value is used; remove or rename the other",
                    "重复的键 \"" + lastSegment(remark.pointer()) + "\"：使用的是第一个值；请删除另一个或给它改名", at);
            default -> throw new IllegalArgumentException("not a remark: " + remark.kind());
        };
    }

    static ReadProblem rootNotAnObject(JsonNode root, Location at) {
        return new ReadProblem(Kind.TYPE, "a catalog file must be a JSON object with the arrays milestones, people,"
                + " organizations and sources, not " + describe(root).en(),
                "目录文件必须是包含 milestones、people、organizations 和 sources 数组的 JSON 对象，而不是"
                        + describe(root).zh(), at);
    }

    static ReadProblem schemaNotAString(Location at) {
        return new ReadProblem(Kind.TYPE, "\"$schema\" must be a string: the path or URL of the JSON Schema",
                "\"$schema\" 必须是字符串：JSON Schema 的路径或 URL", at);
    }

    /** Whether a {@code $schema} names a JSON Schema meta-schema: the document is then a schema, not a catalog. */
    static boolean isMetaSchema(@Nullable Object schema) {
        String value = schema instanceof JsonNode node ? (node.isString() ? node.stringValue() : null)
                : schema instanceof String text ? text : null;
        return value != null && value.matches("https?://json-schema\\.org/.*");
    }

    static ReadProblem schemaDocument(String metaSchema, Location at) {
        return new ReadProblem(Kind.SCHEMA_DOCUMENT, "the file is a JSON Schema (its $schema is " + metaSchema
                + "), not a catalog: it is skipped; keep schemas outside the catalog's folder, or name them *.schema.json",
                "这个文件是 JSON Schema（它的 $schema 是 " + metaSchema
                + "），不是目录：已跳过；请把 schema 放在目录所在文件夹之外，或命名为 *.schema.json", at);
    }

    static ReadProblem unknownTopLevelField(String name, Location at) {
        return unknownField(name, "a catalog file", "目录文件", TOP_LEVEL_FIELDS, at);
    }

    static ReadProblem notAnArray(String name, RecordKind kind, JsonNode value, Location at) {
        return new ReadProblem(Kind.TYPE, "\"" + name + "\" must be an array of " + kind.displayName()
                + " objects, not " + describe(value).en(),
                "\"" + name + "\" 必须是" + kind.chineseName() + "对象的数组，而不是" + describe(value).zh(), at);
    }

    static ReadProblem recordNotAnObject(RecordKind kind, JsonNode record, Location at) {
        return new ReadProblem(Kind.TYPE, "a " + kind.displayName() + " must be a JSON object, not " + describe(record).en(),
                kind.chineseName() + "必须是 JSON 对象，而不是" + describe(record).zh(), at);
    }

    static ReadProblem unknownField(String name, Class<?> in, Collection<Object> known, Location at) {
        List<String> names = known.stream().map(String::valueOf).sorted().toList();
        return unknownField(name, article(typeName(in)), typeName(in) + " ", names, at);
    }

    /** Renaming a field: its key, where the location of an unknown field is, replaced. */
    private static Fix rename(String name, String known, Location key) {
        return new Fix("rename \"" + name + "\" to \"" + known + "\"", key.line() > 0
                ? new Fix.Edit(key, Json.literal(name), Json.literal(known)) : null);
    }

    static ReadProblem duplicateId(RecordKind kind, String id, String firstFile, Position first, Location at) {
        String where = firstFile + ":" + first.line() + ":" + first.column();
        return new ReadProblem(Kind.DUPLICATE_ID, "duplicate " + kind.displayName() + " id \"" + id
                + "\": first defined at " + where + "; give one of them another id",
                "重复的" + kind.chineseName() + " id \"" + id + "\"：首次定义于 " + where + "；请给其中一个换一个 id", at);
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
        if (missing && cause.getMessage() != null) {
            String where = "\"" + lastSegment(path) + "\"";
            if (path.matches(".*/[^/]+/\\d+")) {  // an element of a list: "events/0", not "0"
                where = "\"" + lastSegment(path.substring(0, path.lastIndexOf('/'))) + path.substring(path.lastIndexOf('/')) + "\"";
            }
            String field = "\"" + cause.getMessage() + "\"";
            return new ReadProblem(problem, (path.isEmpty() ? "the " + kind.displayName() : where)
                    + " is missing the required field " + field,
                    (path.isEmpty() ? "该" + kind.chineseName() : where) + " 缺少必需的字段 " + field, at);
        } else if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
            String message = cause.getMessage();
            // The model says what is wrong with the value, in English only; the Chinese names the field.
            String chinese = "\"" + lastSegment(path) + "\" 的值无效：" + message;
            Optional<PartialDate> date = dateInWords(record.at(path));
            if (date.isPresent()) {
                String written = record.at(path).stringValue();
                return new ReadProblem(problem, message + "; in EDTF \"" + written + "\" is \"" + date.get()
                        + "\" (read so for the other checks)", chinese + "；用 EDTF 写，\"" + written + "\" 是 \""
                        + date.get() + "\"（其他检查按此读取）", at,
                        new Fix("write the date in EDTF: \"" + date.get() + "\"", valueAt == null ? null
                                : new Fix.Edit(valueAt, Json.literal(written), Json.literal(date.get().toString()))));
            }
            return new ReadProblem(problem, message, chinese, at);
        } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Text expected = expected(mismatch.getTargetType());
            Text found = describe(record.at(path));
            return new ReadProblem(problem, "wrong type for \"" + lastSegment(path) + "\": expected " + expected.en()
                    + ", found " + found.en(),
                    "\"" + lastSegment(path) + "\" 的类型错误：应为" + expected.zh() + "，实际是" + found.zh(), at);
        }
        String detail = decapitalize(e.getOriginalMessage());
        return new ReadProblem(problem, detail, "无法读取这个值：" + detail, at);
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

    /** A phrase of a message in both languages. */
    private record Text(String en, String zh) {
    }

    private static Text expected(Class<?> type) {
        if (type == String.class || type.isEnum()) {
            return new Text("a string", "字符串");
        } else if (type == boolean.class || type == Boolean.class) {
            return new Text("true or false", " true 或 false");
        } else if (Collection.class.isAssignableFrom(type)) {
            return new Text("an array", "数组");
        } else if (type == PartialDate.class) {
            return new Text("a date string such as \"2012-09\"", "形如 \"2012-09\" 的日期字符串");
        }
        return new Text("an object (" + typeName(type) + ")", "对象（" + typeName(type) + "）");
    }

    private static Text describe(@Nullable JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return new Text("nothing", "空");
        }
        return switch (node.getNodeType()) {
            case OBJECT -> new Text("an object", "对象");
            case ARRAY -> new Text("an array", "数组");
            case STRING -> new Text("a string", "字符串");
            case NUMBER -> new Text("a number", "数字");
            case BOOLEAN -> new Text("a boolean", "布尔值");
            case NULL -> new Text("null", " null");
            default -> new Text("a " + node.getNodeType().name().toLowerCase(Locale.ROOT),
                    " " + node.getNodeType().name().toLowerCase(Locale.ROOT));
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

    private static ReadProblem unknownField(String name, String where, String whereChinese, List<String> known,
            Location at) {
        Optional<String> closest = closest(name, known);
        return new ReadProblem(Kind.UNKNOWN_FIELD,
                "unknown field \"" + name + "\" in " + where + closest.map(k -> ": did you mean \"" + k + "\"?")
                        .orElse(": the known fields are " + String.join(", ", known)),
                whereChinese + "中没有字段 \"" + name + "\"" + closest.map(k -> "：是不是 \"" + k + "\"？")
                        .orElse("：已知的字段有 " + String.join(", ", known)), at,
                closest.map(k -> rename(name, k, at)).orElse(null));
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
