package org.mptcplab.app.playback;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Worker;

/**
 * The recording side of a {@link PlaybackViewModel}: whether a run is being recorded, its progress,
 * the status line and why the loaded run stopped early, if it did.
 */
final class RunLoading {
    final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    final ReadOnlyDoubleWrapper loadProgress = new ReadOnlyDoubleWrapper();
    final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    final ReadOnlyObjectWrapper<RunStop> stop = new ReadOnlyObjectWrapper<>();

    /**
     * Records {@code source} on {@code executor} and hands the result to {@code onLoaded} (which sets
     * {@link #stop}); progress and message follow the recording while it runs.
     */
    RunLoader open(RunSource source, Executor executor, Consumer<IndexedRun> onLoaded) {
        RunLoader loader = new RunLoader(source, PlaybackViewModel.LOAD_CHUNK);
        loading.set(true);
        loadProgress.bind(loader.progressProperty());
        message.bind(loader.messageProperty());
        loader.stateProperty().addListener((o, a, s) -> {
            if (s == Worker.State.SUCCEEDED || s == Worker.State.FAILED || s == Worker.State.CANCELLED) {
                finish(loader, s, source, onLoaded);
            }
        });
        executor.execute(loader);
        return loader;
    }

    private void finish(RunLoader loader, Worker.State s, RunSource source, Consumer<IndexedRun> onLoaded) {
        loadProgress.unbind();
        message.unbind();
        if (s == Worker.State.SUCCEEDED) {
            onLoaded.accept(loader.getValue());
            int n = loader.getValue().index().size();
            message.set(stop.get() != null ? stop.get().line() : source.title() + ": " + n + " events"
                    + (n >= RunLoader.MAX_EVENTS ? " (recording stopped there)." : "."));
        } else if (s == Worker.State.FAILED) {
            // A recording that fails before its first event keeps the run shown so far; only the stop changes.
            Throwable why = loader.getException();
            stop.set(RunStop.of(why != null ? why : new IllegalStateException("recording failed"), 0));
            message.set(stop.get().line());
        } else {
            message.set("Run cancelled.");
        }
        // Last, so that whoever waits for the end of loading finds the run in place.
        loading.set(false);
    }
}
