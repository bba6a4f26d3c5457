package org.mptcplab.app.playback;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.wire.Packet;

/**
 * Pairs each packet departure with its arrival or drop. Links are FIFO per direction, so arrivals
 * match the oldest pending departure on the link into that node with the same TCP fields (routers
 * change TTL and NAT changes addresses, so only TCP fields are compared). A router reports a
 * FORWARDED event only, which is both an arrival and a new departure.
 */
public final class HopMatcher {
    private final TopologyModel topology;
    private final Map<String, Deque<Open>> pending = new LinkedHashMap<>();
    // The same queues by receiving node, so an arrival that names no interface finds its candidates directly.
    private final Map<String, List<Deque<Open>>> pendingInto = new LinkedHashMap<>();
    private final List<PacketHop> done = new ArrayList<>();

    private HopMatcher(TopologyModel topology) {
        this.topology = topology;
    }

    /** All hops of {@code events}, ordered by departure index. */
    public static List<PacketHop> match(List<TraceEvent> events, TopologyModel topology) {
        HopMatcher m = new HopMatcher(topology);
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof PacketEvent p) {
                m.accept(i, p);
            }
        }
        for (Deque<Open> q : m.pending.values()) {
            for (Open o : q) {
                m.done.add(o.close(-1, o.time() + o.delay(), false));
            }
        }
        m.done.sort(Comparator.comparingInt(PacketHop::departIndex));
        return List.copyOf(m.done);
    }

    private void accept(int i, PacketEvent e) {
        switch (e.kind()) {
            case SENT -> depart(i, e);
            case FORWARDED -> {
                arriveAnywhere(i, e, false);
                depart(i, e);
            }
            case RECEIVED -> arriveOn(i, e, false);
            case DROPPED -> drop(i, e);
        }
    }

    private void depart(int i, PacketEvent e) {
        Optional<LinkInfo> link = e.iface() == null ? Optional.empty() : topology.linkAt(e.node(), e.iface());
        if (link.isEmpty()) {
            return;
        }
        LinkInfo l = link.get();
        String to = l.peerOf(e.node());
        pending.computeIfAbsent(key(l.name(), to), k -> {
            Deque<Open> q = new ArrayDeque<>();
            pendingInto.computeIfAbsent(to, n -> new ArrayList<>()).add(q);
            return q;
        }).addLast(new Open(i, e.time(), l, e.node(), to, e.packet()));
    }

    private void arriveOn(int i, PacketEvent e, boolean dropped) {
        topology.linkAt(e.node(), e.iface())
                .ifPresent(l -> closeFirst(pending.get(key(l.name(), e.node())), i, e, dropped));
    }

    private void arriveAnywhere(int i, PacketEvent e, boolean dropped) {
        for (Deque<Open> q : pendingInto.getOrDefault(e.node(), List.of())) {
            if (closeFirst(q, i, e, dropped)) {
                return;
            }
        }
    }

    private void drop(int i, PacketEvent e) {
        if (e.iface() == null) {
            arriveAnywhere(i, e, true);
            return;
        }
        Optional<LinkInfo> link = topology.linkAt(e.node(), e.iface());
        if (link.isEmpty()) {
            return;
        }
        // Dropped before leaving (queue full, link down): the newest departure from this node.
        Deque<Open> outbound = pending.get(key(link.get().name(), link.get().peerOf(e.node())));
        if (outbound != null && !outbound.isEmpty() && sameSegment(outbound.peekLast().packet, e.packet())) {
            Open o = outbound.pollLast();
            done.add(o.close(i, e.time(), true));
            return;
        }
        arriveOn(i, e, true);
    }

    private boolean closeFirst(Deque<Open> queue, int i, PacketEvent e, boolean dropped) {
        if (queue == null) {
            return false;
        }
        for (Iterator<Open> it = queue.iterator(); it.hasNext(); ) {
            Open o = it.next();
            if (sameSegment(o.packet, e.packet())) {
                it.remove();
                done.add(o.close(i, e.time(), dropped));
                return true;
            }
        }
        return false;
    }

    private static boolean sameSegment(Packet a, Packet b) {
        return a.tcp().seq() == b.tcp().seq() && a.tcp().ack() == b.tcp().ack() && a.tcp().flags() == b.tcp().flags()
                && a.payloadLength() == b.payloadLength();
    }

    private static String key(String link, String to) {
        return link + ">" + to;
    }

    private record Open(int index, long time, LinkInfo link, String from, String to, Packet packet) {
        long delay() {
            return link.delayNanos();
        }

        PacketHop close(int end, long endTime, boolean dropped) {
            return new PacketHop(index, end, dropped, link.name(), from, to, time, endTime, packet,
                    EventKinds.of(packet), link.delayNanos());
        }
    }
}
