package org.mptcplab.app.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;

/** Builds and runs the {@code mptcp-lab} command line against a {@link CliContext}. */
public final class Cli {

    private Cli() {
    }

    /**
     * Runs one invocation and returns its exit code (see {@link ExitCodes}); never throws for user
     * mistakes and never calls {@code System.exit}.
     */
    public static int run(CliContext context, String... args) {
        return commandLine(context).execute(args);
    }

    /** Paths from arguments: an impossible name (e.g. with a NUL) is a usage error, not an exception text. */
    static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("not a valid file name: '" + printable(text) + "'");
        }
    }

    /** The text with control characters shown as {@code \\uXXXX}, so a message stays one readable line. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static CommandLine commandLine(CliContext context) {
        ContextFactory factory = new ContextFactory(context);
        CommandLine cmd = new CommandLine(MptcpLabCommand.class, factory);
        cmd.setOut(context.out());
        cmd.setErr(context.err());
        cmd.registerConverter(Path.class, Cli::path);
        cmd.setParameterExceptionHandler(new UsageErrorHandler());
        cmd.setExecutionExceptionHandler(new ExecutionErrorHandler(context));
        return cmd;
    }
}
