package org.mptcplab.app.compare;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The shared play head: reset, back, play/pause, step, previous / next story moment, jump to the
 * divergence, a scrubber over the lock-step track and the position. Every button moves both sides.
 */
final class ComparePlayBar extends HBox {

    ComparePlayBar(CompareViewModel model) {
        super(6);
        setId("compare-play-bar");
        setAlignment(Pos.CENTER_LEFT);
        setStyle("-fx-padding: 4 8 4 8;");
        Button reset = button("compare-reset", "|◀ Reset", "Both sides back to the start (Home)", model::reset);
        Button prev = button("compare-prev-moment", "◀◀ Moment", "Previous story moment on both sides (Page Up)",
                model::previousAnchor);
        Button back = button("compare-step-back", "◀ Back", "Step back (Left)", model::stepBack);
        Button play = button("compare-play", "▶ Play", "Play / pause both sides (Space)", model::togglePlay);
        play.textProperty().bind(model.playingProperty().map(p -> p ? "Pause" : "▶ Play"));
        Button step = button("compare-step", "Step ▶", "Step forward (Right)", model::stepForward);
        Button next = button("compare-next-moment", "Moment ▶▶", "Next story moment on both sides (Page Down)",
                model::nextAnchor);
        Button divergence = button("compare-to-divergence", "◆ Divergence", "Show where the stories part (D)",
                model::toDivergence);
        divergence.disableProperty().bind(model.modelProperty().map(m -> m.divergence().isEmpty()).orElse(true));

        Slider scrubber = new Slider(0, 0, 0);
        scrubber.setId("compare-scrubber");
        scrubber.setFocusTraversable(false);
        scrubber.setTooltip(new Tooltip("Shared timeline: each tick applies one event on one side"));
        model.sizeProperty().addListener((o, a, n) -> scrubber.setMax(Math.max(0, n.intValue() - 1)));
        model.stepProperty().addListener((o, a, s) -> scrubber.setValue(s.intValue()));
        scrubber.valueProperty().addListener((o, a, v) -> {
            int target = (int) Math.round(v.doubleValue());
            if (target != model.stepProperty().get() && target < model.sizeProperty().get()) {
                model.seek(target);
            }
        });
        Label position = new Label();
        position.setId("compare-position");
        position.textProperty().bind(model.stepProperty().map(s -> "step " + s + " / "
                + Math.max(0, model.sizeProperty().get() - 1) + "   left event " + (model.left().getCursor() + 1)
                + ", right event " + (model.right().getCursor() + 1)));
        // Log scale: -3..0 is 1/1000x to 1x the left run's real time.
        Slider speed = new Slider(-3, 0, Math.log10(model.speedProperty().get()));
        speed.setId("compare-speed");
        speed.setPrefWidth(90);
        speed.setTooltip(new Tooltip("Speed: the left run's simulated time per real second"));
        speed.valueProperty().addListener((o, a, v) -> model.speedProperty().set(Math.pow(10, v.doubleValue())));
        Label speedLabel = new Label("Speed");
        // Buttons keep their words under the larger fonts of high contrast; the position text gives way first.
        for (Region r : new Region[] {reset, prev, back, play, step, next, divergence, speedLabel, speed}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        scrubber.setMinWidth(120);
        getChildren().addAll(reset, prev, back, play, step, next, divergence, speedLabel, speed, scrubber,
                position);
        HBox.setHgrow(scrubber, Priority.ALWAYS);
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
