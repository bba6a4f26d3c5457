package org.mptcplab.app.diagram.fx;

import java.io.File;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.mptcplab.app.AppInfo;
import org.mptcplab.app.playback.EventKind;
import org.mptcplab.app.playback.EventKinds;
import org.mptcplab.app.playback.PlaybackViewModel;
import org.mptcplab.app.shell.MainWindow;
import org.mptcplab.app.shell.RunView;
import org.mptcplab.app.shell.ShellViewModel;
import org.mptcplab.engine.scenario.Catalog;
import org.mptcplab.engine.trace.PacketEvent;

/**
 * On-demand tool (not a test): the main window in an app theme at a diagram zoom, a catalogue run
 * stopped at the first sent packet of a kind, saved as PNG. Run under Xvfb:
 *
 * <pre>xvfb-run -a -s "-screen 0 1920x1080x24" java -cp app/target/mptcp-lab.jar:app/target/test-classes \
 *     org.mptcplab.app.diagram.fx.ThemeScreenshots l4lb-mptcp-plain MP_JOIN dark 1 docs/screenshots/run-view-dark.png</pre>
 */
public final class ThemeScreenshots {
    private ThemeScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        String id = args[0];
        EventKind kind = EventKind.valueOf(args[1]);
        String theme = args[2];
        double zoom = Double.parseDouble(args[3]);
        File out = new File(args[4]);
        CompletableFuture<String> done = new CompletableFuture<>();
        Platform.startup(() -> {
            Stage stage = new Stage();
            ShellViewModel model = new ShellViewModel(AppInfo.version(), Catalog.entries(), theme);
            new MainWindow(stage, model).show();
            DiagramLook.of(stage.getScene()).setZoom(zoom);
            model.openRun(id);
            RunView view = (RunView) stage.getScene().lookup("#run-view");
            PlaybackViewModel playback = view.playback();
            playback.loadingProperty().addListener((o, was, now) -> {
                if (now) {
                    return;
                }
                playback.runToNext(e -> e instanceof PacketEvent p && p.kind() == PacketEvent.Kind.SENT
                        && EventKinds.of(p.packet()) == kind);
                playback.select(playback.getCursor());
                saveAfterFrames(stage, out, done);
            });
        });
        try {
            System.out.println(done.get());
        } finally {
            Platform.exit();
        }
    }

    private static void saveAfterFrames(Stage stage, File out, CompletableFuture<String> done) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames < 20) {
                    return;
                }
                stop();
                try {
                    out.getAbsoluteFile().getParentFile().mkdirs();
                    ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", out);
                    done.complete(out + " " + stage.getScene().getWidth() + "x" + stage.getScene().getHeight());
                } catch (Exception e) {
                    done.completeExceptionally(e);
                }
            }
        }.start();
    }
}
