package io.github.aimilestones.data.internal;

import io.github.aimilestones.data.ReadProblem;
import io.github.aimilestones.data.RecordKind;
import io.github.aimilestones.model.Catalog;
import io.github.aimilestones.model.Milestone;
import io.github.aimilestones.model.Organization;
import io.github.aimilestones.model.Person;
import io.github.aimilestones.model.Source;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The state of one read: the records so far, where they are, and the problems. Internal: not part of the API.
 *
 * <p>Each file is first read by the {@link FastBinder}. What it bound is added; a record it rejected, or whose id
 * is taken, is read again by the {@link CarefulReader}, which says what is wrong and where. A file the fast binder
 * cannot vouch for, such as one with a syntax error, is read carefully as a whole.
 */
public final class ReadSession {

    /** Opens a file's bytes again. */
    @FunctionalInterface
    private interface Opener {
        InputStream open() throws IOException;
    }

    /** Finds the first byte of a file that is not UTF-8, to say where it is; null when it cannot be told. */
    @FunctionalInterface
    private interface BadByteFinder {
        Utf8.@Nullable InvalidByte find() throws IOException;
    }

    private final Map<RecordKind, List<Object>> records = new EnumMap<>(RecordKind.class);
    private final Map<RecordKind, Map<String, Span>> spans = new EnumMap<>(RecordKind.class);
    private final List<SourceFile> files = new ArrayList<>();
    private final List<ReadProblem> problems = new ArrayList<>();
    private final SharedValues shared = new SharedValues();
    /** Made on first need: its class sets up Jackson's tree nodes, and with them BigDecimal (a twentieth of a gate). */
    private @Nullable CarefulReader careful;

    /** Starts a read with nothing read. */
    public ReadSession() {
        for (RecordKind kind : RecordKind.values()) {
            records.put(kind, new ArrayList<>());
            spans.put(kind, new SpanTable());
        }
    }

    /**
     * Reads a file.
     *
     * @param file the file
     */
    public void readFile(Path file) {
        String name = file.toString().replace('\\', '/');
        try (InputStream in = Files.newInputStream(file)) {
            if (!Files.isRegularFile(file)) {  // a pipe such as /dev/stdin can be read only once: keep its bytes
                byte[] bytes = in.readAllBytes();
                read(name, new ByteArrayInputStream(bytes), () -> new ByteArrayInputStream(bytes),
                        () -> Utf8.firstInvalid(bytes));
                return;
            }
            read(name, in, () -> Files.newInputStream(file), () -> Utf8.firstInvalid(Files.readAllBytes(file)));
        } catch (NoSuchFileException e) {
            add(Messages.fileNotFound(name));
        } catch (IOException e) {
            add(Messages.cannotReadFile(name, e));
        }
    }

    /**
     * Reads a class-path resource.
     *
     * @param loader the class loader that has it
     * @param name its resource name
     */
    public void readResource(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                add(Messages.resourceNotFound(name));
            } else {
                read(name, in, () -> loader.getResourceAsStream(name), () -> null);
            }
        } catch (IOException e) {
            add(Messages.cannotReadResource(name, e));
        }
    }

    /**
     * Reads a stream to its end, without closing it.
     *
     * @param name the name to report locations with
     * @param json the document
     */
    public void readStream(String name, InputStream json) {
        byte[] bytes;
        try {
            bytes = json.readAllBytes();  // kept, to read a record again
        } catch (IOException e) {
            add(Messages.cannotRead(name, e));
            return;
        }
        read(name, new ByteArrayInputStream(bytes), () -> new ByteArrayInputStream(bytes), () -> null);
    }

    private void read(String name, InputStream in, Opener opener, BadByteFinder badByte) {
        BufferedInputStream bytes = new BufferedInputStream(in);
        try {
            if (Utf8.startsWithUtf16Mark(bytes)) {
                add(Messages.utf16(name));
                return;
            }
        } catch (IOException e) {
            add(Messages.cannotRead(name, e));
            return;
        }
        SourceFile source = new SourceFile(name, () -> Utf8.reader(new BufferedInputStream(opener.open())));
        int index = files.size();
        files.add(source);
        FastBinder.Pass pass = FastBinder.read(bytes, index, shared);
        Throwable failure;
        if (pass == null) {
            failure = careful().readFile(source, index);
        } else {
            commit(source, pass.records());
            failure = pass.failure();
        }
        if (failure != null) {
            failed(name, failure, badByte);
        }
    }

    /** Adds what the fast binder bound; reads again what it rejected, and a record whose id is taken, to say where. */
    private void commit(SourceFile source, List<FastBinder.Bound> bound) {
        try (RecordText text = new RecordText(source)) {
            for (FastBinder.Bound b : bound) {
                if (b.record() == null || claim(b.kind(), b.record(), b.span()) != null) {
                    careful().readRecord(b.kind(), b.span(), text);
                }
            }
        }
    }

    /** Reports a failure to read a file's text, at its first bad byte when it is not UTF-8 and that can be told. */
    private void failed(String name, Throwable failure, BadByteFinder badByte) {
        if (!(failure instanceof CharacterCodingException)) {
            add(Messages.cannotRead(name, failure));
            return;
        }
        Utf8.InvalidByte at;
        try {
            at = badByte.find();
        } catch (IOException e) {
            add(Messages.notUtf8(name));
            add(Messages.cannotReadFile(name, e));
            return;
        }
        add(at == null ? Messages.notUtf8(name) : Messages.notUtf8(name, at));
    }

    void add(ReadProblem problem) {
        problems.add(problem);
    }

    /**
     * Adds a record, unless its id is taken.
     *
     * @return where the id was first defined, or null if the record was added
     */
    @Nullable Span claim(RecordKind kind, Object record, Span span) {
        Span first = spans.get(kind).putIfAbsent(idOf(record), span);
        if (first == null) {
            records.get(kind).add(record);
        }
        return first;
    }

    private CarefulReader careful() {
        if (careful == null) {
            careful = new CarefulReader(this);
        }
        return careful;
    }

    String fileName(Span span) {
        return files.get(span.file()).name();
    }

    /**
     * The records read.
     *
     * @return a catalog of every record read without a problem
     */
    @SuppressWarnings("unchecked")
    public Catalog catalog() {
        return Catalog.of(
                (List<Milestone>) (List<?>) records.get(RecordKind.MILESTONE),
                (List<Person>) (List<?>) records.get(RecordKind.PERSON),
                (List<Organization>) (List<?>) records.get(RecordKind.ORGANIZATION),
                (List<Source>) (List<?>) records.get(RecordKind.SOURCE));
    }

    /**
     * The files read.
     *
     * @return every file, in the order read; a span's file is an index into it
     */
    public List<SourceFile> files() {
        return files;
    }

    /**
     * Where each record is.
     *
     * @return the span of each record, by kind and id
     */
    public Map<RecordKind, Map<String, Span>> spans() {
        return spans;
    }

    /**
     * The problems.
     *
     * @return every problem, in file order and then document order
     */
    public List<ReadProblem> problems() {
        return problems;
    }

    static Optional<RecordKind> kindOf(String arrayName) {
        return Stream.of(RecordKind.values()).filter(k -> k.arrayName().equals(arrayName)).findFirst();
    }

    static String idOf(Object record) {
        if (record instanceof Milestone m) {
            return m.id();
        } else if (record instanceof Person p) {
            return p.id();
        } else if (record instanceof Organization o) {
            return o.id();
        }
        return ((Source) record).id();
    }
}
