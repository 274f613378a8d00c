package io.github.aimilestones.cli;

import io.github.aimilestones.data.Location;
import io.github.aimilestones.validate.Finding;
import io.github.aimilestones.validate.Language;
import io.github.aimilestones.validate.Rule;
import io.github.aimilestones.validate.RuleGuide;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code explain RULE}: what a rule means, its default severity, an example that fails it with the finding it gives,
 * and how to fix it; in both languages unless {@code --lang} picks one. The example is run, not quoted.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Explains a rule: what it checks, its default severity, an example that fails it (with the"
                + " finding it gives) and how to fix a finding; in English and Chinese, or in --lang.",
            "Exit codes: 0 explained; 2 no rule has that id."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  milestones explain date.person-not-born",
            "  milestones explain --lang zh reference.unresolved",
            "  milestones rules                             # every rule id"})
final class ExplainCommand implements Callable<Integer> {

    /** The largest distance at which an unknown id is taken for a misspelt rule id. */
    private static final int MAX_DISTANCE = 4;

    @Parameters(paramLabel = "RULE", completionCandidates = Candidates.RuleIds.class,
            description = "A rule id, such as date.future; milestones rules lists them.")
    private String rule;

    @Option(names = "--lang", paramLabel = "LANG", converter = ReportOptions.LanguageConverter.class,
            completionCandidates = Candidates.Languages.class,
            description = "Explain in this language only: en or zh. Default: both.")
    private @Nullable Language lang;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Creates the command; picocli sets its options and parameter. */
    ExplainCommand() {
    }

    /**
     * Explains the rule.
     *
     * @return 0, or 2 for an id that names no rule
     */
    @Override
    public Integer call() {
        Rule found = Rule.byId(rule).orElse(null);
        if (found == null) {
            spec.commandLine().getErr().println("error: no rule has the id \"" + rule + "\"" + suggestion(rule));
            return CommandLine.ExitCode.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Language> languages = lang == null ? List.of(Language.EN, Language.ZH) : List.of(lang);
        for (int i = 0; i < languages.size(); i++) {
            if (i > 0) {
                out.println();
            }
            explain(RuleGuide.of(found), languages.get(i), out);
        }
        return CommandLine.ExitCode.OK;
    }

    private static void explain(RuleGuide guide, Language language, PrintWriter out) {
        Rule rule = guide.rule();
        String severity = rule.defaultSeverity().label();
        out.println(rule.id() + ": " + guide.description(language));
        out.println(language.pick("Default severity: " + severity + ". A configuration file's \"rules\" can set it to"
                        + " off, info, warning or error.",
                "默认严重级别：" + severity + "（" + chinese(severity) + "）。配置文件中的 \"rules\" 可以把它设为 off、info、warning 或 error。"));
        out.println();
        out.println(guide.exampleIntroduction(language));
        guide.example().lines().forEach(line -> out.println("  " + line));
        out.println();
        String command = guide.exampleForm() == RuleGuide.Form.TIMELINE ? "check" : "validate";
        out.println(language.pick(command + " reports:", command + " 报告："));
        for (Finding finding : guide.exampleFindings(language)) {
            out.println("  " + finding.severity().label() + ": " + finding.message() + where(finding.location(), language));
        }
        out.println();
        out.println(language.pick("Fix: ", "修改方法：") + guide.fix(language));
        out.println(language.pick("Documentation: ", "文档：") + rule.helpUri());
    }

    private static String chinese(String severity) {
        return switch (severity) {
            case "error" -> "错误";
            case "warning" -> "警告";
            default -> "提示";
        };
    }

    /** Where in the example: a field, or a line of a file or a timeline. */
    private static String where(@Nullable Location location, Language language) {
        if (location == null || location.line() <= 0 && location.pointer().isEmpty()) {
            return "";
        }
        return location.pointer().isEmpty()
                ? language.pick(" (line " + location.line() + ")", "（第 " + location.line() + " 行）")
                : language.pick(" (at " + location.pointer() + ")", "（位于 " + location.pointer() + "）");
    }

    /** ": did you mean ...?" for the closest rule id, or where the ids are listed. */
    private static String suggestion(String id) {
        return Arrays.stream(Rule.values()).map(Rule::id)
                .filter(candidate -> Suggestions.distance(id, candidate) <= Math.min(MAX_DISTANCE, candidate.length() / 3))
                .min(Comparator.comparingInt(candidate -> Suggestions.distance(id, candidate)))
                .map(candidate -> ": did you mean \"" + candidate + "\"?")
                .orElse(": milestones rules lists the rule ids");
    }
}
