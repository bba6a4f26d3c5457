package org.mptcplab.app.hardening;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.mptcplab.app.cli.Cli;
import org.mptcplab.app.cli.CliContext;

/**
 * Runs {@code mptcp-lab} in this JVM with captured streams, no display and a GUI launcher that only
 * records that it was asked, so a corpus entry can never open a window.
 */
final class InProcessCli {
    /** Marks of a Java stack trace or exception name leaking to the user. */
    static final List<String> LEAKS = List.of("Exception", "\tat ", "Caused by", "    at ");

    /** Outcome of one invocation. */
    record Result(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }

        String both() {
            return out + err;
        }
    }

    private InProcessCli() {
    }

    static Result run(Path logDir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(new PrintWriter(out, true), new PrintWriter(err, true),
                () -> Optional.of("no display in tests"), options -> { }, logDir);
        int code = Cli.run(context, args);
        return new Result(code, out.toString(), err.toString());
    }
}
