package org.mptcplab.app.playback;

import java.util.List;
import java.util.Optional;
import org.mptcplab.engine.trace.TraceEvent;

/**
 * A recorded run: the topology and every trace event, oldest first; when the run was stopped early
 * (watchdog abort, engine exception), the events up to the stop and why it stopped.
 *
 * @param source   where it came from
 * @param topology the static picture
 * @param events   the trace
 * @param stop     why the recording ended early, or null when it reached its end
 */
public record RecordedRun(RunSource source, TopologyModel topology, List<TraceEvent> events, RunStop stop) {
    public RecordedRun {
        events = List.copyOf(events);
    }

    /** A run recorded to its end. */
    public RecordedRun(RunSource source, TopologyModel topology, List<TraceEvent> events) {
        this(source, topology, events, null);
    }

    /**
     * Records {@code source} synchronously in chunks of {@code chunk} actions (tests, compare, batch); a
     * run that aborts keeps the events before the abort (see {@link RunRecording}).
     */
    public static RecordedRun record(RunSource source, int chunk) {
        return RunRecording.record(source, chunk);
    }

    /** Why the recording ended early; empty when it reached its end. */
    public Optional<RunStop> stopped() {
        return Optional.ofNullable(stop);
    }
}
