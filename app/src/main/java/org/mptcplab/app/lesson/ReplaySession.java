package org.mptcplab.app.lesson;

import java.util.List;
import org.mptcplab.app.playback.RunSession;
import org.mptcplab.engine.trace.TraceEvent;

/**
 * A {@link RunSession} that hands out events recorded before instead of running the engine: the
 * cached prefix of a step's run ({@link StepRunCache}). Each chunk hands out at most as many events
 * as the caller allows actions, so progress still moves in steps.
 */
final class ReplaySession implements RunSession {
    private final List<TraceEvent> events;
    private final long endTime;
    private int delivered;

    ReplaySession(List<TraceEvent> events, long endTime) {
        this.events = events;
        this.endTime = endTime;
    }

    @Override
    public List<TraceEvent> advance(int maxActions) {
        if (maxActions <= 0) {
            throw new IllegalArgumentException("maxActions must be positive: " + maxActions);
        }
        int to = (int) Math.min(events.size(), (long) delivered + maxActions);
        List<TraceEvent> chunk = List.copyOf(events.subList(delivered, to));
        delivered = to;
        return chunk;
    }

    @Override
    public boolean finished() {
        return delivered >= events.size();
    }

    @Override
    public long now() {
        return finished() ? endTime : delivered == 0 ? 0 : events.get(delivered - 1).time();
    }

    @Override
    public long endTime() {
        return endTime;
    }
}
