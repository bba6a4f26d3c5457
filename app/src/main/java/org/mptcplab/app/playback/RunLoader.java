package org.mptcplab.app.playback;

import javafx.concurrent.Task;

/**
 * Records a whole run off the FX thread, in chunks of {@code chunk} kernel actions, checking for
 * cancellation between chunks. Progress is simulated time over end time; {@link Task} coalesces the
 * progress and message updates it posts to the FX thread, which throttles them. Recording stops at
 * {@link #MAX_EVENTS}: a step-through view of more events than that is no longer a lesson, and the
 * recorded trace must fit in memory. A run that aborts still succeeds, with the events before the
 * abort and its {@link RunStop} (see {@link RunRecording}).
 */
public final class RunLoader extends Task<IndexedRun> {
    /** Most events kept; the run is cut there and the message says so. */
    public static final int MAX_EVENTS = 400_000;
    private final RunSource source;
    private final int chunk;

    /** A loader for {@code source}, advancing {@code chunk} actions at a time. */
    public RunLoader(RunSource source, int chunk) {
        if (chunk <= 0) {
            throw new IllegalArgumentException("chunk must be positive: " + chunk);
        }
        this.source = source;
        this.chunk = chunk;
    }

    @Override
    protected IndexedRun call() {
        updateMessage("Simulating " + source.id() + "…");
        RecordedRun run = RunRecording.record(source, source.topology(), chunk, MAX_EVENTS, this::isCancelled,
                (session, events) -> {
                    updateProgress(Math.min(session.now(), session.endTime()), session.endTime());
                    updateMessage("Simulating " + source.id() + ": " + events + " events");
                });
        updateMessage("Indexing " + run.events().size() + " events…");
        return IndexedRun.of(run);
    }
}
