package io.github.aimilestones.maven;

import io.github.aimilestones.validate.ConfigFile;
import io.github.aimilestones.validate.Language;
import io.github.aimilestones.validate.Finding;
import io.github.aimilestones.validate.Report;
import io.github.aimilestones.validate.ReportFormat;
import io.github.aimilestones.validate.Severity;
import io.github.aimilestones.validate.ValidationConfig;
import io.github.aimilestones.validate.Validator;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.codehaus.plexus.util.DirectoryScanner;
import org.jspecify.annotations.Nullable;

/**
 * Validates catalog files, as the {@code validate} command does, and fails the build when a finding reaches
 * {@code failOn}. Every finding goes to the build log at its level; the reports go to {@code outputDirectory}.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>io.github.aimilestones</groupId>
 *   <artifactId>milestones-maven-plugin</artifactId>
 *   <executions>
 *     <execution>
 *       <goals><goal>validate</goal></goals>
 *     </execution>
 *   </executions>
 * </plugin>
 * }</pre>
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class ValidateMojo extends AbstractMojo {

    /** The catalog files, if they are listed one by one; otherwise those of {@code directory} are read. */
    @Parameter
    private List<File> files = List.of();

    /** The folder that holds the catalog files. */
    @Parameter(property = "milestones.directory", defaultValue = "${project.basedir}/src/main/milestones")
    private File directory;

    /** Which files of {@code directory} are catalogs, as Ant patterns. */
    @Parameter
    private String[] includes = {"**/*.json"};

    /** Which files of {@code directory} are not: by default the JSON Schema, if it is kept beside the data. */
    @Parameter
    private String[] excludes = {"**/*.schema.json"};

    /** The lowest severity that fails the build: {@code error}, {@code warning} or {@code info}. */
    @Parameter(property = "milestones.failOn", defaultValue = "error")
    private String failOn;

    /** A configuration file: severities, rules switched off, the start of the era (docs/validation.md). */
    @Parameter(property = "milestones.config")
    private @Nullable File config;

    /** The language of the findings' messages, {@code en} or {@code zh}; by default the configuration file's, or English. */
    @Parameter(property = "milestones.lang")
    private @Nullable String lang;

    /** The reports to write: {@code text}, {@code json}, {@code sarif}, {@code github}, {@code gitlab} and {@code junit}. */
    @Parameter
    private List<String> formats = List.of("text", "sarif");

    /** Where the reports go, as {@code validation.txt}, {@code validation.json}, {@code validation.sarif}... */
    @Parameter(defaultValue = "${project.build.directory}/milestones")
    private File outputDirectory;

    /** Skips the check. */
    @Parameter(property = "milestones.skip", defaultValue = "false")
    private boolean skip;

    /** Made by Maven, which sets the parameters. */
    public ValidateMojo() {
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("milestones:validate skipped");
            return;
        }
        Severity threshold = severity(failOn);
        List<ReportFormat> reportFormats = formats();
        List<Path> catalogs = catalogs();
        if (catalogs.isEmpty()) {
            getLog().warn("no catalog files in " + directory + " (includes " + Arrays.toString(includes)
                    + ", excludes " + Arrays.toString(excludes) + "): nothing to validate");
            return;
        }
        Report report = Validator.create(configuration(), Clock.systemDefaultZone()).validate(catalogs.toArray(Path[]::new));
        for (Finding finding : report.findings()) {
            switch (finding.severity()) {
                case ERROR -> getLog().error(finding.toString());
                case WARNING -> getLog().warn(finding.toString());
                case INFO -> getLog().info(finding.toString());
            }
        }
        write(report, reportFormats);
        getLog().info(catalogs.size() + " files, " + report.summary());
        if (report.hasAtLeast(threshold)) {
            throw new MojoFailureException("the catalog has findings at or above " + threshold.label()
                    + ": see the log above or " + outputDirectory);
        }
    }

    private List<Path> catalogs() {
        if (!files.isEmpty()) {
            return files.stream().map(File::toPath).toList();
        }
        if (!directory.isDirectory()) {
            return List.of();
        }
        DirectoryScanner scanner = new DirectoryScanner();
        scanner.setBasedir(directory);
        scanner.setIncludes(includes);
        scanner.setExcludes(excludes);
        scanner.scan();
        List<Path> found = new ArrayList<>();
        for (String name : scanner.getIncludedFiles()) {
            found.add(directory.toPath().resolve(name));
        }
        found.sort(null);
        return found;
    }

    private ValidationConfig configuration() throws MojoExecutionException {
        ValidationConfig configuration = configurationFile();
        if (lang == null) {
            return configuration;
        }
        String tag = lang;
        return configuration.withLanguage(Language.ofTag(tag).orElseThrow(() -> new MojoExecutionException(
                "unknown language \"" + tag + "\" in <lang>: use en or zh")));
    }

    private ValidationConfig configurationFile() throws MojoExecutionException {
        if (config == null) {
            return ValidationConfig.defaults();
        }
        try {
            return ConfigFile.read(config.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read the configuration " + config + ": " + e);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage());
        }
    }

    private void write(Report report, List<ReportFormat> reportFormats) throws MojoExecutionException {
        for (ReportFormat format : reportFormats) {
            Path file = outputDirectory.toPath().resolve("validation." + extension(format));
            try {
                Files.createDirectories(file.getParent());
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    format.write(report, out);
                }
            } catch (IOException e) {
                throw new MojoExecutionException("cannot write " + file + ": " + e);
            }
        }
    }

    private static String extension(ReportFormat format) {
        return switch (format) {
            case TEXT -> "txt";
            case GITHUB -> "github.txt";
            case JSON -> "json";
            case SARIF -> "sarif";
            case GITLAB -> "gitlab.json";
            case JUNIT -> "junit.xml";
        };
    }

    private static Severity severity(String label) throws MojoExecutionException {
        try {
            return Severity.of(label);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("failOn: " + e.getMessage());
        }
    }

    private List<ReportFormat> formats() throws MojoExecutionException {
        List<ReportFormat> result = new ArrayList<>();
        for (String name : formats) {
            try {
                result.add(ReportFormat.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("formats: unknown format \"" + name + "\": use text, json, sarif, github, gitlab or junit");
            }
        }
        return result;
    }
}
