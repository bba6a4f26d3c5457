package org.mptcplab.app.shell;

import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help → Keyboard shortcuts: a two-column table built from {@link KeyboardShortcuts}. */
final class ShortcutsDialog {

    private ShortcutsDialog() {
    }

    static Dialog<Void> create(Window owner) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcuts-table");
        grid.setHgap(24);
        grid.setVgap(8);
        int row = 0;
        for (KeyboardShortcuts.Row shortcut : KeyboardShortcuts.rows()) {
            Label keys = new Label(shortcut.keys());
            keys.getStyleClass().add("shortcut-keys");
            Label action = new Label(shortcut.action());
            action.getStyleClass().add("shortcut-action");
            grid.addRow(row++, keys, action);
        }
        return ShellDialogs.information(owner, "shortcuts-dialog", "Keyboard shortcuts", grid);
    }
}
