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
 * What a consumer who depends on milestones-validate alone sees, in a JVM of its own with the test's class path:
 * the library never prints to its streams (Hibernate Validator's version banner is written once per JVM, when the
 * validator factory is first built), and the timeline check, without its optional dependencies, says which to add.
 */
final class ConsumerJvmTest {

    /** What a consumer does first: validate the embedded dataset; with an argument, start a timeline check. */
    public static void main(String... args) {
        if (args.length > 0) {
            TimelineCheck.against(Milestones.catalog());
            return;
        }
        Report report = Validator.create().validate(Milestones.catalog());
        if (report.recordsChecked() == 0) {
            throw new AssertionError("nothing was validated");
        }
    }

    @Test
    void validating_printsNothing_inAFreshJvm() throws Exception {
        Run run = run(classPath().toList());

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).isEmpty();
    }

    @Test
    void timelineCheck_withoutCommonmark_saysWhichArtifactToAdd() throws Exception {
        Run run = run(classPath().filter(entry -> !entry.contains("commonmark")).toList(), "check");

        assertThat(run.exit()).isNotZero();
        assertThat(run.output()).contains("IllegalStateException: the timeline check needs"
                + " org.commonmark:commonmark-ext-gfm-tables on the class path");
    }

    /** The test's class path and module path together, as a plain class path: what a consumer's build has. */
    private static Stream<String> classPath() {
        return Stream.of("jdk.module.path", "java.class.path").map(System::getProperty)
                .filter(p -> p != null && !p.isEmpty()).flatMap(p -> Stream.of(p.split(File.pathSeparator)));
    }

    private record Run(int exit, String output) {
    }

    private static Run run(List<String> classPath, String... args) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-cp",
                String.join(File.pathSeparator, classPath), ConsumerJvmTest.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }
}
