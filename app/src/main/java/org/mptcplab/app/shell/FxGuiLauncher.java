package org.mptcplab.app.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javafx.application.Application;
import org.mptcplab.app.cli.GuiLauncher;
import org.mptcplab.app.cli.GuiOptions;
import org.mptcplab.app.cli.GuiUnavailableException;

/**
 * Starts the JavaFX shell for the command line and blocks until the window is closed. A toolkit
 * that cannot start (display set but unusable, native libraries missing) becomes a
 * {@link GuiUnavailableException}, so the user sees one line instead of a JavaFX stack trace.
 */
public final class FxGuiLauncher implements GuiLauncher {

    /**
     * The shaded jar puts JavaFX on the class path, which JavaFX reports at every start as an
     * "Unsupported JavaFX configuration" warning (see docs/decisions/0001). Only that record is
     * dropped; CSS and other warnings still show. The field keeps the logger strongly reachable,
     * otherwise java.util.logging may forget the filter.
     */
    private final Logger javafxLogger = Logger.getLogger("javafx");

    @Override
    public void launch(GuiOptions options) throws GuiUnavailableException {
        List<String> args = new ArrayList<>();
        args.add("--" + MptcpLabApplication.THEME_PARAMETER + "=" + options.theme());
        options.scenario().ifPresent(id -> args.add("--" + MptcpLabApplication.SCENARIO_PARAMETER + "=" + id));
        options.lesson().ifPresent(id -> args.add("--" + MptcpLabApplication.LESSON_PARAMETER + "=" + id));
        if (!options.compare().isEmpty()) {
            args.add("--" + MptcpLabApplication.COMPARE_PARAMETER + "=" + String.join(",", options.compare()));
        }
        if (options.presenter()) {
            args.add("--" + MptcpLabApplication.PRESENTER_PARAMETER + "=true");
        }
        javafxLogger.setFilter(r -> r.getMessage() == null
                || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
        try {
            Application.launch(MptcpLabApplication.class, args.toArray(String[]::new));
        } catch (RuntimeException | LinkageError e) {
            Optional<String> reason = ToolkitFailure.reason(e);
            if (reason.isPresent()) {
                throw new GuiUnavailableException(reason.get(), e);
            }
            throw e;
        }
    }
}
