package io.github.aimilestones.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimilestones.data.Milestones;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A library never prints to its consumer's streams: Hibernate Validator's version banner included. It is written
 * once per JVM, when the validator factory is first built, so the check runs in a JVM of its own.
 */
final class PrintsNothingTest {

    /** What a consumer does first: validate the embedded dataset. */
    public static void main(String... args) {
        Report report = Validator.create().validate(Milestones.catalog());
        if (report.recordsChecked() == 0) {
            throw new AssertionError("nothing was validated");
        }
    }

    @Test
    void validating_printsNothing_inAFreshJvm() throws Exception {
        // The test's class path and module path together, as a plain class path: what a consumer's build has.
        String classPath = String.join(File.pathSeparator, Stream.of("jdk.module.path", "java.class.path")
                .map(System::getProperty).filter(p -> p != null && !p.isEmpty()).toList());
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-cp", classPath, PrintsNothingTest.class.getName()))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).isEmpty();
    }
}
