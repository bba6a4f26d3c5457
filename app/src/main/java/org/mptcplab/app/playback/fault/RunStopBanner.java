package org.mptcplab.app.playback.fault;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.mptcplab.app.playback.PlaybackViewModel;
import org.mptcplab.app.playback.RunStop;

/**
 * One line under a playback bar saying why the run stopped early, shown only when it did. For a bug
 * (an exception out of the engine) a collapsed "Details" pane holds the stack trace, so the line stays
 * one line and whoever reports the bug can still copy the trace.
 */
public final class RunStopBanner extends VBox {
    private final Label line = new Label();
    private final TextArea trace = new TextArea();
    private final TitledPane details = new TitledPane("Details (for the bug report)", trace);

    /** A banner following {@code playback}'s stop. */
    public RunStopBanner(PlaybackViewModel playback) {
        this(playback.stopProperty());
    }

    /** A banner following {@code stop} (null: hidden). */
    public RunStopBanner(ObservableValue<RunStop> stop) {
        setId("run-stop-banner");
        getStyleClass().add("run-stop-banner");
        setStyle("-fx-background-color: #fdecea; -fx-border-color: #c62828; -fx-border-width: 0 0 0 6;"
                + " -fx-padding: 4 8 4 8;");
        line.setId("run-stop-line");
        line.setWrapText(true);
        line.setStyle("-fx-text-fill: #5f0f0f; -fx-font-weight: bold;");
        line.setTooltip(new Tooltip("The events recorded before the stop stay playable; the rest of the run"
                + " was not simulated."));
        trace.setId("run-stop-details");
        trace.setEditable(false);
        trace.setPrefRowCount(8);
        trace.setStyle("-fx-font-family: monospace;");
        details.setExpanded(false);
        details.setAnimated(false);
        getChildren().addAll(line, details);
        show(stop.getValue());
        stop.addListener((o, was, now) -> show(now));
    }

    private void show(RunStop s) {
        setVisible(s != null);
        setManaged(s != null);
        line.setText(s == null ? "" : s.line());
        boolean bug = s != null && s.bug();
        trace.setText(bug ? s.details() : "");
        details.setVisible(bug);
        details.setManaged(bug);
        details.setExpanded(false);
    }
}
