package io.github.aimilestones.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Suggestions for mistyped commands and options. The main command takes catalog files as parameters, so a mistyped
 * command ({@code chek blog.md}) would otherwise be read as a catalog file: a first parameter that is no file and is
 * close to a command's name is a usage error that names the command meant.
 */
final class Suggestions {

    /** The largest distance at which a word is taken for a mistyped command name. */
    private static final int MAX_DISTANCE = 2;

    private Suggestions() {
    }

    /**
     * The usage error for a mistyped command, if the first parameter of the main command is one.
     *
     * @param main the main command
     * @param args the arguments of the command line
     * @return the error line, or empty if the first parameter is a file or not close to any command's name
     */
    static Optional<String> mistypedCommand(CommandLine main, List<String> args) {
        Optional<String> first = firstParameter(args);
        if (first.isEmpty() || exists(first.get())) {
            return Optional.empty();
        }
        String word = first.get();
        return main.getSubcommands().keySet().stream()
                .filter(name -> distance(word, name) <= Math.min(MAX_DISTANCE, (name.length() - 1) / 2))
                .min(Comparator.comparingInt(name -> distance(word, name)))
                .map(name -> "error: unknown command \"" + word + "\": did you mean \"" + name + "\"?");
    }

    /**
     * Handles a parse error as picocli does (the message, then its suggestions or the usage), except that a mistyped
     * command of the main command is named instead, that an unknown option is explained before a missing one, and
     * that an unknown option with no suggestion points to the command's help rather than printing all of it.
     *
     * @param main the main command
     * @param parseError the parse error
     * @param args the arguments of the command line
     * @return the exit code of a usage error
     */
    static int handle(CommandLine main, CommandLine.ParameterException parseError, String[] args) {
        CommandLine command = parseError.getCommandLine();
        // picocli checks the required options before it reports the arguments it did not match: "export -x" would
        // say that --format is missing. The unknown argument is the mistake to explain.
        CommandLine.ParameterException error = parseError instanceof CommandLine.UnmatchedArgumentException
                || command.getUnmatchedArguments().isEmpty() ? parseError
                : new CommandLine.UnmatchedArgumentException(command, command.getUnmatchedArguments());
        PrintWriter err = command.getErr();
        if (command == main) {
            Optional<String> mistyped = mistypedCommand(main, List.of(args));
            if (mistyped.isPresent()) {
                err.println(mistyped.get());
                return CommandLine.ExitCode.USAGE;
            }
        }
        err.println(error.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(error, err)) {
            if (error instanceof CommandLine.UnmatchedArgumentException) {
                err.println("Run " + command.getCommandSpec().qualifiedName() + " --help for "
                        + (command == main ? "the commands and options." : "its options."));
            } else {
                command.usage(err);
            }
        }
        return CommandLine.ExitCode.USAGE;
    }

    /** The first argument that is not an option, nor the value of {@code --out-dir}. */
    private static Optional<String> firstParameter(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--out-dir")) {
                i++;
            } else if (arg.equals("--")) {
                return Optional.empty();
            } else if (!arg.startsWith("-")) {
                return Optional.of(arg);
            }
        }
        return Optional.empty();
    }

    private static boolean exists(String name) {
        try {
            return Files.exists(Path.of(name));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /**
     * The optimal string alignment distance (Damerau-Levenshtein with no substring edited twice): insertions,
     * deletions, substitutions and transpositions of adjacent characters, each counting one.
     *
     * @param a one word
     * @param b another
     * @return the number of edits that turn one into the other
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
