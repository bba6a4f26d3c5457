package org.mptcplab.app.playback;

import java.util.ArrayList;
import java.util.List;
import javafx.concurrent.Task;
import org.mptcplab.engine.trace.TraceEvent;

/**
 * Records a whole run off the FX thread, in chunks of {@code chunk} kernel actions, checking for
 * cancellation between chunks. Progress is simulated time over end time; {@link Task} coalesces the
 * progress and message updates it posts to the FX thread, which throttles them. Recording stops at
 * {@link #MAX_EVENTS}: a step-through view of more events than that is no longer a lesson, and the
 * recorded trace must fit in memory.
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
        TopologyModel topology = source.topology();
        RunSession session = source.open();
        List<TraceEvent> events = new ArrayList<>();
        updateMessage("Simulating " + source.id() + "…");
        while (!session.finished() && !isCancelled() && events.size() < MAX_EVENTS) {
            events.addAll(session.advance(chunk));
            updateProgress(Math.min(session.now(), session.endTime()), session.endTime());
            updateMessage("Simulating " + source.id() + ": " + events.size() + " events");
        }
        if (events.size() > MAX_EVENTS) {
            events.subList(MAX_EVENTS, events.size()).clear();
        }
        updateMessage("Indexing " + events.size() + " events…");
        return IndexedRun.of(new RecordedRun(source, topology, events));
    }
}
