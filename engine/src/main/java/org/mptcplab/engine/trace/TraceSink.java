package org.mptcplab.engine.trace;

/** Receives trace events in the order they happen. Sinks must not schedule simulation work. */
@FunctionalInterface
public interface TraceSink {
    void accept(TraceEvent event);
}
