package org.mptcplab.app.inspect;

import java.util.List;
import java.util.function.Supplier;
import org.mptcplab.app.playback.PlaybackViewModel;
import org.mptcplab.engine.trace.TraceEvent;

/**
 * Feeds the trace up to the playback cursor to the inspectors that derive values from earlier packets:
 * the packet inspector's derivation trail and the hash-decision inspector's MP_JOIN comparison.
 */
public final class InspectorTrace {
    private InspectorTrace() {}

    /** Lets {@code packets} and {@code hashes} read {@code playback}'s events up to and including the cursor. */
    public static void attach(PlaybackViewModel playback, PacketInspectorViewModel packets, HashDecisionView hashes) {
        Supplier<List<TraceEvent>> upToCursor = () -> upToCursor(playback);
        packets.traceSource(upToCursor);
        hashes.traceSource(upToCursor);
    }

    /** The events up to and including the cursor (none before the first step). */
    static List<TraceEvent> upToCursor(PlaybackViewModel playback) {
        List<TraceEvent> events = playback.getEvents();
        int end = Math.min(events.size(), playback.getCursor() + 1);
        return events.subList(0, Math.max(0, end));
    }
}
