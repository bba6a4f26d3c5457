package org.mptcplab.app.lesson;

import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.mptcplab.lessons.model.PacketField;
import org.mptcplab.lessons.play.StepState;

/**
 * What the step points at: the nodes to look at (the topology canvas has no emphasis API, so they are
 * named here as chips) and the highlighted fields with their values at the step's point, as the
 * headless player read them from the run.
 */
final class HighlightCard extends VBox {

    HighlightCard() {
        setId("highlight-card");
        getStyleClass().add("lesson-highlights");
        setSpacing(6);
    }

    /** Shows the highlights of {@code s} (null clears). */
    void show(StepState s) {
        getChildren().clear();
        if (s == null) {
            return;
        }
        if (!s.nodes().isEmpty()) {
            FlowPane chips = new FlowPane(6, 6);
            chips.setId("highlight-nodes");
            Tooltip.install(chips, new Tooltip("The nodes this step is about. (The topology view cannot emphasise"
                    + " nodes yet, so they are named here.)"));
            chips.getChildren().add(new Label("Look at:"));
            for (String n : s.nodes()) {
                Label chip = new Label(n);
                chip.getStyleClass().add("lesson-chip");
                chips.getChildren().add(chip);
            }
            getChildren().add(chips);
        }
        if (!s.fields().isEmpty()) {
            GridPane grid = new GridPane();
            grid.setId("highlight-fields");
            grid.setHgap(12);
            grid.setVgap(2);
            int row = 0;
            for (Map.Entry<PacketField, String> f : s.fields().entrySet()) {
                Label name = new Label(f.getKey().word());
                name.getStyleClass().add("lesson-field-name");
                Label value = new Label(f.getValue());
                value.getStyleClass().add("lesson-field-value");
                value.setWrapText(true);
                grid.addRow(row++, name, value);
            }
            getChildren().add(grid);
        }
        setVisible(!getChildren().isEmpty());
        setManaged(isVisible());
    }
}
