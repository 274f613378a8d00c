package io.github.aimilestones.cli;

import io.github.aimilestones.data.Milestones;
import io.github.aimilestones.validate.ReportFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code schema}: prints the JSON Schema of the catalog format, or of the JSON report, for editors and other tools. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
            "Prints the JSON Schema (draft 2020-12) of the catalog format, so that an editor completes and checks"
                    + " catalog files as you type (docs/format.md shows VS Code and IntelliJ), or with --report the"
                    + " schema of the JSON report of validate and check.",
            "Its $id is the schema's published address; keep a copy outside the folder of catalog files, or name it"
                    + " *.schema.json: validate never reads a JSON Schema as a catalog."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  milestones schema > schema/milestones.schema.json",
            "  milestones schema --report > report.schema.json"})
final class SchemaCommand implements Callable<Integer> {

    @Option(names = "--report", description = "The schema of the JSON report (--format json) instead of the catalog's.")
    private boolean report;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Creates the command; picocli sets its options from the arguments. */
    SchemaCommand() {
    }

    /**
     * Prints the schema.
     *
     * @return 0
     * @throws IOException if the schema cannot be read from the jar, which is a broken build
     */
    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        out.print(report ? ReportFormat.jsonSchema() : catalogSchema());
        out.flush();
        return 0;
    }

    /** The catalog format's schema, from the data jar. */
    static String catalogSchema() throws IOException {
        try (InputStream in = Objects.requireNonNull(Milestones.class.getClassLoader()
                .getResourceAsStream(Milestones.SCHEMA_RESOURCE), Milestones.SCHEMA_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
