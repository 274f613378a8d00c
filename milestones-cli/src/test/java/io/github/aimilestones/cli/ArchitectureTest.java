package io.github.aimilestones.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The module boundaries of docs/architecture.md, checked on the compiled classes of every module (the bytecode,
 * so a fully qualified name counts as much as an import): libraries depend downwards only, no library knows
 * picocli or the command line, export does not know validate, and nothing reaches into another module's
 * {@code internal} package.
 */
final class ArchitectureTest {

    private static final String ROOT = "io.github.aimilestones";
    /** Each module's folder, milestones-NAME, and its package, io.github.aimilestones.PACKAGE. */
    private static final Map<String, String> MODULES = new LinkedHashMap<>();

    static {
        for (String module : List.of("model", "data", "validate", "export", "cli")) {
            MODULES.put(module, module);
        }
        // Built before this module (see the parent POM's module order), so that its classes are here to check.
        MODULES.put("maven-plugin", "maven");
    }

    private static JavaClasses classes;

    @BeforeAll
    static void importEveryModule() {
        // The compiled main classes of each module; in a reactor build they exist before this module's tests run.
        Path[] outputs = MODULES.keySet().stream().map(m -> Path.of("..", "milestones-" + m, "target", "classes"))
                .toArray(Path[]::new);
        for (Path output : outputs) {
            if (!Files.isDirectory(output)) {
                throw new IllegalStateException(output + " is missing: build the whole project (mvn verify) first");
            }
        }
        classes = new ClassFileImporter().importPaths(outputs);
    }

    private static String pkg(String module) {
        return ROOT + "." + module + "..";
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }

    @Test
    void everyModuleIsImported() {
        MODULES.forEach((module, pkg) -> assertThat(classes.stream().filter(c -> c.getPackageName().startsWith(ROOT + "." + pkg)))
                .as("classes of milestones-%s", module).isNotEmpty());
    }

    @Test
    void noLibraryKnowsPicocliOrTheCommandLine() {
        check(noClasses().that().resideInAnyPackage(pkg("model"), pkg("data"), pkg("validate"), pkg("export"), pkg("maven"))
                .should().dependOnClassesThat().resideInAnyPackage("picocli..", pkg("cli")));
    }

    @Test
    void onlyThePluginKnowsMaven() {
        check(noClasses().that().resideOutsideOfPackage(pkg("maven"))
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", pkg("maven")));
    }

    @Test
    void librariesDependDownwardsOnly() {
        check(noClasses().that().resideInAPackage(pkg("model"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("data"), pkg("validate"), pkg("export")));
        check(noClasses().that().resideInAPackage(pkg("data"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("validate"), pkg("export")));
        check(noClasses().that().resideInAPackage(pkg("validate"))
                .should().dependOnClassesThat().resideInAPackage(pkg("export")));
        check(noClasses().that().resideInAPackage(pkg("export"))
                .should().dependOnClassesThat().resideInAPackage(pkg("validate")));
    }

    @Test
    void theModelNeedsNoParserAndNoValidatorImplementation() {
        check(noClasses().that().resideInAPackage(pkg("model"))
                .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "org.hibernate..", "java.nio.file.."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"model", "data", "validate", "export", "cli", "maven"})
    void nothingOutsideAModuleReachesIntoItsInternalPackage(String module) {
        String internal = ROOT + "." + module + ".internal..";
        check(noClasses().that().resideOutsideOfPackage(pkg(module))
                .should().dependOnClassesThat().resideInAPackage(internal).allowEmptyShould(true));
    }

    @Test
    void sourceTreesHaveNoOtherModules() throws Exception {
        // A new module must be added to MODULES above (and to docs/architecture.md), or its boundaries go unchecked.
        try (Stream<Path> children = Files.list(Path.of(".."))) {
            List<String> libraries = children.map(p -> p.getFileName().toString())
                    .filter(name -> name.startsWith("milestones-") && Files.isDirectory(Path.of("..", name, "src", "main", "java", "io")))
                    .map(name -> name.substring("milestones-".length()))
                    .filter(name -> !name.equals("bench"))
                    .sorted().toList();
            assertThat(libraries).containsExactlyInAnyOrderElementsOf(MODULES.keySet());
        }
    }
}
