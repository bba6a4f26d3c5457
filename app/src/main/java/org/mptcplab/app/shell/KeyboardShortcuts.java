package org.mptcplab.app.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.mptcplab.app.playback.EventKind;

/**
 * The shell's keyboard shortcuts in one place: the menus install them as accelerators and the
 * shortcuts dialog lists them, so the two cannot drift apart.
 */
final class KeyboardShortcuts {

    static final KeyCombination QUIT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination FULL_SCREEN = new KeyCodeCombination(KeyCode.F11);
    static final KeyCombination SHOW_SHORTCUTS = new KeyCodeCombination(KeyCode.F1);
    static final KeyCombination COMPARE = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination LESSONS = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PRESENTER = new KeyCodeCombination(KeyCode.F5);
    static final KeyCombination ZOOM_IN = new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ZOOM_OUT = new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ZOOM_RESET = new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination EXPORT_FIGURE = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    /** One line of the shortcuts dialog. */
    record Row(String keys, String action) {
    }

    /** A single key that moves the Run view's cursor to the next event of {@code kind}. */
    record RunTo(KeyCode key, EventKind kind) {
    }

    /** Run-to-next keys of the Run view, in the playback bar's menu order. */
    static final List<RunTo> RUN_TO_NEXT = List.of(new RunTo(KeyCode.S, EventKind.SYN),
            new RunTo(KeyCode.J, EventKind.MP_JOIN), new RunTo(KeyCode.A, EventKind.ADD_ADDR),
            new RunTo(KeyCode.R, EventKind.RST), new RunTo(KeyCode.H, EventKind.HASH),
            new RunTo(KeyCode.D, EventKind.DROP));

    private KeyboardShortcuts() {
    }

    /** Every shortcut with its display text for this platform (needs the FX toolkit). */
    static List<Row> rows() {
        List<Row> rows = new ArrayList<>(List.of(
                new Row(SHOW_SHORTCUTS.getDisplayText(), "Show this list of keyboard shortcuts"),
                new Row(FULL_SCREEN.getDisplayText(), "Enter or leave full screen"),
                new Row(QUIT.getDisplayText(), "Quit MPTCP Lab"),
                new Row(ZOOM_IN.getDisplayText() + " / " + ZOOM_OUT.getDisplayText() + " / "
                        + ZOOM_RESET.getDisplayText(), "Diagrams larger / smaller / 100 % (for a projector)"),
                new Row(EXPORT_FIGURE.getDisplayText(), "Export the shown run as a figure"),
                new Row(COMPARE.getDisplayText(), "Compare two runs side by side (failure | fix)"),
                new Row("Page Down / Page Up, D", "Compare view: next / previous story moment, jump to the divergence"),
                new Row(LESSONS.getDisplayText(), "Open the lesson player"),
                new Row(PRESENTER.getDisplayText(), "Lesson player in presenter mode (Page Down / Page Up steps,"
                        + " B blank, P pointer, I inspectors)"),
                new Row("Up / Down", "Move through the scenario list"),
                new Row("Enter", "Open the selected scenario"),
                new Row("Space", "Run view: play or pause"),
                new Row("Right / Left", "Run view: step forward / step back"),
                new Row("Home", "Run view: back to the first event"),
                new Row("End", "Run view: jump to the last event"),
                new Row("Page Down / Page Up", "Run view: scrub 10 events forward / back"),
                new Row("+ / -", "Run view: play twice as fast / half as fast")));
        for (RunTo r : RUN_TO_NEXT) {
            rows.add(new Row(r.key().getName(), "Run view: run to the next " + r.kind().label()));
        }
        rows.add(new Row("Alt / F10", "Focus the menu bar"));
        return List.copyOf(rows);
    }
}
