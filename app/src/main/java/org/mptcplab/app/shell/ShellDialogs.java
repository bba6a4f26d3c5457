package org.mptcplab.app.shell;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Window;

/** Common set-up for the shell's information dialogs: owner, theme, one Close button. */
final class ShellDialogs {

    private ShellDialogs() {
    }

    static Dialog<Void> information(Window owner, String id, String title, Region content) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(title);
        DialogPane pane = dialog.getDialogPane();
        pane.setId(id);
        pane.getStyleClass().add("shell-dialog");
        // Dialogs are separate scenes: without this they would ignore the chosen theme.
        if (owner != null && owner.getScene() != null) {
            pane.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        pane.setContent(content);
        pane.getButtonTypes().setAll(ButtonType.CLOSE);
        return dialog;
    }
}
