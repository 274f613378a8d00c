package io.github.aimilestones.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command loads only what it uses (docs/performance.md, "Start-up"): the classes a process loads, as the JVM logs
 * them, for the gate's usual command line and for an export. Each class left out was a measured share of a short run.
 */
final class LazyLoadingProcessTest {

    @TempDir
    Path dir;

    /** The names of the classes a run of the command line loads, its output written to a file (not a terminal). */
    private List<String> classesLoadedBy(String... args) throws Exception {
        Path log = dir.resolve("classes.log");
        String classPath = Stream.of("jdk.module.path", "java.class.path").map(System::getProperty)
                .filter(p -> p != null && !p.isEmpty()).collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log + ":none", "-cp", classPath, Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("err.txt"))).isZero();
        // Lines such as "java.lang.Object source: shared objects file".
        return Files.readAllLines(log).stream().map(line -> line.split(" ", 2)[0]).toList();
    }

    /** The classes of a run whose names start with one of the prefixes. */
    private static List<String> startingWith(List<String> loaded, String... prefixes) {
        return loaded.stream().filter(name -> Stream.of(prefixes).anyMatch(name::startsWith)).toList();
    }

    @Test
    void validate_ofFilesOnly_loadsNeitherPicocliNorDatabindNorTheExporters() throws Exception {
        List<String> loaded = classesLoadedBy("validate");

        assertThat(loaded).contains("io.github.aimilestones.validate.Validator");
        // A few of databind's types are loaded to verify the classes that name them; its mapper and trees are not.
        assertThat(startingWith(loaded, "picocli.", "tools.jackson.databind.ObjectMapper",
                "tools.jackson.databind.node.", "io.github.aimilestones.data.internal.CarefulReader", "io.github.aimilestones.export.", "org.commonmark.",
                "tools.jackson.dataformat.csv.", "org.hibernate.validator.internal.constraintvalidators.bv.Pattern"))
                .isEmpty();
    }

    @Test
    void export_loadsNoHibernateValidator() throws Exception {
        List<String> loaded = classesLoadedBy("export", "--format", "json", "-o", dir.resolve("m.json").toString());

        assertThat(loaded).contains("io.github.aimilestones.export.Exporter");
        assertThat(startingWith(loaded, "org.hibernate.validator.")).isEmpty();
    }
}
