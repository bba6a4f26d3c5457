package org.mptcplab.engine.wire;

import java.util.Comparator;
import java.util.Objects;

/**
 * The fields a layer-4 load balancer or an L4 ECMP policy hashes, and what identifies a TCP
 * connection (with {@link #protocol} = 6). Ordered, so that tables keyed by it iterate
 * deterministically.
 */
public record FiveTuple(IpAddress src, IpAddress dst, int srcPort, int dstPort, int protocol)
        implements Comparable<FiveTuple> {

    /** IP protocol number of TCP. */
    public static final int TCP = 6;

    private static final Comparator<FiveTuple> ORDER = Comparator.comparing(FiveTuple::src)
            .thenComparing(FiveTuple::dst)
            .thenComparingInt(FiveTuple::srcPort)
            .thenComparingInt(FiveTuple::dstPort)
            .thenComparingInt(FiveTuple::protocol);

    public FiveTuple {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dst, "dst");
        if (srcPort < 0 || srcPort > 0xFFFF || dstPort < 0 || dstPort > 0xFFFF) {
            throw new IllegalArgumentException("port out of range: " + srcPort + " / " + dstPort);
        }
        if (protocol < 0 || protocol > 0xFF) {
            throw new IllegalArgumentException("protocol out of range: " + protocol);
        }
    }

    /** The tuple of a TCP packet, as the packet's sender sees it. */
    public static FiveTuple of(Packet packet) {
        return new FiveTuple(packet.ip().src(), packet.ip().dst(), packet.tcp().srcPort(), packet.tcp().dstPort(), TCP);
    }

    /** The same flow seen from the other end. */
    public FiveTuple reversed() {
        return new FiveTuple(dst, src, dstPort, srcPort, protocol);
    }

    @Override
    public int compareTo(FiveTuple o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return endpoint(src, srcPort) + " > " + endpoint(dst, dstPort) + (protocol == TCP ? " tcp" : " proto " + protocol);
    }

    private static String endpoint(IpAddress a, int port) {
        String s = a.toString();
        return (s.indexOf(':') >= 0 ? "[" + s + "]" : s) + ":" + port;
    }
}
