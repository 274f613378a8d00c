package io.github.aimilestones.cli;

import io.github.aimilestones.validate.Language;
import io.github.aimilestones.validate.Rule;
import io.github.aimilestones.validate.RuleGuide;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rules}: every rule id, its default severity and what it checks, one line each. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Lists every rule of validate and check: its id, its default severity and what it checks.",
            "Exit code: 0."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  milestones rules",
            "  milestones rules --lang zh",
            "  milestones explain date.person-not-born      # one rule, with an example and the fix"})
final class RulesCommand implements Callable<Integer> {

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", converter = ReportOptions.LanguageConverter.class,
            completionCandidates = Candidates.Languages.class,
            description = "Language of the descriptions: en or zh. Default: ${DEFAULT-VALUE}.")
    private Language lang;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Creates the command; picocli sets its options. */
    RulesCommand() {
    }

    /**
     * Prints the rules, in the order of {@link Rule}: reading, values, dates, names, citations, graph, check.
     *
     * @return 0
     */
    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int width = Arrays.stream(Rule.values()).mapToInt(rule -> rule.id().length()).max().orElse(0);
        for (Rule rule : Rule.values()) {
            out.println(String.format("%-" + width + "s  %-7s  %s", rule.id(), rule.defaultSeverity().label(),
                    RuleGuide.of(rule).description(lang)));
        }
        return CommandLine.ExitCode.OK;
    }
}
