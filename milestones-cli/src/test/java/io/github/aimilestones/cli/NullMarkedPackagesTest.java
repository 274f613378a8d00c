package io.github.aimilestones.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every package of the libraries' and the command line's main sources is {@code @NullMarked}: a type is non-null
 * unless it says {@code @Nullable}. A new package without a package-info fails here.
 */
final class NullMarkedPackagesTest {

    private static final List<String> MODULES = List.of(
            "milestones-model", "milestones-data", "milestones-validate", "milestones-export", "milestones-cli");

    @Test
    void everyPackageWithClassesIsNullMarked() throws IOException {
        List<Path> packages = new ArrayList<>();
        List<String> unmarked = new ArrayList<>();
        for (String module : MODULES) {
            Path sources = Path.of("..", module, "src/main/java");
            try (Stream<Path> files = Files.walk(sources)) {
                files.filter(f -> f.toString().endsWith(".java"))
                        .filter(f -> !f.getFileName().toString().equals("module-info.java"))
                        .map(Path::getParent).distinct().forEach(packages::add);
            }
        }
        for (Path dir : packages) {
            Path info = dir.resolve("package-info.java");
            if (!Files.exists(info) || !Files.readString(info, StandardCharsets.UTF_8).contains("@NullMarked")) {
                unmarked.add(dir.toString());
            }
        }

        assertThat(packages).as("packages found").hasSizeGreaterThanOrEqualTo(8);
        assertThat(unmarked).as("packages without @NullMarked in their package-info.java").isEmpty();
    }
}
