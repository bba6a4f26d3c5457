package org.mptcplab.app.editor;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks which parameter a branch changes and to what; the answer is a {@link BranchChoice}. */
public final class BranchDialog {

    /** What the user picked. */
    public record BranchChoice(BranchParameter parameter, String value) {
    }

    private BranchDialog() {
    }

    /** Shows the dialog over {@code owner} for a branch at event {@code index}; empty when cancelled. */
    public static Optional<BranchChoice> ask(Window owner, int index) {
        Dialog<BranchChoice> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            }
        }
        dialog.setTitle("Branch from here");
        dialog.setHeaderText("Re-run with the same seed and one parameter changed, from event " + Math.max(0, index));
        ParameterPicker change = new ParameterPicker("branch-parameter", "branch-value");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Parameter"), change.parameterBox());
        grid.addRow(1, new Label("New value"), change.valueBox());
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setId("branch-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK && change.parameter() != null && change.value() != null
                ? new BranchChoice(change.parameter(), change.value())
                : null);
        return dialog.showAndWait();
    }
}
