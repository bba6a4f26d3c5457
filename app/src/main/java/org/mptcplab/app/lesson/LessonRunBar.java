package org.mptcplab.app.lesson;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mptcplab.app.playback.PlaybackViewModel;
import org.mptcplab.app.playback.fault.RunStopBanner;

/**
 * The run bar under a lesson step: back to the step's point, step back, play, step forward, the
 * position, what the gate is doing, and the lesson's notices.
 */
final class LessonRunBar extends VBox {

    LessonRunBar(LessonPlayerViewModel model, StepPlayback run) {
        setId("lesson-run-bar");
        getStyleClass().add("lesson-run-bar");
        PlaybackViewModel p = run.playback();
        Button point = button("run-to-point", "\u25ce Step's point", "Back to this step's moment (Home)", run::toPoint);
        Button back = button("run-back", "\u25c0 Back", "Step back (Left)", run::stepBack);
        back.disableProperty().bind(p.canStepBackProperty().not());
        Button play = button("run-play", "\u25b6 Play", "Play / pause (Space)", run::togglePlay);
        play.textProperty().bind(p.playingProperty().map(on -> on ? "Pause" : "\u25b6 Play"));
        Button forward = button("run-forward", "Step \u25b6", "Step forward (Right)", () -> run.stepForward());
        forward.disableProperty().bind(p.canStepForwardProperty().not().or(model.gateClosedProperty()
                .and(p.cursorProperty().greaterThanOrEqualTo(run.pointProperty()))
                .and(run.pointProperty().greaterThanOrEqualTo(0))));
        Label position = new Label();
        position.setId("run-position");
        position.textProperty().bind(p.stateProperty().map(s -> "event " + (s.cursor() + 1) + " / "
                + p.getEvents().size() + "   t = " + String.format("%.3f ms", s.time() / 1e6)));
        Label gate = new Label();
        gate.setId("gate-label");
        gate.getStyleClass().add("lesson-gate");
        gate.textProperty().bind(model.gateClosedProperty().map(closed -> closed
                ? "Paused at the question: answer it to let the run go on" : ""));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox controls = new HBox(6, point, back, play, forward, position, gap, gate);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label notice = new Label();
        notice.setId("lesson-notice");
        notice.getStyleClass().add("lesson-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty().map(n -> n.isEmpty()
                ? "Simplified model: one deterministic run per step, cut " + StepRunSource.AFTER_POINT / 1_000_000
                        + " ms after the step's point." : n));
        getChildren().addAll(controls, notice, new RunStopBanner(p));
        setSpacing(4);
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
