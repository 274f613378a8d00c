package io.github.aimilestones.bench;

import io.github.aimilestones.validate.internal.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Target 3: near-duplicate names among 100,000 distinct person names and 1,000 planted typos, with blocking (the
 * validator's way) and, on a sample, by comparing all pairs. {@link NearDuplicates} checks recall and prints the ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class NearDuplicateBenchmark {

    static final int NAMES = 100_000;
    static final int TYPOS = 1_000;
    /** All pairs of 100,000 names is five billion comparisons; a sample of queries against all names is timed instead. */
    static final int SAMPLE = 500;

    List<Names.Entry> entries;

    @Setup
    public void generate() {
        entries = entries();
    }

    static List<Names.Entry> entries() {
        Random random = new Random(7);
        List<Names.Entry> entries = new ArrayList<>(NAMES + TYPOS);
        for (int i = 0; i < NAMES; i++) {
            entries.add(Names.Entry.of("person-" + i, SyntheticCatalogs.latinName(i)));
        }
        for (int t = 0; t < TYPOS; t++) {
            int i = (int) ((long) t * NAMES / TYPOS);
            entries.add(Names.Entry.of("typo-of-" + i, SyntheticCatalogs.typo(SyntheticCatalogs.latinName(i), random)));
        }
        return entries;
    }

    /** The validator's blocked comparison over all 101,000 names. */
    @Benchmark
    public List<Names.Match> blocked() {
        return Names.matches(entries);
    }

    /** {@value #SAMPLE} names compared with every other name: scale by (N/2)/SAMPLE for all pairs. */
    @Benchmark
    public int allPairsSample() {
        int close = 0;
        for (int q = 0; q < SAMPLE; q++) {
            Names.Entry query = entries.get(NAMES + q % TYPOS);
            for (Names.Entry other : entries) {
                if (other != query && (other.key().equals(query.key()) || Names.isClose(other.key(), query.key()))) {
                    close++;
                }
            }
        }
        return close;
    }
}
