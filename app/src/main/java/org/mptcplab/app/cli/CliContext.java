package org.mptcplab.app.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything a command may touch outside its arguments. Tests pass writers they capture, a fake
 * display probe and a recording launcher; {@link #system} wires the real process.
 *
 * @param out     standard output (results)
 * @param err     standard error (diagnostics, one line per problem)
 * @param display whether a GUI can be opened
 * @param gui     opens the GUI
 * @param logDir  where internal-error logs with stack traces are written
 */
public record CliContext(PrintWriter out, PrintWriter err, DisplayProbe display, GuiLauncher gui, Path logDir) {

    /** Rejects missing collaborators early, not at first use. */
    public CliContext {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(gui, "gui");
        Objects.requireNonNull(logDir, "logDir");
    }

    /** The real process: console streams, environment probe, temporary directory for logs. */
    public static CliContext system(GuiLauncher gui) {
        Charset charset = Charset.defaultCharset();
        return new CliContext(
                new PrintWriter(System.out, true, charset),
                new PrintWriter(System.err, true, charset),
                EnvironmentDisplayProbe.system(),
                gui,
                Path.of(System.getProperty("java.io.tmpdir")));
    }
}
