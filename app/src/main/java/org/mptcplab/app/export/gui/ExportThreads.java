package org.mptcplab.app.export.gui;

import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import org.mptcplab.app.playback.Background;

/**
 * Where export work runs: files are written on {@code worker} so a long export (a 500-step range)
 * never freezes the window, and results and error dialogs come back on {@code ui}.
 *
 * @param worker runs the writing
 * @param ui     runs what follows it (status line, error dialog)
 */
public record ExportThreads(Executor worker, Executor ui) {

    public ExportThreads {
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(ui, "ui");
    }

    /** A fresh daemon thread per export, results on the JavaFX thread. */
    public static ExportThreads fx() {
        return new ExportThreads(Background.daemon("export-writer"), Platform::runLater);
    }

    /** Everything on the caller's thread: tests of the view-models. */
    public static ExportThreads callerThread() {
        return new ExportThreads(Runnable::run, Runnable::run);
    }
}
