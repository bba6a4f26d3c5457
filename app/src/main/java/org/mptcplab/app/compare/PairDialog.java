package org.mptcplab.app.compare;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.mptcplab.app.editor.ParameterPicker;

/** Asks for the pair to compare: a preset, two catalogue scenarios, or a one-parameter variant. */
final class PairDialog {
    private PairDialog() {
    }

    /** Shows the dialog; empty when cancelled or when the choice could not run (the user was told why). */
    static Optional<ComparePair> ask(Window owner) {
        Dialog<PairChoice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Compare");
        dialog.setHeaderText("Which two runs? Both use the same seed.");
        ToggleGroup group = new ToggleGroup();
        RadioButton preset = radio("compare-kind-preset", "Preset", group);
        RadioButton two = radio("compare-kind-two", "Two scenarios", group);
        RadioButton variant = radio("compare-kind-variant", "Variant of one scenario", group);
        preset.setSelected(true);
        List<String> ids = ComparePair.runnableIds();
        ComboBox<String> presets = new ComboBox<>();
        ComparePair.PRESETS.forEach(p -> presets.getItems().add(p.get(0) + "  |  " + p.get(1)));
        presets.getSelectionModel().selectFirst();
        ComboBox<String> a = combo("compare-left-id", ids, "l4lb-tcp");
        ComboBox<String> b = combo("compare-right-id", ids, "l4lb-mptcp-plain");
        ComboBox<String> base = combo("compare-variant-id", ids, "l4lb-mptcp-plain");
        ParameterPicker change = new ParameterPicker("compare-variant-parameter", "compare-variant-value");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, preset, presets);
        grid.addRow(1, two, a, new Label("vs"), b);
        grid.addRow(2, variant, base, change.parameterBox(), change.valueBox());
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            if (preset.isSelected()) {
                return new PairChoice(PairChoice.Kind.PRESET,
                        Integer.toString(presets.getSelectionModel().getSelectedIndex()), null, null, null);
            }
            if (two.isSelected()) {
                return new PairChoice(PairChoice.Kind.TWO_SCENARIOS, a.getValue(), b.getValue(), null, null);
            }
            return new PairChoice(PairChoice.Kind.VARIANT, base.getValue(), null, change.parameter(), change.value());
        });
        return dialog.showAndWait().flatMap(choice -> {
            try {
                return Optional.of(choice.toPair());
            } catch (IllegalArgumentException e) {
                Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
                alert.initOwner(owner);
                alert.setHeaderText("Cannot compare");
                alert.showAndWait();
                return Optional.empty();
            }
        });
    }

    private static RadioButton radio(String id, String text, ToggleGroup group) {
        RadioButton r = new RadioButton(text);
        r.setId(id);
        r.setToggleGroup(group);
        return r;
    }

    private static ComboBox<String> combo(String id, List<String> items, String selected) {
        ComboBox<String> c = new ComboBox<>();
        c.setId(id);
        c.getItems().setAll(items);
        c.getSelectionModel().select(selected);
        return c;
    }
}
