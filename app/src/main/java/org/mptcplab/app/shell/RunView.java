package org.mptcplab.app.shell;

import java.util.concurrent.Executor;
import javafx.animation.AnimationTimer;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.mptcplab.app.canvas.TopologyView;
import org.mptcplab.app.charts.ChartsView;
import org.mptcplab.app.charts.ChartsViewModel;
import org.mptcplab.app.events.EventTableView;
import org.mptcplab.app.events.EventTableViewModel;
import org.mptcplab.app.inspect.InspectorTabs;
import org.mptcplab.app.inspect.NodeStateViewModel;
import org.mptcplab.app.inspect.PacketInspectorViewModel;
import org.mptcplab.app.playback.Background;
import org.mptcplab.app.playback.PlaybackViewModel;
import org.mptcplab.app.playback.RunLoader;
import org.mptcplab.app.playback.RunSource;
import org.mptcplab.app.playback.fault.RunStopBanner;
import org.mptcplab.app.sequence.SequenceChartView;
import org.mptcplab.app.sequence.SequenceChartViewModel;

/**
 * The "Run" view: topology canvas above the live sequence chart in the centre, playback bar at the
 * bottom, event table and the inspectors on the right. Records the run in the background when
 * opened; the playback keys of {@link KeyboardShortcuts} work wherever the focus is (except in a text
 * field).
 */
public final class RunView extends BorderPane {
    /** Events skipped by Page Up / Page Down. */
    private static final int SCRUB_STEP = 10;
    private static final Executor BACKGROUND = Background.daemon("run-loader");
    private final PlaybackViewModel playback = new PlaybackViewModel();
    private final ChartsViewModel charts = new ChartsViewModel(playback);
    private final SequenceChartViewModel sequence = new SequenceChartViewModel(playback);
    private final InspectorTabs inspectors = new InspectorTabs(playback);
    private final RunLoader loader;
    private final AnimationTimer timer;

    /** Opens {@code source}; {@code back} returns to the scenario list. */
    public RunView(RunSource source, Runnable back) {
        setId("run-view");
        getStyleClass().add("run-view");
        SplitPane centre = new SplitPane(new TopologyView(playback), new SequenceChartView(sequence));
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.6);
        setCenter(centre);
        // The stop banner shows only when the run stopped early (watchdog abort, engine exception).
        setBottom(new VBox(new PlaybackBar(playback, back), new RunStopBanner(playback)));

        inspectors.nodeTab().setId("node-state-tab");
        TabPane tabs = new TabPane(inspectors.packetTab(), inspectors.hashTab(), new Tab("Charts", chartsPane()),
                inspectors.nodeTab());
        tabs.setId("inspector-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane right = new SplitPane(new EventTableView(new EventTableViewModel(playback)), tabs);
        right.setOrientation(Orientation.VERTICAL);
        right.setPrefWidth(460);
        setRight(right);

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

    /** The sequence chart's view-model. */
    public SequenceChartViewModel sequence() {
        return sequence;
    }

    /** The node-state inspector's view-model. */
    public NodeStateViewModel nodeState() {
        return inspectors.nodeState();
    }

    /** The packet inspector's view-model. */
    public PacketInspectorViewModel inspector() {
        return inspectors.packets();
    }

    private void onKey(KeyEvent e) {
        // Letters and Home/End belong to a text field being typed in; shortcuts need no modifier.
        if (e.getTarget() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        if (playbackKey(e.getCode()) || runToNextKey(e.getCode())) {
            e.consume();
        }
    }

    private boolean playbackKey(KeyCode code) {
        int last = playback.getEvents().size() - 1;
        switch (code) {
            case SPACE -> playback.togglePlay();
            case RIGHT -> playback.stepForward();
            case LEFT -> playback.stepBack();
            case HOME -> playback.reset();
            case END -> playback.seek(last);
            case PAGE_DOWN -> playback.seek(Math.min(last, playback.getCursor() + SCRUB_STEP));
            case PAGE_UP -> playback.seek(Math.max(-1, playback.getCursor() - SCRUB_STEP));
            case PLUS, EQUALS, ADD -> playback.speedProperty().set(Math.min(1, playback.speedProperty().get() * 2));
            case MINUS, SUBTRACT -> playback.speedProperty().set(Math.max(1e-3, playback.speedProperty().get() / 2));
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean runToNextKey(KeyCode code) {
        for (KeyboardShortcuts.RunTo r : KeyboardShortcuts.RUN_TO_NEXT) {
            if (r.key() == code) {
                playback.runToNext(r.kind());
                return true;
            }
        }
        return false;
    }
}
