package org.mptcplab.app.export.gui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.mptcplab.app.playback.PlaybackViewModel;

/**
 * Moves a playback to a step once its run is recorded. A step past the end of the run (a scenario
 * recorded shorter than when it was exported) lands on the last event instead.
 */
public final class StepSeeker {
    private StepSeeker() {
    }

    /** Seeks {@code playback} to {@code step} now if its run is loaded, else as soon as loading ends. */
    public static void seekWhenLoaded(PlaybackViewModel playback, int step) {
        if (!playback.loadingProperty().get()) {
            seek(playback, step);
            return;
        }
        playback.loadingProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean loading) {
                if (!loading) {
                    playback.loadingProperty().removeListener(this);
                    seek(playback, step);
                }
            }
        });
    }

    private static void seek(PlaybackViewModel playback, int step) {
        int last = playback.getEvents().size() - 1;
        playback.seek(Math.max(-1, Math.min(step, last)));
    }
}
