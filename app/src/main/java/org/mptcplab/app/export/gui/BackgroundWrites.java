package org.mptcplab.app.export.gui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import org.mptcplab.app.files.UserDialogs;

/**
 * Runs one export's file writing on the worker and reports on the UI side: a status line when it
 * starts and when it is done, an error dialog (never a stack trace) when it fails.
 */
final class BackgroundWrites {
    /** Writing that may fail with an I/O error. */
    @FunctionalInterface
    interface Work<T> {
        T call() throws IOException;
    }

    private final ExportThreads threads;
    private final UserDialogs dialogs;
    private final Consumer<String> status;

    BackgroundWrites(ExportThreads threads, UserDialogs dialogs, Consumer<String> status) {
        this.threads = threads;
        this.dialogs = dialogs;
        this.status = status;
    }

    /**
     * Runs {@code work}; the future completes on the UI side with its result, or with {@code failed}
     * after the error dialog titled {@code title} named {@code out} and the reason.
     */
    <T> CompletableFuture<T> run(String title, Path out, String started, Work<T> work, Function<T, String> done,
            T failed) {
        CompletableFuture<T> result = new CompletableFuture<>();
        status.accept(started);
        threads.worker().execute(() -> {
            try {
                T value = work.call();
                threads.ui().execute(() -> {
                    status.accept(done.apply(value));
                    result.complete(value);
                });
            } catch (IOException | RuntimeException e) {
                threads.ui().execute(() -> {
                    status.accept(title + ".");
                    dialogs.showError(title, out + ": " + describe(e));
                    result.complete(failed);
                });
            }
        });
        return result;
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + m;
    }
}
