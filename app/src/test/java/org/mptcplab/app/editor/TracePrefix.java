package org.mptcplab.app.editor;

import java.util.ArrayList;
import java.util.List;
import org.mptcplab.app.playback.RunSession;
import org.mptcplab.app.playback.ScenarioRunSource;
import org.mptcplab.engine.trace.TraceEvent;

/** The first events of a run: enough to cover the handshakes, hash decisions and first data. */
final class TracePrefix {
    private static final int EVENTS = 3_000;

    private TracePrefix() {}

    static List<TraceEvent> of(ScenarioRunSource source) {
        RunSession session = source.open();
        List<TraceEvent> events = new ArrayList<>();
        while (!session.finished() && events.size() < EVENTS) {
            events.addAll(session.advance(200));
        }
        return events;
    }
}
