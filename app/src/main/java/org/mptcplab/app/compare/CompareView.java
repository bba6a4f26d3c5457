package org.mptcplab.app.compare;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.mptcplab.app.playback.Background;
import org.mptcplab.app.playback.EventKinds;
import org.mptcplab.app.playback.fault.RunStopBanner;
import org.mptcplab.engine.trace.TraceEvent;

/**
 * The compare view: the failure next to the fix (or any two runs) in lock-step. A pair chooser, an
 * "Export figure…" button ({@link ExportFigureButton}) and the divergence banner on top, the two
 * {@link CompareSide}s, one shared play head at the bottom. Keys: Left / Right step, Space plays, Home
 * resets, Page Up / Page Down jump between story moments, D jumps to the divergence; in its own window
 * Ctrl+= / Ctrl+- / Ctrl+0 zoom both sides' diagrams ({@link CompareWindow}).
 */
public final class CompareView extends BorderPane {
    private static final Executor BACKGROUND = Background.daemon("compare-loader");
    private final CompareViewModel model = new CompareViewModel();
    private final CompareSide left = new CompareSide("left", model.left(), model::toDivergence);
    private final CompareSide right = new CompareSide("right", model.right(), model::toDivergence);
    private final Label banner = new Label();
    private final AnimationTimer timer;

    /** Opens on {@code pair}, recording both runs in the background. */
    public CompareView(ComparePair pair) {
        this(pair, BACKGROUND);
    }

    /** Opens on {@code pair}, recording on {@code executor}. */
    public CompareView(ComparePair pair, Executor executor) {
        setId("compare-view");
        getStyleClass().add("compare-view");
        banner.setId("divergence-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setStyle("-fx-background-color: #fff3e0; -fx-text-fill: #4e2600; -fx-font-size: 15px;"
                + " -fx-padding: 6 10 6 10; -fx-border-color: #ef6c00; -fx-border-width: 0 0 0 6;");
        banner.setTooltip(new Tooltip("Found by comparing the outcome of each story moment both runs share (hash "
                + "decision, answer, subflow result, what follows a route change), not the option bytes"));
        Label moment = new Label();
        moment.setId("compare-moment");
        moment.setStyle("-fx-font-size: 14px;");
        moment.textProperty().bind(model.momentProperty().map(m -> m.isEmpty() ? "" : "Story moment: " + m));
        Label status = new Label();
        status.setId("compare-status");
        status.textProperty().bind(model.messageProperty());
        setTop(new VBox(4, chooser(executor, pair), banner, moment));
        BorderPane.setMargin(getTop(), new Insets(4, 8, 0, 8));

        SplitPane sides = new SplitPane(left, right);
        sides.setDividerPositions(0.5);
        setCenter(sides);
        RunStopBanner leftStop = new RunStopBanner(model.left());
        leftStop.setId("run-stop-banner-left");
        RunStopBanner rightStop = new RunStopBanner(model.right());
        rightStop.setId("run-stop-banner-right");
        setBottom(new VBox(new ComparePlayBar(model), status, leftStop, rightStop));
        model.modelProperty().addListener((o, a, m) -> show(m));
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        timer = new AnimationTimer() {
            private long last = -1;

            @Override
            public void handle(long now) {
                if (last >= 0) {
                    model.tick(now - last);
                }
                last = now;
            }
        };
        timer.start();
        model.open(pair, executor);
    }

    private HBox chooser(Executor executor, ComparePair first) {
        ComboBox<String> presets = new ComboBox<>();
        presets.setId("compare-presets");
        for (List<String> p : ComparePair.PRESETS) {
            presets.getItems().add(p.get(0) + "  |  " + p.get(1));
        }
        presets.getSelectionModel().select(presetIndex(first));
        presets.setOnAction(e -> {
            int i = presets.getSelectionModel().getSelectedIndex();
            // The combo also follows pairs opened elsewhere: only a different preset starts a new recording.
            if (i >= 0 && i != presetIndex(model.pairProperty().get())) {
                List<String> p = ComparePair.PRESETS.get(i);
                model.open(ComparePair.builtIn(p.get(0), p.get(1)), executor);
            }
        });
        model.pairProperty().addListener((o, a, p) -> {
            int i = presetIndex(p);
            if (i >= 0) {
                presets.getSelectionModel().select(i);
            } else {
                presets.getSelectionModel().clearSelection();
            }
        });
        Button other = new Button("Other pair or variant…");
        other.setId("compare-choose");
        other.setOnAction(e -> PairDialog.ask(getScene() == null ? null : getScene().getWindow())
                .ifPresent(p -> model.open(p, executor)));
        Label seed = new Label("same seed on both sides");
        // Dimmed, not a fixed grey, so that the hint reads on every theme the window may switch to.
        seed.setStyle("-fx-opacity: 0.75;");
        HBox box = new HBox(8, new Label("Compare"), presets, other, seed, new ExportFigureButton());
        box.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(seed, Priority.ALWAYS);
        return box;
    }

    /** Index of the preset {@code pair} runs, -1 for another pair (or none yet). */
    private static int presetIndex(ComparePair pair) {
        for (int i = 0; pair != null && i < ComparePair.PRESETS.size(); i++) {
            if (ComparePair.PRESETS.get(i).equals(List.of(pair.left().id(), pair.right().id()))) {
                return i;
            }
        }
        return -1;
    }

    private void show(CompareModel m) {
        ComparePair pair = model.pairProperty().get();
        double scale = Math.max(max(m.throughput(true)), max(m.throughput(false)));
        int dl = m.divergence().map(Divergence::leftIndex).orElse(-1);
        int dr = m.divergence().map(Divergence::rightIndex).orElse(-1);
        left.show(pair.left().id(), pair.leftNote(), m.left(), m.throughput(true), scale, dl,
                dl < 0 ? "" : describe(model.left().getEvents().get(dl)));
        right.show(pair.right().id(), pair.rightNote(), m.right(), m.throughput(false), scale, dr,
                dr < 0 ? "" : describe(model.right().getEvents().get(dr)));
        banner.setText(m.divergence().map(d -> "◆ Where the stories part: " + d.sentence())
                .orElse("These two runs tell the same story: no shared moment has a different outcome."));
    }

    private static String describe(TraceEvent e) {
        return EventKinds.of(e).label() + " at " + e.node();
    }

    private static double max(ThroughputStrip s) {
        return s.bitsPerSecond().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    /** Stops the animation and any recording still running. */
    public void close() {
        timer.stop();
        model.cancel();
    }

    /** The view-model (tests and the exporter read it). */
    public CompareViewModel model() {
        return model;
    }

    /** The marker of one side. */
    public DivergenceMarker marker(boolean leftSide) {
        return (leftSide ? left : right).marker();
    }

    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        boolean handled = true;
        switch (e.getCode()) {
            case RIGHT -> model.stepForward();
            case LEFT -> model.stepBack();
            case SPACE -> model.togglePlay();
            case HOME -> model.reset();
            case PAGE_DOWN -> model.nextAnchor();
            case PAGE_UP -> model.previousAnchor();
            case D -> model.toDivergence();
            default -> handled = false;
        }
        if (handled) {
            e.consume();
        }
    }
}
