package org.mptcplab.app.playback;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.mptcplab.engine.trace.ConnectionEvent;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.TraceEvent;

/**
 * Computes {@link PlaybackState} for any cursor by folding events from the nearest earlier
 * checkpoint (one every {@link #CHECKPOINT_EVERY} events), so seeking anywhere costs at most that
 * many event applications plus a scan of the hops.
 */
public final class StateFolder {
    /** Events between two checkpoints. */
    public static final int CHECKPOINT_EVERY = 256;

    private final List<TraceEvent> events;
    private final List<PacketHop> hops;
    private final List<Acc> checkpoints = new ArrayList<>();

    /** Precomputes checkpoints over the whole trace. */
    public StateFolder(List<TraceEvent> events, List<PacketHop> hops) {
        this.events = List.copyOf(events);
        this.hops = List.copyOf(hops);
        Acc acc = new Acc();
        checkpoints.add(acc.copy());
        for (int i = 0; i < this.events.size(); i++) {
            acc.apply(this.events.get(i));
            if ((i + 1) % CHECKPOINT_EVERY == 0) {
                checkpoints.add(acc.copy());
            }
        }
    }

    /** Number of events. */
    public int size() {
        return events.size();
    }

    /** The state after events {@code 0..cursor} ran ({@code cursor} = -1: before the first). */
    public PlaybackState stateAt(int cursor) {
        if (cursor < -1 || cursor >= events.size()) {
            throw new IndexOutOfBoundsException("cursor " + cursor + " outside -1.." + (events.size() - 1));
        }
        int applied = cursor + 1;
        int c = applied / CHECKPOINT_EVERY;
        Acc acc = checkpoints.get(c).copy();
        for (int i = c * CHECKPOINT_EVERY; i < applied; i++) {
            acc.apply(events.get(i));
        }
        List<PacketHop> inFlight = new ArrayList<>();
        for (PacketHop h : hops) {
            if (h.departIndex() > cursor) {
                break;
            }
            if (h.inFlightAt(cursor)) {
                inFlight.add(h);
            }
        }
        long time = cursor < 0 ? 0 : events.get(cursor).time();
        return new PlaybackState(cursor, time, inFlight, acc.counters, acc.connections);
    }

    /** Mutable accumulator of the foldable part of the state. */
    private static final class Acc {
        final TreeMap<String, NodeCounters> counters = new TreeMap<>();
        final TreeMap<String, String> connections = new TreeMap<>();

        void apply(TraceEvent e) {
            if (e instanceof PacketEvent p) {
                counters.put(p.node(), counters.getOrDefault(p.node(), NodeCounters.ZERO).plus(p.kind()));
            } else if (e instanceof ConnectionEvent c) {
                connections.put(c.node() + " " + c.flow(), c.to());
            }
        }

        Acc copy() {
            Acc a = new Acc();
            a.counters.putAll(counters);
            a.connections.putAll(connections);
            return a;
        }
    }
}
