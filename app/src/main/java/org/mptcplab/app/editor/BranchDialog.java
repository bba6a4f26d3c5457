package org.mptcplab.app.editor;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

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
        ComboBox<BranchParameter> parameter = new ComboBox<>();
        parameter.setId("branch-parameter");
        parameter.getItems().setAll(BranchParameter.values());
        parameter.setConverter(new StringConverter<>() {
            @Override
            public String toString(BranchParameter p) {
                return p == null ? "" : p.label();
            }

            @Override
            public BranchParameter fromString(String s) {
                return null;
            }
        });
        ComboBox<String> value = new ComboBox<>();
        value.setId("branch-value");
        value.setEditable(true);
        parameter.valueProperty().addListener((o, a, p) -> {
            value.getItems().setAll(p.choices());
            value.setValue(p.choices().get(0));
        });
        parameter.setValue(BranchParameter.C_FLAG);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Parameter"), parameter);
        grid.addRow(1, new Label("New value"), value);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setId("branch-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK && parameter.getValue() != null && value.getValue() != null
                ? new BranchChoice(parameter.getValue(), value.getEditor().getText().isBlank() ? value.getValue()
                        : value.getEditor().getText())
                : null);
        return dialog.showAndWait();
    }
}
