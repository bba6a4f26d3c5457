package org.mptcplab.app.canvas;

import javafx.application.Platform;
import javafx.scene.Node;

/**
 * Draws a canvas view at most once per JavaFX pulse. Changes only mark the picture out of date;
 * drawing waits for the next pulse, so a frame in which the cursor, the play head and the selection
 * all change is drawn once, from the final state, and what is shown is never older than the last
 * pulse, however far a fast-forward jumped.
 */
public final class PulseRedraw {
    private final Runnable draw;
    private final Runnable drawOnPulse = this::drawIfDirty;
    private boolean dirty = true;

    /** Redraws {@code owner} with {@code draw} on the pulses of whatever scene it is shown in. */
    public PulseRedraw(Node owner, Runnable draw) {
        this.draw = draw;
        owner.sceneProperty().addListener((o, old, now) -> {
            if (old != null) {
                old.removePreLayoutPulseListener(drawOnPulse);
            }
            if (now != null) {
                now.addPreLayoutPulseListener(drawOnPulse);
                invalidate();
            }
        });
    }

    /** Marks the picture out of date and asks for a pulse. */
    public void invalidate() {
        dirty = true;
        Platform.requestNextPulse();
    }

    private void drawIfDirty() {
        if (dirty) {
            dirty = false;
            draw.run();
        }
    }
}
