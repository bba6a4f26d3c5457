package org.mptcplab.engine.pcap;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.trace.TraceSink;
import org.mptcplab.engine.wire.PacketCodec;

/**
 * A capture point per node, fed from the trace: every {@link PacketEvent} of a registered node whose
 * kind was asked for is encoded with {@link PacketCodec} and appended to that node's
 * {@link PcapWriter}, stamped with the simulated time. What a real capture would see depends on the
 * node: an end host sees what it sends and receives ({@link #HOST}); a router or load balancer is
 * best captured on what it forwards ({@link #FORWARDER}), which shows each packet once, with the TTL
 * it leaves with.
 *
 * <p>Writers are owned by the sink from {@link #capture} on and closed by {@link #close()}. A write
 * error surfaces as an {@link UncheckedIOException} out of the simulation step that caused it.
 */
public final class PcapCaptureSink implements TraceSink, Closeable {
    /** What an end host's capture shows: its own traffic in both directions. */
    public static final Set<PacketEvent.Kind> HOST = Set.copyOf(EnumSet.of(PacketEvent.Kind.SENT,
            PacketEvent.Kind.RECEIVED));
    /** What a forwarding node's capture shows: packets as it sends them on. */
    public static final Set<PacketEvent.Kind> FORWARDER = Set.copyOf(EnumSet.of(PacketEvent.Kind.FORWARDED));

    private record Point(Set<PacketEvent.Kind> kinds, PcapWriter writer, long[] written) {}

    private final Map<String, Point> points = new LinkedHashMap<>();

    /** Captures the events of {@code node} whose kind is in {@code kinds} into {@code writer}. */
    public void capture(String node, Set<PacketEvent.Kind> kinds, PcapWriter writer) {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(writer, "writer");
        if (points.containsKey(node)) {
            throw new IllegalArgumentException("already capturing at " + node);
        }
        points.put(node, new Point(Set.copyOf(kinds), writer, new long[1]));
    }

    /** Packets written for {@code node} so far (0 for a node not captured). */
    public long packetsWritten(String node) {
        Point p = points.get(node);
        return p == null ? 0 : p.written()[0];
    }

    @Override
    public void accept(TraceEvent event) {
        if (!(event instanceof PacketEvent e)) {
            return;
        }
        Point p = points.get(e.node());
        if (p == null || !p.kinds().contains(e.kind())) {
            return;
        }
        try {
            p.writer().write(e.time(), PacketCodec.encode(e.packet()));
            p.written()[0]++;
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write the capture of " + e.node(), ex);
        }
    }

    /** Closes every writer, reporting the first failure after trying them all. */
    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Point p : points.values()) {
            try {
                p.writer().close();
            } catch (IOException ex) {
                if (first == null) {
                    first = ex;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
