package org.mptcplab.app.recovery;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** {@link Autosaver.Timer} on the JavaFX application thread, with a pause transition. */
public final class FxTimer implements Autosaver.Timer {
    @Override
    public void runAfter(long delayMillis, Runnable task) {
        PauseTransition pause = new PauseTransition(Duration.millis(Math.max(1, delayMillis)));
        pause.setOnFinished(e -> task.run());
        pause.play();
    }
}
