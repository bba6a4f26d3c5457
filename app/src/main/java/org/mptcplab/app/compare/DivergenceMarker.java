package org.mptcplab.app.compare;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

/**
 * The divergence marker of one side ({@code #divergence-left} / {@code #divergence-right}): names the
 * event where the stories part, lights up while the cursor is on it, and jumps there when clicked.
 */
public final class DivergenceMarker extends Button {
    private int marked = -1;

    DivergenceMarker(String side, Runnable jump) {
        setId("divergence-" + side);
        getStyleClass().add("divergence-marker");
        setFocusTraversable(false);
        // Event labels such as MP_JOIN contain underscores, which are not mnemonics here.
        setMnemonicParsing(false);
        setOnAction(e -> jump.run());
        setTooltip(new Tooltip("The first moment whose outcome differs between the two runs: click to show it"));
        setVisible(false);
        setManaged(false);
    }

    /** Marks trace event {@code index} (-1: no divergence). */
    void mark(int index, String what) {
        marked = index;
        setText(index < 0 ? "" : "◆ Diverges at event " + (index + 1) + ": " + what);
        setVisible(index >= 0);
        setManaged(index >= 0);
    }

    /** Lights the marker while {@code cursor} is on the marked event. */
    void follow(int cursor) {
        boolean on = marked >= 0 && cursor == marked;
        setStyle(on ? "-fx-background-color: #c62828; -fx-text-fill: white; -fx-font-weight: bold;"
                : "-fx-background-color: #ffebee; -fx-text-fill: #b71c1c; -fx-font-weight: bold;");
    }

    /** The trace index this marker marks, -1 when none. */
    public int markedIndex() {
        return marked;
    }
}
