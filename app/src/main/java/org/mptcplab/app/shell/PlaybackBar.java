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
import javafx.scene.layout.Priority;
import org.mptcplab.app.playback.EventKind;
import org.mptcplab.app.playback.PlaybackViewModel;

/**
 * Reset, step back, play/pause, step, run to next (SYN, MP_JOIN, ADD_ADDR, RST, hash decision,
 * drop), speed, a timeline scrubber linked both ways with the cursor, the position readout and the
 * recording progress. Keyboard shortcuts for all of them are handled by {@link RunView} and listed in
 * {@link KeyboardShortcuts}.
 */
final class PlaybackBar extends HBox {

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
        for (KeyboardShortcuts.RunTo r : KeyboardShortcuts.RUN_TO_NEXT) {
            EventKind k = r.kind();
            MenuItem item = new MenuItem(k.label() + "   (" + r.key().getName() + ")");
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

        Slider scrubber = scrubber(model);

        ProgressBar progress = new ProgressBar();
        progress.setId("run-progress");
        progress.progressProperty().bind(model.loadProgressProperty());
        progress.visibleProperty().bind(model.loadingProperty());
        progress.managedProperty().bind(model.loadingProperty());

        // Speed keys (+ / -) change the model; keep the slider in step without feeding back.
        model.speedProperty().addListener((o, a, v) -> {
            double log = Math.log10(v.doubleValue());
            if (Math.abs(speed.getValue() - log) > 1e-9) {
                speed.setValue(log);
            }
        });
        getChildren().addAll(scenarios, reset, back, play, step, runTo, new Label("Speed"), speed, speedText, scrubber,
                position, progress);
        HBox.setHgrow(scrubber, Priority.ALWAYS);
    }

    /**
     * The timeline scrubber: one tick per event (-1 = before the first), linked both ways with the
     * cursor. Dragging seeks; the cursor moving (play, step, run to next) moves the thumb.
     */
    private static Slider scrubber(PlaybackViewModel model) {
        Slider s = new Slider(-1, -1, -1);
        s.setId("timeline-scrubber");
        s.setFocusTraversable(false);
        s.setMinWidth(120);
        s.setTooltip(new Tooltip("Timeline: drag to any event (Page Up / Page Down)"));
        Runnable range = () -> s.setMax(Math.max(-1, model.getEvents().size() - 1));
        model.getEvents().addListener((javafx.collections.ListChangeListener<Object>) c -> range.run());
        range.run();
        model.cursorProperty().addListener((o, a, c) -> s.setValue(c.intValue()));
        s.valueProperty().addListener((o, a, v) -> {
            int target = (int) Math.round(v.doubleValue());
            if (target != model.getCursor() && target >= -1 && target < model.getEvents().size()) {
                model.seek(target);
            }
        });
        return s;
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
