package org.mptcplab.app.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mptcplab.app.AppInfo;
import org.mptcplab.assets.Themes;
import org.mptcplab.engine.scenario.Catalog;
import org.mptcplab.lessons.load.LessonLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mptcp-lab gui [--theme NAME] [--lesson ID [--presenter]] [--compare A B] [SCENARIO]}: opens the main
 * window.
 */
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

    @Option(names = "--lesson", paramLabel = "ID",
            description = "Open the lesson player on this bundled lesson (see 'mptcp-lab lesson list').")
    private String lesson;

    @Option(names = "--compare", arity = "2", paramLabel = "ID",
            description = "Open the compare view on two built-in scenarios side by side, e.g. --compare"
                    + " l4lb-mptcp-plain l4lb-mptcp-fixed.")
    private List<String> compare;

    @Option(names = "--presenter", description = "With --lesson: full screen presenter mode (high contrast, large"
            + " type, clicker keys).")
    private boolean presenter;

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
        if (lesson != null && !LessonLoader.BUNDLED.contains(lesson)) {
            throw new UserError("unknown lesson '" + lesson + "'. See '" + AppInfo.COMMAND + " lesson list' for the"
                    + " list.");
        }
        if (presenter && lesson == null) {
            throw new UserError("--presenter needs --lesson ID.");
        }
        for (String id : compare == null ? List.<String>of() : compare) {
            if (Catalog.find(id).isEmpty() || id.startsWith("paper-")) {
                throw new UserError("cannot compare '" + id + "': not a built-in step-through scenario. See '"
                        + AppInfo.COMMAND + " scenarios' for the list.");
            }
        }
        return open(context, new GuiOptions(scenario, theme, lesson, presenter, compare));
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
