package org.mptcplab.engine.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A sink that keeps every event in order (for the GUI's step back, tests and lesson checks). */
public final class TraceRecorder implements TraceSink {
    private final List<TraceEvent> events = new ArrayList<>();

    @Override
    public void accept(TraceEvent event) {
        events.add(event);
    }

    /** All events so far, oldest first (a read-only view). */
    public List<TraceEvent> events() {
        return Collections.unmodifiableList(events);
    }

    /** Events of one record type, oldest first. */
    public <T extends TraceEvent> List<T> ofType(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (TraceEvent e : events) {
            if (type.isInstance(e)) {
                out.add(type.cast(e));
            }
        }
        return out;
    }
}
