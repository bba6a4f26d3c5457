package org.mptcplab.app.shell;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The shell's keyboard shortcuts in one place: the menus install them as accelerators and the
 * shortcuts dialog lists them, so the two cannot drift apart.
 */
final class KeyboardShortcuts {

    static final KeyCombination QUIT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination FULL_SCREEN = new KeyCodeCombination(KeyCode.F11);
    static final KeyCombination SHOW_SHORTCUTS = new KeyCodeCombination(KeyCode.F1);

    /** One line of the shortcuts dialog. */
    record Row(String keys, String action) {
    }

    private KeyboardShortcuts() {
    }

    /** Every shortcut with its display text for this platform (needs the FX toolkit). */
    static List<Row> rows() {
        return List.of(
                new Row(SHOW_SHORTCUTS.getDisplayText(), "Show this list of keyboard shortcuts"),
                new Row(FULL_SCREEN.getDisplayText(), "Enter or leave full screen"),
                new Row(QUIT.getDisplayText(), "Quit MPTCP Lab"),
                new Row("Up / Down", "Move through the scenario list"),
                new Row("Enter", "Open the selected scenario"),
                new Row("Space", "Run view: play or pause"),
                new Row("Right / Left", "Run view: step forward / step back"),
                new Row("Home", "Run view: back to the first event"),
                new Row("Alt / F10", "Focus the menu bar"));
    }
}
