package io.github.aimilestones.bench;

import io.github.aimilestones.export.ExportFormat;
import io.github.aimilestones.export.ExportOptions;
import io.github.aimilestones.model.Catalog;
import java.io.IOException;
import java.io.Writer;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Target 4: each format's export time at 10,000 and 100,000 milestones, written to a counting sink. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ExportBenchmark {

    @Param({"10000", "100000"})
    int milestones;

    @Param({"JSON", "TIMELINE_JSON", "CSV", "MARKDOWN", "MERMAID", "TIMELINEJS", "HTML"})
    ExportFormat format;

    private Catalog catalog;

    @Setup
    public void generate() {
        catalog = SyntheticCatalogs.generate(milestones, 42, EnumSet.noneOf(SyntheticCatalogs.Error.class));
    }

    @Benchmark
    public long export() throws IOException {
        Counting out = new Counting();
        format.exporter().export(catalog, ExportOptions.defaults(), out);
        return out.chars;
    }

    /** Counts what is written and keeps nothing, so that the benchmark measures the exporter. */
    static final class Counting extends Writer {
        long chars;

        @Override
        public void write(char[] buffer, int offset, int length) {
            chars += length;
        }

        @Override
        public void write(String text, int offset, int length) {
            chars += length;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
