package org.mptcplab.app.files;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** {@link UserDialogs} as a modal JavaFX alert owned by the main window. */
public final class FxUserDialogs implements UserDialogs {
    private final Supplier<Window> owner;

    /** Dialogs owned by the window {@code owner} gives at the time. */
    public FxUserDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        Window w = owner.get();
        if (w != null) {
            alert.initOwner(w);
            if (w.getScene() != null) {
                alert.getDialogPane().getStylesheets().setAll(w.getScene().getStylesheets());
            }
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setId("error-message");
        text.setWrapText(true);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("error-dialog");
        alert.showAndWait();
    }
}
