package org.mptcplab.app.compare;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;

/**
 * The compare toolbar's "Export figure…" button. It runs whatever action the window's exporter
 * installed in the scene under {@link #EXPORT_KEYS} ({@code export.gui.CompareExport} does, for the
 * File &gt; Export figure… shortcut), so the button and the shortcut are one action and the compare
 * package needs no dependency on the exporter. Disabled while no such action is installed (a bare view
 * in a test, say).
 */
final class ExportFigureButton extends Button {
    /** The keys of File &gt; Export figure…; must equal {@code CompareExport.SHORTCUT} (a test checks it). */
    static final KeyCombination EXPORT_KEYS = KeyCombination.keyCombination("Shortcut+Shift+E");

    ExportFigureButton() {
        super("Export figure\u2026");
        setId("compare-export");
        setTooltip(new Tooltip("Export the compare figure (failure | fix) as SVG, PDF, PNG or TikZ ("
                + EXPORT_KEYS.getDisplayText() + ")"));
        setOnAction(e -> fire(this));
        setDisable(true);
        sceneProperty().addListener((o, was, scene) -> {
            disableProperty().unbind();
            if (scene == null) {
                setDisable(true);
            } else {
                disableProperty().bind(Bindings.createBooleanBinding(
                        () -> !scene.getAccelerators().containsKey(EXPORT_KEYS), scene.getAccelerators()));
            }
        });
    }

    /** Runs the export action installed in {@code button}'s scene, if any; true when there was one. */
    private static boolean fire(Button button) {
        Runnable action = button.getScene() == null ? null : button.getScene().getAccelerators().get(EXPORT_KEYS);
        if (action == null) {
            return false;
        }
        action.run();
        return true;
    }
}
