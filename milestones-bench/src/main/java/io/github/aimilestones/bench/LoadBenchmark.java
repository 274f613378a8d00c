package io.github.aimilestones.bench;

import io.github.aimilestones.data.Milestones;
import io.github.aimilestones.data.ReadResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** Target 5: reading the whole embedded catalog with positions (run with -prof gc for the allocation). */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class LoadBenchmark {

    @Benchmark
    public ReadResult embeddedCatalog() {
        return Milestones.read();
    }
}
