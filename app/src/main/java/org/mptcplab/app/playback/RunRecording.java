package org.mptcplab.app.playback;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.mptcplab.engine.trace.TraceEvent;

/**
 * Drives one {@link RunSession} to its end, a cancellation or an event limit, and keeps what it
 * published even when it fails: a session that throws (or reports a {@link RunStop}) ends the
 * recording with the events of the chunks before the failure and the stop. Nothing thrown by the
 * session reaches the caller, so neither the FX thread nor a background task sees an engine bug as a
 * crash.
 */
public final class RunRecording {

    /** Told after each chunk: the session and the events kept so far. */
    @FunctionalInterface
    public interface Progress {
        /** {@code session} advanced; {@code events} are kept so far. */
        void update(RunSession session, int events);
    }

    private RunRecording() {
    }

    /** Records {@code source} to its end in chunks of {@code chunk} actions (tests, compare, batch). */
    public static RecordedRun record(RunSource source, int chunk) {
        return record(source, source.topology(), chunk, Integer.MAX_VALUE, () -> false, (s, n) -> { });
    }

    /**
     * Records {@code source} on {@code topology}, in chunks of {@code chunk} actions, keeping at most
     * {@code maxEvents} events and checking {@code cancelled} between chunks.
     */
    public static RecordedRun record(RunSource source, TopologyModel topology, int chunk, int maxEvents,
            BooleanSupplier cancelled, Progress progress) {
        if (chunk <= 0) {
            throw new IllegalArgumentException("chunk must be positive: " + chunk);
        }
        RunSession session = source.open();
        List<TraceEvent> events = new ArrayList<>();
        RunStop stop = null;
        while (stop == null && !session.finished() && !cancelled.getAsBoolean() && events.size() < maxEvents) {
            try {
                events.addAll(session.advance(chunk));
                stop = session.stopped().orElse(null);
                progress.update(session, events.size());
            } catch (RuntimeException e) {
                stop = RunStop.of(e, timeOf(session));
            }
        }
        if (events.size() > maxEvents) {
            events.subList(maxEvents, events.size()).clear();
        }
        return new RecordedRun(source, topology, events, stop);
    }

    /** The session's time, or 0 when the broken session cannot even say that. */
    private static long timeOf(RunSession session) {
        try {
            return session.now();
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
