package org.mptcplab.app.cli;

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

    private static CommandLine commandLine(CliContext context) {
        ContextFactory factory = new ContextFactory(context);
        CommandLine cmd = new CommandLine(MptcpLabCommand.class, factory);
        cmd.setOut(context.out());
        cmd.setErr(context.err());
        cmd.setParameterExceptionHandler(new UsageErrorHandler());
        cmd.setExecutionExceptionHandler(new ExecutionErrorHandler(context));
        return cmd;
    }
}
