package org.mptcplab.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mptcplab.app.AppInfo;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions thrown by commands into exit codes: a {@link UserError} becomes its one-line
 * message; anything else is a bug, reported as one line while the stack trace goes to a log file.
 */
final class ExecutionErrorHandler implements CommandLine.IExecutionExceptionHandler {

    private final CliContext context;

    ExecutionErrorHandler(CliContext context) {
        this.context = context;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = context.err();
        if (ex instanceof UserError user) {
            err.println(AppInfo.COMMAND + ": " + user.getMessage());
            err.flush();
            return user.exitCode();
        }
        err.println(AppInfo.COMMAND + ": internal error: " + summary(ex) + " (" + writeLog(ex) + ")");
        err.flush();
        return ExitCodes.INTERNAL;
    }

    private static String summary(Throwable ex) {
        String message = ex.getMessage();
        String text = ex.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        return text.replaceAll("\\s*\\R\\s*", " ");
    }

    private String writeLog(Throwable ex) {
        StringWriter trace = new StringWriter();
        try (PrintWriter out = new PrintWriter(trace)) {
            out.println(AppInfo.COMMAND + " " + AppInfo.version() + ", Java " + System.getProperty("java.version"));
            ex.printStackTrace(out);
        }
        try {
            Files.createDirectories(context.logDir());
            Path log = Files.createTempFile(context.logDir(), AppInfo.COMMAND + "-error-", ".log");
            Files.writeString(log, trace.toString(), StandardCharsets.UTF_8);
            return "details written to " + log;
        } catch (IOException | RuntimeException e) {
            // Never let the report of one failure be masked by a second one.
            return "could not write a log: " + e.getMessage();
        }
    }
}
