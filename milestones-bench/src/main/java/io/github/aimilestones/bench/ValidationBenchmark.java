package io.github.aimilestones.bench;

import io.github.aimilestones.data.CatalogReader;
import io.github.aimilestones.validate.Report;
import io.github.aimilestones.validate.Validator;
import java.io.ByteArrayInputStream;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Target 2: full validation (read with positions, constraints, every cross-check) against Jackson parsing the same
 * file into a tree and nothing else, at growing sizes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ValidationBenchmark {

    @Param({"10000", "100000", "1000000"})
    int milestones;

    private byte[] json;
    private final Validator validator = Validator.create();

    @Setup
    public void generate() {
        json = CatalogFiles.json(milestones);
    }

    /** Jackson alone: the file parsed into a tree. */
    @Benchmark
    public JsonNode jacksonParseOnly() {
        return JsonMapper.shared().readTree(json);
    }

    /** The whole pipeline. */
    @Benchmark
    public Report validate() {
        return validator.validate(CatalogReader.create().read("synthetic.json", new ByteArrayInputStream(json)));
    }
}
