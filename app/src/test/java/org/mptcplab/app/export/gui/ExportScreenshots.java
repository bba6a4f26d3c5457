package org.mptcplab.app.export.gui;

import java.io.File;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.mptcplab.app.export.ExportView;
import org.mptcplab.app.playback.EventKind;
import org.mptcplab.app.playback.EventKinds;
import org.mptcplab.app.playback.RecordedRun;
import org.mptcplab.app.shell.ScreenshotTool;
import org.mptcplab.assets.Themes;

/**
 * On-demand tool (not a test): the export dialog with its live preview, for a catalogue scenario at
 * its first event of a kind, saved as PNG; with {@code dialog} the whole modal dialog over a
 * 1280x800 owner, else just its content. Run under Xvfb:
 *
 * <pre>xvfb-run -a -s "-screen 0 1920x1080x24" java -cp app/target-x/mptcp-lab.jar:app/target-x/test-classes \
 *     org.mptcplab.app.export.gui.ExportScreenshots l4lb-mptcp-plain MP_JOIN out.png [theme [dialog]]</pre>
 */
public final class ExportScreenshots {
    /** The preview is drawn off the FX thread after a settle delay; on a busy machine that takes a while. */
    private static final Duration SETTLE = Duration.seconds(15);

    private ExportScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        RecordedRun run = RecordedRuns.builtIn(args[0]);
        EventKind kind = EventKind.valueOf(args[1]);
        File out = new File(args[2]).getAbsoluteFile();
        String theme = args.length > 3 ? args[3] : Themes.LIGHT;
        boolean asDialog = args.length > 4 && args[4].equals("dialog");
        int step = 0;
        while (step < run.events().size() - 1 && EventKinds.of(run.events().get(step)) != kind) {
            step++;
        }
        ExportDialogModel model = new ExportDialogModel(RecordedRuns.at(run, step),
                List.of(ExportView.SEQUENCE, ExportView.TOPOLOGY), ExportChoices.defaults());
        out.getParentFile().mkdirs();
        CompletableFuture<String> done = new CompletableFuture<>();
        Platform.startup(() -> {
            Stage owner = new Stage();
            if (asDialog) {
                owner.setScene(themed(new Scene(new Pane(), 1280, 800), theme));
            } else {
                ExportPreview preview = new ExportPreview(model);
                preview.refresh();
                owner.setScene(themed(new Scene(new HBox(12, new ExportDialogView(model), preview)), theme));
            }
            owner.show();
            PauseTransition wait = new PauseTransition(SETTLE);
            wait.setOnFinished(e -> {
                try {
                    Window shot = Window.getWindows().stream().filter(w -> !asDialog || w != owner).findFirst()
                            .orElseThrow();
                    ScreenshotTool.savePng(shot.getScene(), out);
                    done.complete(out + " " + (int) shot.getWidth() + "x" + (int) shot.getHeight());
                } catch (Exception ex) {
                    done.completeExceptionally(ex);
                }
                Platform.exit();
            });
            wait.play();
            if (asDialog) {
                // Later, from the event queue: a nested event loop inside the startup runnable gets no pulses.
                Platform.runLater(() -> new FxExportPrompts(() -> owner).askExport(model));
            }
        });
        System.out.println(done.get());
        // The modal dialog's nested event loop keeps the FX thread alive past Platform.exit().
        System.exit(0);
    }

    private static Scene themed(Scene scene, String theme) {
        scene.getStylesheets().setAll(Themes.stylesheet(theme).toExternalForm());
        return scene;
    }
}
