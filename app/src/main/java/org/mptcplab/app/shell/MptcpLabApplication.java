package org.mptcplab.app.shell;

import java.util.Map;
import javafx.application.Application;
import javafx.stage.Stage;
import org.mptcplab.app.AppInfo;
import org.mptcplab.assets.Themes;
import org.mptcplab.engine.scenario.Catalog;

/**
 * The JavaFX application. Started by {@link FxGuiLauncher}, never as the jar's main class (see
 * {@link org.mptcplab.app.Main}). Accepts {@code --scenario=ID} to preselect a built-in scenario and
 * {@code --theme=NAME} to pick a theme; both are checked by the command line beforehand.
 *
 * <p>With the system property {@value #STARTUP_PROBE} set, the first animation frame prints the time
 * since the JVM started and the wall-clock time of that frame, then quits: that is how cold start to
 * first frame is measured (README, issue G5).
 */
public final class MptcpLabApplication extends Application {

    /** Named parameter carrying the scenario id given on the command line. */
    public static final String SCENARIO_PARAMETER = "scenario";
    /** Named parameter carrying the theme name. */
    public static final String THEME_PARAMETER = "theme";
    /** System property that turns on the cold-start probe. */
    public static final String STARTUP_PROBE = "mptcplab.startupProbe";

    @Override
    public void start(Stage stage) {
        Map<String, String> named = getParameters() == null ? Map.of() : getParameters().getNamed();
        String theme = named.getOrDefault(THEME_PARAMETER, Themes.LIGHT);
        ShellViewModel model = new ShellViewModel(AppInfo.version(), Catalog.entries(), theme);
        String scenario = named.get(SCENARIO_PARAMETER);
        if (scenario != null) {
            model.openScenario(scenario);
        }
        new MainWindow(stage, model).show();
        if (Boolean.getBoolean(STARTUP_PROBE)) {
            new StartupProbe().start();
        }
    }
}
