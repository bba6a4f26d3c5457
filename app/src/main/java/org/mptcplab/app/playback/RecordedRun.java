package org.mptcplab.app.playback;

import java.util.List;
import org.mptcplab.engine.trace.TraceEvent;

/**
 * A run recorded to its end: the topology and every trace event, oldest first.
 *
 * @param source where it came from
 * @param topology the static picture
 * @param events the trace
 */
public record RecordedRun(RunSource source, TopologyModel topology, List<TraceEvent> events) {
    public RecordedRun {
        events = List.copyOf(events);
    }

    /** Records {@code source} synchronously in chunks of {@code chunk} actions (tests, batch). */
    public static RecordedRun record(RunSource source, int chunk) {
        return new RecordedRun(source, source.topology(), source.open().runToEnd(chunk));
    }
}
