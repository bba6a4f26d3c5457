package org.mptcplab.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs the real command line in-process with captured streams, a chosen display and a recording GUI. */
final class CliHarness {

    /** Outcome of one invocation. */
    record Result(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }

        List<String> outLines() {
            return out.lines().toList();
        }
    }

    final List<GuiOptions> launches = new ArrayList<>();
    private DisplayProbe display = Optional::empty;
    private GuiLauncher gui = launches::add;
    private final Path logDir;

    CliHarness(Path logDir) {
        this.logDir = logDir;
    }

    CliHarness withoutDisplay() {
        display = () -> Optional.of(EnvironmentDisplayProbe.NO_DISPLAY);
        return this;
    }

    CliHarness withGui(GuiLauncher launcher) {
        gui = launcher;
        return this;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(new PrintWriter(out, true), new PrintWriter(err, true), display, gui, logDir);
        int code = Cli.run(context, args);
        return new Result(code, out.toString(), err.toString());
    }
}
