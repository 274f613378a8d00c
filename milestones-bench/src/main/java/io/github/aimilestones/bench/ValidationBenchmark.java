package io.github.aimilestones.bench;

import io.github.aimilestones.validate.Report;
import io.github.aimilestones.validate.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Target 2: full validation of a file (read with positions, constraints, every cross-check, findings located)
 * against Jackson parsing the same file and nothing else, at growing sizes. Validation runs in 2 GB of heap, the
 * target's limit; Jackson's tree of a large file needs more, so its fork gets more.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ValidationBenchmark {

    @Param({"10000", "100000", "1000000"})
    int milestones;

    private Path file;
    private final Validator validator = Validator.create();

    @Setup
    public void generate() throws IOException {
        file = CatalogFiles.file(milestones);
    }

    /** Jackson alone: the file parsed into a tree, as a JSON Schema validator would need it. */
    @Benchmark
    @Fork(value = 1, jvmArgs = {"-Xmx16g"})
    public JsonNode jacksonParseOnly() {
        return JsonMapper.shared().readTree(file);
    }

    /** Jackson's tokenizer alone, the least any reading can cost: every token of the file and nothing kept. */
    @Benchmark
    @Fork(value = 1, jvmArgs = {"-Xmx2g"})
    public long jacksonTokensOnly() throws IOException {
        long tokens = 0;
        try (InputStream in = Files.newInputStream(file); JsonParser parser = JsonMapper.shared().createParser(in)) {
            while (parser.nextToken() != null) {
                tokens++;
            }
        }
        return tokens;
    }

    /** The whole pipeline. */
    @Benchmark
    public Report validate() {
        return validator.validate(file);
    }
}
