package org.mptcplab.app.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a mistake on the command line as one line on stderr, with a suggestion when picocli has
 * one and a pointer to the right {@code --help}; never a stack trace or the full usage text.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(describe(ex));
        err.flush();
        return ExitCodes.USAGE;
    }

    static String describe(ParameterException ex) {
        String qualifiedName = ex.getCommandLine().getCommandSpec().qualifiedName();
        StringBuilder line = new StringBuilder(rootName(qualifiedName)).append(": ").append(sentence(ex.getMessage()));
        if (ex instanceof UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                line.append(" Did you mean: ").append(String.join(", ", suggestions)).append('?');
            }
        }
        return line.append(" See '").append(qualifiedName).append(" --help'.").toString();
    }

    private static String rootName(String qualifiedName) {
        int space = qualifiedName.indexOf(' ');
        return space < 0 ? qualifiedName : qualifiedName.substring(0, space);
    }

    /** Picocli's message on one line, starting lower-case and ending with a full stop. */
    private static String sentence(String message) {
        String text = message == null || message.isBlank() ? "invalid command line" : message.strip();
        text = text.replaceAll("\\s*\\R\\s*", " ");
        // Lower-case "Unknown option" but leave acronyms such as "URL" alone.
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
            text = Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text.endsWith(".") || text.endsWith("?") || text.endsWith("!") ? text : text + ".";
    }
}
