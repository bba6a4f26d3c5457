package org.mptcplab.app.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mptcplab.engine.trace.CongestionEvent;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.SubflowEvent;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.TcpFlags;

/**
 * The chart samples of one trace, gathered in one pass:
 * <ul>
 * <li>throughput: payload bytes of every segment an end host RECEIVED (routers and load balancers
 * report FORWARDED), keyed by the subflow as its sender names it; retransmissions count, as they do
 * on a wire capture;</li>
 * <li>connection: subflows grouped by the MPTCP token the receiver's {@link SubflowEvent} gave them
 * (RFC 8684 §3.2); a subflow with no such event is a TCP connection of its own;</li>
 * <li>cwnd: each {@link CongestionEvent}, keyed by node and flow;</li>
 * <li>RSTs: segments with RST set at the node that SENT them (not at every hop).</li>
 * </ul>
 * Series keep the order in which their first sample appears, so charts are stable run after run.
 */
public final class ChartsIndex {
    /** Bins across the whole run, before rounding the width to 1, 2 or 5 times a power of ten. */
    static final int TARGET_BINS = 50;

    private final long endTime;
    private final long binWidth;
    private final Map<String, TraceSeries> subflows = new LinkedHashMap<>();
    private final Map<String, TraceSeries> connections = new LinkedHashMap<>();
    private final Map<String, TraceSeries> cwnd = new LinkedHashMap<>();
    private final TraceSeries rsts = new TraceSeries("RST sent");
    private final List<Long> times = new ArrayList<>();

    /** Indexes {@code events}. */
    public ChartsIndex(List<TraceEvent> events) {
        Map<String, String> tokenOf = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            TraceEvent e = events.get(i);
            times.add(e.time());
            if (e instanceof SubflowEvent s) {
                tokenOf.putIfAbsent(s.node() + " " + s.flow(), s.node() + String.format(Locale.ROOT, " token %08x",
                        s.localToken()));
            } else if (e instanceof CongestionEvent c) {
                cwnd.computeIfAbsent(c.node() + " " + c.flow(), TraceSeries::new).add(i, c.time(), c.cwndBytes());
            } else if (e instanceof PacketEvent p) {
                packet(i, p, tokenOf);
            }
        }
        endTime = events.isEmpty() ? 0 : events.get(events.size() - 1).time();
        binWidth = niceWidth(Math.max(1, endTime / TARGET_BINS));
    }

    private void packet(int i, PacketEvent p, Map<String, String> tokenOf) {
        if (p.kind() == PacketEvent.Kind.SENT && TcpFlags.has(p.packet().tcp().flags(), TcpFlags.RST)) {
            rsts.add(i, p.time(), 1);
        }
        if (p.kind() != PacketEvent.Kind.RECEIVED || p.packet().payloadLength() == 0) {
            return;
        }
        FiveTuple sent = FiveTuple.of(p.packet());
        String subflow = sent.toString();
        int bytes = p.packet().payloadLength();
        subflows.computeIfAbsent(subflow, TraceSeries::new).add(i, p.time(), bytes);
        String connection = tokenOf.getOrDefault(p.node() + " " + sent.reversed(), subflow);
        connections.computeIfAbsent(connection, TraceSeries::new).add(i, p.time(), bytes);
    }

    /** The smallest of 1, 2, 5 × 10^k ns at least {@code raw}. */
    static long niceWidth(long raw) {
        long p = 1;
        while (true) {
            for (long m : new long[] {1, 2, 5}) {
                if (m * p >= raw) {
                    return m * p;
                }
            }
            p *= 10;
        }
    }

    /** Bin width, ns. */
    public long binWidth() {
        return binWidth;
    }

    /** What the charts show after event {@code cursor} (-1: nothing yet). */
    public ChartsSnapshot snapshotAt(int cursor) {
        long now = cursor < 0 ? 0 : times.get(Math.min(cursor, times.size() - 1));
        return new ChartsSnapshot(binWidth, endTime, now, binned(subflows, cursor), binned(connections, cursor),
                cwnd.values().stream().map(s -> s.samplesUpTo(cursor)).toList(), rsts.binnedUpTo(cursor, binWidth));
    }

    private List<ChartSeries> binned(Map<String, TraceSeries> series, int cursor) {
        return series.values().stream().map(s -> s.binnedUpTo(cursor, binWidth)).toList();
    }
}
