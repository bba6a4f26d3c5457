package org.mptcplab.app.playback;

import java.util.ArrayList;
import java.util.List;
import javafx.concurrent.Task;
import org.mptcplab.engine.trace.TraceEvent;

/**
 * Records a whole run off the FX thread, in chunks of {@code chunk} kernel actions, checking for
 * cancellation between chunks. Progress is simulated time over end time; {@link Task} coalesces the
 * progress and message updates it posts to the FX thread, which throttles them.
 */
public final class RunLoader extends Task<RecordedRun> {
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
    protected RecordedRun call() {
        TopologyModel topology = source.topology();
        RunSession session = source.open();
        List<TraceEvent> events = new ArrayList<>();
        updateMessage("Simulating " + source.id() + "…");
        while (!session.finished() && !isCancelled()) {
            events.addAll(session.advance(chunk));
            updateProgress(Math.min(session.now(), session.endTime()), session.endTime());
            updateMessage("Simulating " + source.id() + ": " + events.size() + " events");
        }
        return new RecordedRun(source, topology, events);
    }
}
