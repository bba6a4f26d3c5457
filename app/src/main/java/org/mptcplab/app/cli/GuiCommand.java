package org.mptcplab.app.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.mptcplab.app.AppInfo;
import org.mptcplab.assets.Themes;
import org.mptcplab.engine.scenario.Catalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mptcp-lab gui [--theme NAME] [SCENARIO]}: opens the main window. */
@Command(name = "gui", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Open the GUI, optionally on a built-in scenario.")
final class GuiCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(arity = "0..1", paramLabel = "SCENARIO",
            description = "Built-in scenario id to select (see 'mptcp-lab scenarios').")
    private String scenario;

    @Option(names = "--theme", paramLabel = "NAME", defaultValue = Themes.LIGHT,
            description = "Colour theme: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = ThemeNames.class)
    private String theme;

    GuiCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (scenario != null && Catalog.find(scenario).isEmpty()) {
            throw new UserError("unknown scenario '" + scenario + "'. See '" + AppInfo.COMMAND
                    + " scenarios' for the list.");
        }
        if (!Themes.names().contains(theme)) {
            throw new UserError("unknown theme '" + theme + "'; choose one of " + String.join(", ", Themes.names())
                    + ".");
        }
        return open(context, new GuiOptions(scenario, theme));
    }

    /** Shared with the root command, which opens the GUI when given no subcommand. */
    static int open(CliContext context, GuiOptions options) {
        Optional<String> missing = context.display().missingDisplayReason();
        if (missing.isPresent()) {
            return cannotOpen(context, missing.get());
        }
        try {
            context.gui().launch(options);
            return ExitCodes.OK;
        } catch (GuiUnavailableException e) {
            return cannotOpen(context, e.getMessage());
        }
    }

    private static int cannotOpen(CliContext context, String reason) {
        context.err().println(AppInfo.COMMAND + ": cannot open the GUI: " + reason
                + ". Use a desktop session, xvfb-run, or the command line: " + AppInfo.COMMAND + " --help");
        context.err().flush();
        return ExitCodes.NO_DISPLAY;
    }
}
