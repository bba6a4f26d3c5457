package org.mptcplab.app.compare;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mptcplab.engine.trace.AppEvent;
import org.mptcplab.engine.trace.ConnectionEvent;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.SubflowEvent;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.TcpFlags;

/**
 * Counts the outcome badges and the throughput strip of one run from its trace alone.
 *
 * <p>Counting rules, as the run summary states them: subflows are counted at the clients (the hosts
 * that start an application): an MPTCP subflow when the client sees it established or refused, a
 * plain TCP connection when it reaches ESTABLISHED; RSTs are the RST segments any host sent.
 * Simplification: goodput is the bytes the receivers acknowledged (cumulative ACK advance, per
 * subflow) over the time from the first application start to the last such advance; data an MPTCP
 * sender re-sent on another subflow counts twice.
 */
final class Outcomes {
    private Outcomes() {
    }

    /** The badges of {@code events}. */
    static Badges badges(List<TraceEvent> events) {
        Set<String> clients = clients(events);
        Set<FiveTuple> mptcpFlows = new HashSet<>();
        for (TraceEvent e : events) {
            if (e instanceof SubflowEvent s && clients.contains(s.node())) {
                mptcpFlows.add(s.flow());
            }
        }
        int established = 0;
        int refused = 0;
        int rsts = 0;
        long start = Long.MAX_VALUE;
        long end = Long.MIN_VALUE;
        Delivery delivery = new Delivery();
        for (TraceEvent e : events) {
            if (e instanceof SubflowEvent s && clients.contains(s.node())) {
                established += s.action() == SubflowEvent.Action.ESTABLISHED ? 1 : 0;
                refused += s.action() == SubflowEvent.Action.REFUSED ? 1 : 0;
            } else if (e instanceof ConnectionEvent c && clients.contains(c.node()) && c.to().equals("ESTABLISHED")
                    && !mptcpFlows.contains(c.flow())) {
                established++;
            } else if (e instanceof PacketEvent p) {
                if (p.kind() == PacketEvent.Kind.SENT && p.packet().hasFlag(TcpFlags.RST)) {
                    rsts++;
                }
                if (delivery.accept(p) > 0) {
                    end = Math.max(end, p.time());
                }
            } else if (e instanceof AppEvent a && clients.contains(a.node())) {
                if (a.kind() == AppEvent.Kind.STARTED) {
                    start = Math.min(start, a.time());
                }
            }
        }
        long span = end - start;
        double goodput = span <= 0 ? 0 : delivery.total() * 8.0 / (span / 1e9);
        return new Badges(established, refused, rsts, goodput);
    }

    /** Goodput of {@code events} in {@code bins} equal bins over [0, {@code endTime}], bit/s. */
    static ThroughputStrip throughput(List<TraceEvent> events, int bins, long endTime) {
        long width = Math.max(1, (endTime + bins - 1) / bins);
        double[] bits = new double[bins];
        Delivery delivery = new Delivery();
        for (TraceEvent e : events) {
            if (e instanceof PacketEvent p) {
                long fresh = delivery.accept(p);
                if (fresh > 0) {
                    bits[(int) Math.min(bins - 1, p.time() / width)] += fresh * 8.0;
                }
            }
        }
        Double[] rates = new Double[bins];
        for (int i = 0; i < bins; i++) {
            rates[i] = bits[i] / (width / 1e9);
        }
        return new ThroughputStrip(width, List.of(rates));
    }

    static Set<String> clients(List<TraceEvent> events) {
        Set<String> clients = new TreeSet<>();
        for (TraceEvent e : events) {
            if (e instanceof AppEvent a && a.kind() == AppEvent.Kind.STARTED) {
                clients.add(a.node());
            }
        }
        return clients;
    }

    /**
     * Bytes the receivers acknowledged, per flow, by the advance of the cumulative ACK each host sends
     * (RFC 9293 §3.4: an ACK covers every byte below it, so retransmissions that fill holes count once).
     * The first ACK of a flow sets the baseline; an advance of exactly one is taken as a SYN or FIN,
     * which use one sequence number and carry no data.
     */
    private static final class Delivery {
        // Looked up, never iterated.
        private final Map<FiveTuple, Integer> highest = new HashMap<>();
        private long total;

        long accept(PacketEvent p) {
            if (p.kind() != PacketEvent.Kind.SENT || !p.packet().hasFlag(TcpFlags.ACK)
                    || p.packet().hasFlag(TcpFlags.RST)) {
                return 0;
            }
            FiveTuple flow = FiveTuple.of(p.packet());
            int ack = p.packet().tcp().ack();
            Integer seen = highest.get(flow);
            if (seen == null) {
                highest.put(flow, ack);
                return 0;
            }
            // Signed difference of 32-bit sequence numbers: comparison modulo 2^32.
            int advance = ack - seen;
            if (advance <= 0) {
                return 0;
            }
            highest.put(flow, ack);
            long fresh = advance == 1 ? 0 : advance;
            total += fresh;
            return fresh;
        }

        long total() {
            return total;
        }
    }
}
