package org.mptcplab.app.playback;

import java.io.File;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.mptcplab.app.compare.ComparePair;
import org.mptcplab.app.compare.CompareWindow;
import org.mptcplab.app.export.gui.CapturePoint;
import org.mptcplab.app.export.gui.CompareExport;
import org.mptcplab.app.export.gui.ExportDialogModel;
import org.mptcplab.app.export.gui.ExportGui;
import org.mptcplab.app.export.gui.ExportPrompts;
import org.mptcplab.app.export.gui.ExportThreads;
import org.mptcplab.app.files.FileChooserPort;
import org.mptcplab.app.files.FxUserDialogs;
import org.mptcplab.app.playback.fault.UncaughtErrorHandler;
import org.mptcplab.app.shell.RunView;
import org.mptcplab.app.shell.ScreenshotTool;
import org.mptcplab.assets.Themes;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.sim.Watchdog;
import org.mptcplab.lessons.scenario.ScenarioLoader;

/**
 * On-demand tool (not a test): screenshots of a run stopped by a bug (details expanded), a run stopped
 * by the watchdog, and the compare window's toolbar with its export button. Run under Xvfb:
 *
 * <pre>xvfb-run -a -s "-screen 0 1920x1080x24" java -cp app/target/mptcp-lab.jar:app/target/test-classes \
 *     org.mptcplab.app.playback.RobustScreenshots bug|watchdog|compare out.png</pre>
 */
public final class RobustScreenshots {
    private RobustScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        String which = args[0];
        File out = new File(args[1]);
        ScreenshotTool.run(done -> {
            if (which.equals("dialog")) {
                Stage owner = new Stage();
                owner.setScene(new Scene(new javafx.scene.layout.StackPane(), 800, 600));
                owner.show();
                UncaughtErrorHandler handler = new UncaughtErrorHandler(new FxUserDialogs(() -> owner),
                        javafx.application.Platform::runLater, System.err);
                // The handler queues the dialog first; this runs inside the dialog's nested event loop.
                handler.uncaughtException(Thread.currentThread(), new IllegalStateException("layout exploded"));
                javafx.application.Platform.runLater(() -> {
                    javafx.stage.Window dialog = javafx.stage.Window.getWindows().stream()
                            .filter(w -> w != owner).findFirst().orElseThrow();
                    ((javafx.scene.control.DialogPane) dialog.getScene().getRoot()).setExpanded(true);
                    dialog.sizeToScene();
                    ScreenshotTool.saveAfterPulses(10, dialog.getScene(), out, () -> "dialog", done);
                });
                return;
            }
            if (which.equals("compare")) {
                CompareWindow w = CompareWindow.open(null, ComparePair.builtIn("l4lb-mptcp-plain", "l4lb-mptcp-fixed"),
                        stylesheets());
                CompareExport.install(new ExportGui(new NoFiles(), (t, m) -> { }, new NoPrompts(), Optional::empty,
                        "shot", ExportThreads.fx()), w);
                w.view().model().loadingProperty().addListener((o, was, now) -> {
                    if (!now) {
                        ScreenshotTool.saveAfterPulses(10, w.stage().getScene(), out, () -> "compare", done);
                    }
                });
                return;
            }
            RunSource source = which.equals("bug") ? new FailingRunSource(DemoRuns.clientRouterServer(1), 12)
                    : watchdogRun();
            Stage stage = new Stage();
            RunView view = new RunView(source, () -> { });
            Scene scene = new Scene(view, 1280, 800);
            scene.getStylesheets().setAll(stylesheets());
            stage.setScene(scene);
            stage.show();
            view.playback().loadingProperty().addListener((o, was, now) -> {
                if (!now) {
                    view.playback().seek(view.playback().getEvents().size() - 1);
                    if (view.lookup("#run-stop-banner .titled-pane") instanceof TitledPane details
                            && details.isVisible()) {
                        details.setExpanded(true);
                    }
                    ScreenshotTool.saveAfterPulses(10, scene, out, () -> view.playback().getStop().line(), done);
                }
            });
        });
    }

    private static RunSource watchdogRun() {
        try {
            Scenario s = ScenarioLoader.builtIn("l4lb-mptcp-plain");
            return new ScenarioRunSource(s, s.seed(), Watchdog.withBudget(300));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> stylesheets() {
        URL css = Themes.stylesheet(Themes.LIGHT);
        return css == null ? List.of() : List.of(css.toExternalForm());
    }

    private static final class NoFiles implements FileChooserPort {
        @Override
        public Optional<Path> chooseOpen() {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseSave(String suggestedName) {
            return Optional.empty();
        }
    }

    private static final class NoPrompts implements ExportPrompts {
        @Override
        public boolean askExport(ExportDialogModel model) {
            return false;
        }

        @Override
        public Optional<List<CapturePoint>> askCapturePoints(List<CapturePoint> points) {
            return Optional.empty();
        }
    }
}
