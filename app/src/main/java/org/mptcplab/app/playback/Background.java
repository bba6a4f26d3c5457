package org.mptcplab.app.playback;

import java.util.concurrent.Executor;

/**
 * Where the GUI runs work that must stay off the JavaFX thread (recording a run, exporting a figure):
 * a fresh daemon thread per task, so an unfinished task never keeps the application from exiting.
 */
public final class Background {

    private Background() {
    }

    /** An executor that starts each task on a new daemon thread called {@code name}. */
    public static Executor daemon(String name) {
        return task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            t.start();
        };
    }
}
