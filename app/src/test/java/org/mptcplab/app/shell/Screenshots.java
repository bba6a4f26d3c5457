package org.mptcplab.app.shell;

import java.io.File;
import java.util.function.Predicate;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.mptcplab.app.AppInfo;
import org.mptcplab.app.playback.EventKind;
import org.mptcplab.app.playback.EventKinds;
import org.mptcplab.app.playback.PlaybackViewModel;
import org.mptcplab.assets.Themes;
import org.mptcplab.engine.scenario.Catalog;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.TraceEvent;

/**
 * On-demand tool (not a test) that opens the main window, runs a catalogue scenario, selects the
 * first sent packet of a kind and saves the window as PNG. Run under Xvfb:
 *
 * <pre>xvfb-run -a -s "-screen 0 1920x1080x24" java -cp app/target/mptcp-lab.jar:app/target/test-classes \
 *     org.mptcplab.app.shell.Screenshots l4lb-mptcp-plain RST docs/screenshots/plain-rst.png [tab]</pre>
 */
public final class Screenshots {
    private Screenshots() {}

    public static void main(String[] args) throws Exception {
        String id = args[0];
        EventKind kind = EventKind.valueOf(args[1]);
        File out = new File(args[2]);
        int tab = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        ScreenshotTool.run(done -> {
            Stage stage = new Stage();
            ShellViewModel model = new ShellViewModel(AppInfo.version(), Catalog.entries(), Themes.LIGHT);
            new MainWindow(stage, model).show();
            model.openRun(id);
            // The run view sits inside the pane that holds its timelines (original and branches).
            RunView view = ((TimelinesPane) ((javafx.scene.layout.BorderPane) stage.getScene().getRoot()).getCenter()).current();
            PlaybackViewModel playback = view.playback();
            playback.loadingProperty().addListener((o, was, now) -> {
                if (now) {
                    return;
                }
                Predicate<TraceEvent> sent = e -> e instanceof PacketEvent p && p.kind() == PacketEvent.Kind.SENT
                        && EventKinds.of(p.packet()) == kind;
                if (!playback.runToNext(sent)) {
                    done.completeExceptionally(new IllegalStateException("no sent " + kind + " in " + id));
                    return;
                }
                playback.select(playback.getCursor());
                ((TabPane) view.lookup("#inspector-tabs")).getSelectionModel().select(tab);
                ScreenshotTool.saveAfterPulses(10, stage.getScene(), out, model::getStatus, done);
            });
        });
    }
}
