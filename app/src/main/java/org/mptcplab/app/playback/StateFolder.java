package org.mptcplab.app.playback;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.mptcplab.engine.trace.ConnectionEvent;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.TraceEvent;

/**
 * Computes {@link PlaybackState} for any cursor from the nearest earlier checkpoint (one every
 * {@link #CHECKPOINT_EVERY} events). A checkpoint holds the folded counters and the packets in flight
 * at that point, so a seek anywhere, however long the trace, costs at most {@link #CHECKPOINT_EVERY}
 * event applications plus the packets in flight: the canvas never scans the whole trace.
 */
public final class StateFolder {
    /** Events between two checkpoints. */
    public static final int CHECKPOINT_EVERY = 256;

    private final List<TraceEvent> events;
    private final List<PacketHop> hops;
    private final int[] hopDepartingAt;
    private final List<Acc> checkpoints = new ArrayList<>();
    private final List<int[]> inFlightAtCheckpoint = new ArrayList<>();

    /** Precomputes checkpoints over the whole trace; {@code hops} in departure order (as {@link HopMatcher} gives). */
    public StateFolder(List<TraceEvent> events, List<PacketHop> hops) {
        this.events = List.copyOf(events);
        this.hops = List.copyOf(hops);
        hopDepartingAt = new int[this.events.size()];
        Arrays.fill(hopDepartingAt, -1);
        List<List<Integer>> endingAt = new ArrayList<>();
        for (int i = 0; i < this.events.size(); i++) {
            endingAt.add(null);
        }
        for (int h = 0; h < this.hops.size(); h++) {
            PacketHop hop = this.hops.get(h);
            // Hops matched on a longer trace than this one (a prefix) are cut at its end.
            if (hop.departIndex() >= hopDepartingAt.length) {
                continue;
            }
            hopDepartingAt[hop.departIndex()] = h;
            if (hop.endIndex() >= 0 && hop.endIndex() < hopDepartingAt.length) {
                if (endingAt.get(hop.endIndex()) == null) {
                    endingAt.set(hop.endIndex(), new ArrayList<>(1));
                }
                endingAt.get(hop.endIndex()).add(h);
            }
        }
        Acc acc = new Acc();
        TreeSet<Integer> flying = new TreeSet<>();
        checkpoints.add(acc.copy());
        inFlightAtCheckpoint.add(new int[0]);
        for (int i = 0; i < this.events.size(); i++) {
            acc.apply(this.events.get(i));
            if (hopDepartingAt[i] >= 0) {
                flying.add(hopDepartingAt[i]);
            }
            if (endingAt.get(i) != null) {
                flying.removeAll(endingAt.get(i));
            }
            if ((i + 1) % CHECKPOINT_EVERY == 0) {
                checkpoints.add(acc.copy());
                inFlightAtCheckpoint.add(flying.stream().mapToInt(Integer::intValue).toArray());
            }
        }
    }

    /** Matches the hops of {@code events} on {@code topology} and indexes them; for background threads. */
    public static StateFolder index(List<TraceEvent> events, TopologyModel topology) {
        return new StateFolder(events, HopMatcher.match(events, topology));
    }

    /** Number of events. */
    public int size() {
        return events.size();
    }

    /** The trace, oldest first. */
    public List<TraceEvent> events() {
        return events;
    }

    /** Every hop, in departure order. */
    public List<PacketHop> hops() {
        return hops;
    }

    /** The hop of the packet that event {@code index} put on a link, or null. */
    public PacketHop hopDepartingAt(int index) {
        if (index < 0 || index >= hopDepartingAt.length || hopDepartingAt[index] < 0) {
            return null;
        }
        return hops.get(hopDepartingAt[index]);
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
        long time = cursor < 0 ? 0 : events.get(cursor).time();
        return new PlaybackState(cursor, time, inFlightAt(cursor, c), acc.counters, acc.connections);
    }

    /** Packets in flight at the checkpoint that are still flying, then the ones that left since. */
    private List<PacketHop> inFlightAt(int cursor, int checkpoint) {
        List<PacketHop> out = new ArrayList<>();
        for (int h : inFlightAtCheckpoint.get(checkpoint)) {
            if (hops.get(h).inFlightAt(cursor)) {
                out.add(hops.get(h));
            }
        }
        for (int i = checkpoint * CHECKPOINT_EVERY; i <= cursor; i++) {
            PacketHop h = hopDepartingAt(i);
            if (h != null && h.inFlightAt(cursor)) {
                out.add(h);
            }
        }
        return out;
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
