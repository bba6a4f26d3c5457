package org.mptcplab.app;

import org.mptcplab.app.cli.Cli;
import org.mptcplab.app.cli.CliContext;
import org.mptcplab.app.shell.FxGuiLauncher;

/**
 * The jar's entry point. Deliberately not a JavaFX {@code Application}: the shaded jar then runs
 * with plain {@code java -jar} (JavaFX on the class path), and headless commands never start the
 * toolkit.
 */
public final class Main {

    private Main() {
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        int code = Cli.run(CliContext.system(new FxGuiLauncher()), args);
        System.exit(code);
    }
}
