package org.mptcplab.app.playback;

import java.util.List;
import java.util.Optional;
import org.mptcplab.engine.trace.TraceEvent;

/**
 * One simulation being advanced lazily in bounded chunks, so that no caller ever runs a long
 * simulation in one go (the FX thread must stay responsive).
 */
public interface RunSession {

    /**
     * Runs at most {@code maxActions} kernel actions.
     *
     * @return the trace events those actions published, oldest first
     */
    List<TraceEvent> advance(int maxActions);

    /** True once the run reached its end time or ran out of work. */
    boolean finished();

    /** Simulated time reached so far, ns. */
    long now();

    /** Simulated time at which the run stops, ns. */
    long endTime();

    /**
     * Why the run finished early, if it did: a session that catches the engine's abort (or an engine
     * exception) reports it here instead of throwing, so the events before it are kept.
     */
    default Optional<RunStop> stopped() {
        return Optional.empty();
    }
}
