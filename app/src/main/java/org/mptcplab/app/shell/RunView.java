package org.mptcplab.app.shell;

import java.util.concurrent.Executor;
import javafx.animation.AnimationTimer;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import org.mptcplab.app.canvas.TopologyView;
import org.mptcplab.app.charts.ChartsView;
import org.mptcplab.app.charts.ChartsViewModel;
import org.mptcplab.app.events.EventTableView;
import org.mptcplab.app.events.EventTableViewModel;
import org.mptcplab.app.inspect.HashDecisionView;
import org.mptcplab.app.inspect.PacketInspectorView;
import org.mptcplab.app.inspect.PacketInspectorViewModel;
import org.mptcplab.app.playback.PlaybackViewModel;
import org.mptcplab.app.playback.RunLoader;
import org.mptcplab.app.playback.RunSource;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.TraceEvent;

/**
 * The "Run" view: topology canvas in the centre, playback bar at the bottom, event table and the
 * inspectors on the right. Records the run in the background when opened; Space, Right, Left and
 * Home drive playback wherever the focus is.
 */
public final class RunView extends BorderPane {
    private static final Executor BACKGROUND = task -> {
        Thread t = new Thread(task, "run-loader");
        t.setDaemon(true);
        t.start();
    };
    private final PlaybackViewModel playback = new PlaybackViewModel();
    private final PacketInspectorViewModel inspector = new PacketInspectorViewModel();
    private final HashDecisionView hashView = new HashDecisionView();
    private final ChartsViewModel charts = new ChartsViewModel(playback);
    private final RunLoader loader;
    private final AnimationTimer timer;

    /** Opens {@code source}; {@code back} returns to the scenario list. */
    public RunView(RunSource source, Runnable back) {
        setId("run-view");
        getStyleClass().add("run-view");
        setCenter(new TopologyView(playback));
        setBottom(new PlaybackBar(playback, back));

        TabPane inspectors = new TabPane(new Tab("Packet", new PacketInspectorView(inspector)),
                new Tab("Hash decision", hashView), new Tab("Charts", chartsPane()));
        inspectors.setId("inspector-tabs");
        inspectors.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane right = new SplitPane(new EventTableView(new EventTableViewModel(playback)), inspectors);
        right.setOrientation(Orientation.VERTICAL);
        right.setPrefWidth(460);
        setRight(right);

        playback.currentEventProperty().addListener((o, a, e) -> inspect(e));
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        timer = new AnimationTimer() {
            private long last = -1;

            @Override
            public void handle(long now) {
                if (last >= 0) {
                    playback.tick(now - last);
                }
                last = now;
            }
        };
        timer.start();
        loader = playback.open(source, BACKGROUND);
    }

    /** Stops the animation and cancels a recording still running. */
    public void close() {
        timer.stop();
        loader.cancel();
    }

    /** The playback view-model (tests and the status bar read it). */
    public PlaybackViewModel playback() {
        return playback;
    }

    private ScrollPane chartsPane() {
        // The four charts share the tab's height; below their minimum height they scroll instead.
        ScrollPane pane = new ScrollPane(new ChartsView(charts));
        pane.setFitToWidth(true);
        pane.setFitToHeight(true);
        return pane;
    }

    /** The charts' view-model. */
    public ChartsViewModel charts() {
        return charts;
    }

    /** The packet inspector's view-model. */
    public PacketInspectorViewModel inspector() {
        return inspector;
    }

    private void inspect(TraceEvent e) {
        if (e instanceof PacketEvent p) {
            inspector.show(p.packet());
        } else if (e instanceof HashDecision d) {
            hashView.show(d);
            inspector.show(d.packet());
        }
    }

    private void onKey(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code == KeyCode.SPACE) {
            playback.togglePlay();
        } else if (code == KeyCode.RIGHT) {
            playback.stepForward();
        } else if (code == KeyCode.LEFT) {
            playback.stepBack();
        } else if (code == KeyCode.HOME) {
            playback.reset();
        } else {
            return;
        }
        e.consume();
    }
}
