package org.mptcplab.app.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.mptcplab.app.playback.EventKind;
import org.mptcplab.app.playback.PlaybackViewModel;

/**
 * Reset, step back, play/pause, step, run to next (SYN, MP_JOIN, ADD_ADDR, RST, hash decision,
 * drop), speed, the position readout and the recording progress. Keyboard: Space, Right, Left, Home
 * (handled by {@link RunView}).
 */
final class PlaybackBar extends HBox {
    private static final EventKind[] RUN_TO = {EventKind.SYN, EventKind.MP_JOIN, EventKind.ADD_ADDR, EventKind.RST,
        EventKind.HASH, EventKind.DROP};

    PlaybackBar(PlaybackViewModel model, Runnable backToScenarios) {
        super(6);
        setId("playback-bar");
        getStyleClass().add("playback-bar");
        setAlignment(Pos.CENTER_LEFT);

        Button scenarios = button("scenarios-button", "◀ Scenarios", "Back to the scenario list", backToScenarios);
        Button reset = button("reset-button", "|◀ Reset", "Reset to the start (Home)", model::reset);
        Button back = button("step-back-button", "◀ Back", "Step back (Left)", model::stepBack);
        back.disableProperty().bind(model.canStepBackProperty().not());
        Button play = button("play-button", "▶ Play", "Play / pause (Space)", model::togglePlay);
        play.textProperty().bind(model.playingProperty().map(p -> p ? "Pause" : "▶ Play"));
        Button step = button("step-button", "Step ▶", "Step forward (Right)", model::stepForward);
        step.disableProperty().bind(model.canStepForwardProperty().not());

        MenuButton runTo = new MenuButton("Run to next");
        runTo.setId("run-to-next");
        for (EventKind k : RUN_TO) {
            MenuItem item = new MenuItem(k.label());
            item.setId("run-to-" + k.name().toLowerCase());
            item.setOnAction(e -> model.runToNext(k));
            runTo.getItems().add(item);
        }

        // Log scale: slider -3..0 is 1/1000x to 1x real time.
        Slider speed = new Slider(-3, 0, Math.log10(PlaybackViewModel.DEFAULT_SPEED));
        speed.setId("speed-slider");
        speed.setPrefWidth(110);
        speed.setTooltip(new Tooltip("Speed: simulated time per real second"));
        speed.valueProperty().addListener((o, a, v) -> model.speedProperty().set(Math.pow(10, v.doubleValue())));
        Label speedText = new Label();
        speedText.textProperty().bind(model.speedProperty().map(s -> String.format("%.3gx", s.doubleValue())));

        Label position = new Label();
        position.setId("playback-position");
        position.textProperty().bind(model.stateProperty().map(s -> "event " + (s.cursor() + 1) + " / "
                + model.getEvents().size() + "   t = " + String.format("%.3f ms", s.time() / 1e6)));

        ProgressBar progress = new ProgressBar();
        progress.setId("run-progress");
        progress.progressProperty().bind(model.loadProgressProperty());
        progress.visibleProperty().bind(model.loadingProperty());
        progress.managedProperty().bind(model.loadingProperty());

        getChildren().addAll(scenarios, reset, back, play, step, runTo, new Label("Speed"), speed, speedText, position,
                progress);
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}
