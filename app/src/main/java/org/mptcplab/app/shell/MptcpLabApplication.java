package org.mptcplab.app.shell;

import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.mptcplab.app.AppInfo;
import org.mptcplab.app.files.FxUserDialogs;
import org.mptcplab.app.lesson.LessonWindow;
import org.mptcplab.app.playback.fault.UncaughtErrorHandler;
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
    /** Named parameter carrying the bundled lesson id to open in the lesson player. */
    public static final String LESSON_PARAMETER = "lesson";
    /** Named parameter: {@code true} opens the lesson player in presenter mode. */
    public static final String PRESENTER_PARAMETER = "presenter";
    /** Named parameter carrying two scenario ids, comma-separated, to open in the compare view. */
    public static final String COMPARE_PARAMETER = "compare";
    /** System property that turns on the cold-start probe. */
    public static final String STARTUP_PROBE = "mptcplab.startupProbe";

    private UncaughtErrorHandler errors;

    /** Puts back the thread handlers found at start (tests start and stop the application many times). */
    @Override
    public void stop() {
        if (errors != null) {
            errors.uninstall();
        }
    }

    @Override
    public void start(Stage stage) {
        // First, so that even a failure while building the window ends in a dialog, not a silent stderr trace.
        errors = new UncaughtErrorHandler(new FxUserDialogs(() -> stage), Platform::runLater, System.err);
        errors.installOnCurrentThread();
        Map<String, String> named = getParameters() == null ? Map.of() : getParameters().getNamed();
        String theme = named.getOrDefault(THEME_PARAMETER, Themes.LIGHT);
        ShellViewModel model = new ShellViewModel(AppInfo.version(), Catalog.entries(), theme);
        String scenario = named.get(SCENARIO_PARAMETER);
        if (scenario != null) {
            model.openScenario(scenario);
        }
        // Lesson links open in the browser through the application's host services (see LessonWindow).
        stage.getProperties().put(LessonWindow.SHOW_DOCUMENT_KEY, (Consumer<String>) getHostServices()::showDocument);
        MainWindow window = new MainWindow(stage, model);
        window.show();
        String lesson = named.get(LESSON_PARAMETER);
        if (lesson != null) {
            window.openLesson(lesson, Boolean.parseBoolean(named.get(PRESENTER_PARAMETER)));
        }
        String compare = named.get(COMPARE_PARAMETER);
        if (compare != null && compare.contains(",")) {
            window.openCompare(compare.substring(0, compare.indexOf(',')), compare.substring(compare.indexOf(',') + 1));
        }
        if (Boolean.getBoolean(STARTUP_PROBE)) {
            new StartupProbe().start();
        }
    }
}
