package org.mptcplab.app.sequence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mptcplab.app.playback.NodeInfo;
import org.mptcplab.app.playback.NodeRole;
import org.mptcplab.app.playback.PacketHop;
import org.mptcplab.app.playback.StateFolder;
import org.mptcplab.app.playback.TopologyModel;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.MpCapableAck;
import org.mptcplab.engine.wire.MpCapableSynAck;

/**
 * The lanes and the lane-to-lane hops of one run, computed once per run (and per router visibility).
 * A hop into a hidden router is chained with the hop the router forwarded (the router's FORWARDED
 * event is both the arrival of one hop and the departure of the next), so the arrow goes straight
 * from the sender's lane to the next visible lane.
 */
public final class SequenceHops {
    private final List<SequenceLane> lanes;
    private final Map<String, Integer> laneIndex = new LinkedHashMap<>();
    private final List<ChainHop> hops;
    private final List<Long> times;
    private final List<String> subflows;

    private final DataSequenceBase dsnBase;

    private SequenceHops(List<SequenceLane> lanes, List<ChainHop> hops, List<Long> times, List<String> subflows,
            DataSequenceBase dsnBase) {
        this.dsnBase = dsnBase;
        this.lanes = List.copyOf(lanes);
        for (int i = 0; i < this.lanes.size(); i++) {
            laneIndex.put(this.lanes.get(i).name(), i);
        }
        this.hops = List.copyOf(hops);
        this.times = times;
        this.subflows = List.copyOf(subflows);
    }

    /** Lanes and chained hops of the run {@code index} on {@code topology}. */
    public static SequenceHops of(StateFolder index, TopologyModel topology, boolean showRouters) {
        return of(index, topology, List.of(), showRouters);
    }

    /**
     * Lanes and chained hops with the lanes {@code laneNames}, in that order; an empty list means every
     * node by role (routers only when {@code showRouters}). Hops into a node without a lane chain
     * through it as through a hidden router.
     *
     * @throws IllegalArgumentException when a name is not a node of {@code topology}
     */
    public static SequenceHops of(StateFolder index, TopologyModel topology, List<String> laneNames,
            boolean showRouters) {
        List<SequenceLane> lanes = new ArrayList<>();
        if (laneNames.isEmpty()) {
            topology.nodes().stream()
                    .filter(n -> showRouters || n.role() != NodeRole.ROUTER)
                    .sorted(Comparator.comparingInt((NodeInfo n) -> n.role().column()))
                    .forEach(n -> lanes.add(new SequenceLane(n.name(), n.role())));
        } else {
            for (String name : laneNames) {
                NodeInfo n = topology.node(name).orElseThrow(() -> new IllegalArgumentException(
                        "no node '" + name + "' (nodes: " + String.join(", ",
                                topology.nodes().stream().map(NodeInfo::name).toList()) + ")"));
                lanes.add(new SequenceLane(n.name(), n.role()));
            }
        }
        Set<String> visible = new LinkedHashSet<>();
        lanes.forEach(l -> visible.add(l.name()));
        Map<FiveTuple, Integer> subflows = new LinkedHashMap<>();
        List<ChainHop> out = new ArrayList<>();
        for (PacketHop first : index.hops()) {
            if (!visible.contains(first.from())) {
                continue;
            }
            PacketHop last = first;
            // Bounded by the number of hops: each step moves to a strictly later departure.
            while (!visible.contains(last.to()) && !last.dropped() && last.endIndex() >= 0) {
                PacketHop next = index.hopDepartingAt(last.endIndex());
                if (next == null || next.departIndex() <= last.departIndex()) {
                    break;
                }
                last = next;
            }
            boolean arrived = visible.contains(last.to());
            if (!arrived && !last.dropped() && last.endIndex() >= 0 && !isRouter(topology, last.to())) {
                // Delivered to a host or balancer that has no lane: not part of this chart.
                continue;
            }
            boolean lost = !arrived && (last.dropped() || last.endIndex() >= 0);
            FiveTuple t = FiveTuple.of(first.packet());
            FiveTuple canonical = t.compareTo(t.reversed()) <= 0 ? t : t.reversed();
            int colour = subflows.computeIfAbsent(canonical, k -> subflows.size());
            out.add(new ChainHop(first.departIndex(), arrived || lost ? last.endIndex() : -1,
                    first.from(), arrived ? last.to() : null, last.dropped() || lost, first.packet(), first.kind(),
                    colour));
        }
        List<Long> keys = new ArrayList<>();
        for (ChainHop h : out) {
            h.packet().tcp().find(MpCapableSynAck.class).ifPresent(o -> keys.add(o.key()));
            h.packet().tcp().find(MpCapableAck.class).ifPresent(o -> {
                keys.add(o.senderKey());
                keys.add(o.receiverKey());
            });
        }
        List<Long> times = new ArrayList<>(index.size());
        index.events().forEach(e -> times.add(e.time()));
        return new SequenceHops(lanes, out, times, subflows.keySet().stream().map(FiveTuple::toString).toList(),
                new DataSequenceBase(keys));
    }

    private static boolean isRouter(TopologyModel topology, String node) {
        return topology.node(node).map(n -> n.role() == NodeRole.ROUTER).orElse(true);
    }

    /** Lanes, left to right. */
    public List<SequenceLane> lanes() {
        return lanes;
    }

    /** Lane-to-lane hops in departure order. */
    public List<ChainHop> hops() {
        return hops;
    }

    /** Index of the lane of {@code node}, -1 when it has none (null or hidden). */
    public int lane(String node) {
        return node == null ? -1 : laneIndex.getOrDefault(node, -1);
    }

    /** The canonical 5-tuple of each subflow colour index. */
    public List<String> subflows() {
        return subflows;
    }

    /** Writes DSNs relative to the run's connections' IDSNs. */
    public DataSequenceBase dsnBase() {
        return dsnBase;
    }

    /** Time of trace event {@code index}, ns. */
    public long time(int index) {
        return times.get(index);
    }
}
