package io.github.aimilestones.bench;

import io.github.aimilestones.data.Milestones;
import io.github.aimilestones.validate.Report;
import io.github.aimilestones.validate.TimelineCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code check} of a timeline file as the command line runs it (the embedded dataset as the reference, messages in
 * the document's language), on prose, a Markdown table and a bullet list made from the dataset's names and dates
 * ({@link CheckDocuments}), at 1 MB and 10 MB: the time per MB of each shape, and whether it stays the same at ten
 * times the size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class CheckBenchmark {

    @Param({"PROSE", "TABLE", "LIST"})
    CheckDocuments.Shape shape;

    /** The document's size in MB (10^6 bytes of UTF-8), under the 10 MiB that check reads. */
    @Param({"1", "10"})
    int megabytes;

    private final TimelineCheck check = TimelineCheck.against(Milestones.catalog()).inDocumentLanguage(true);
    private Path file;

    @Setup(Level.Trial)
    public void write() throws IOException {
        String document = CheckDocuments.generate(Milestones.catalog(), shape, megabytes * 1_000_000);
        file = Files.createTempFile("timeline-", shape == CheckDocuments.Shape.TABLE ? ".md" : ".txt");
        Files.writeString(file, document, StandardCharsets.UTF_8);
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    /** The whole check: the file read and decoded, its timeline found, every claim checked, the report sorted. */
    @Benchmark
    public Report check() {
        return check.check(file);
    }
}
