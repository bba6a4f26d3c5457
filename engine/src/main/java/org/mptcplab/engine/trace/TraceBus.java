package org.mptcplab.engine.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The per-simulation fan-out to sinks. Publishers check {@link #enabled()} before building an event,
 * so a run with no sinks ("express mode") allocates no trace records at all.
 */
public final class TraceBus {
    private final List<TraceSink> sinks = new ArrayList<>();
    private TraceSink[] snapshot = new TraceSink[0];

    /** Adds a sink; it sees every event published from now on. */
    public void add(TraceSink sink) {
        sinks.add(Objects.requireNonNull(sink, "sink"));
        snapshot = sinks.toArray(new TraceSink[0]);
    }

    /** Removes a sink. */
    public void remove(TraceSink sink) {
        sinks.remove(sink);
        snapshot = sinks.toArray(new TraceSink[0]);
    }

    /** True when at least one sink listens. */
    public boolean enabled() {
        return snapshot.length > 0;
    }

    /** Hands {@code event} to every sink, in the order they were added. */
    public void publish(TraceEvent event) {
        for (TraceSink s : snapshot) {
            s.accept(event);
        }
    }
}
