package org.mptcplab.app.editor;

import java.util.List;
import org.mptcplab.engine.scenario.run.TraceJsonLines;
import org.mptcplab.engine.trace.TraceEvent;

/**
 * Where two traces part. Events are compared through their JSON-lines form, the engine's canonical
 * text of an event, because packet records hold byte arrays whose {@code equals} is identity.
 */
public final class TraceDivergence {

    private TraceDivergence() {
    }

    /** Index of the first event that differs; the shorter length when one is a prefix of the other. */
    public static int first(List<TraceEvent> a, List<TraceEvent> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            if (!TraceJsonLines.toJson(a.get(i)).equals(TraceJsonLines.toJson(b.get(i)))) {
                return i;
            }
        }
        return n;
    }
}
