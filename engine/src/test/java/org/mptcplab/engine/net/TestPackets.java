package org.mptcplab.engine.net;

import java.util.List;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.IpHeader;
import org.mptcplab.engine.wire.Ipv4Address;
import org.mptcplab.engine.wire.Ipv4Header;
import org.mptcplab.engine.wire.Ipv6Address;
import org.mptcplab.engine.wire.Ipv6Header;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpFlags;
import org.mptcplab.engine.wire.TcpHeader;
import org.mptcplab.engine.wire.TcpOption;
import org.mptcplab.engine.wire.ZeroPayload;

/** Small hand-built TCP packets for network tests. */
final class TestPackets {
    static final int TTL = 64;

    private TestPackets() {}

    /** A TCP segment with {@code payload} zero bytes; IPv4 or IPv6 depending on the address text. */
    static Packet tcp(String src, int srcPort, String dst, int dstPort, int flags, int payload, TcpOption... options) {
        return tcp(src, srcPort, dst, dstPort, flags, payload, TTL, options);
    }

    /** As {@link #tcp(String, int, String, int, int, int, TcpOption...)} with an explicit TTL / hop limit. */
    static Packet tcp(String src, int srcPort, String dst, int dstPort, int flags, int payload, int ttl,
            TcpOption... options) {
        IpAddress s = IpAddress.parse(src);
        IpAddress d = IpAddress.parse(dst);
        IpHeader ip = s instanceof Ipv4Address s4
                ? Ipv4Header.tcp(s4, (Ipv4Address) d, ttl)
                : Ipv6Header.tcp((Ipv6Address) s, (Ipv6Address) d, ttl);
        TcpHeader tcp = new TcpHeader(srcPort, dstPort, 1, 0, flags, 65535, 0, List.of(options));
        return new Packet(ip, tcp, new ZeroPayload(payload));
    }

    /** A bare ACK from src:1000 to dst:80. */
    static Packet ack(String src, String dst) {
        return tcp(src, 1000, dst, 80, TcpFlags.ACK, 0);
    }

    /** An IPv4 ACK whose whole datagram is {@code wireLength} bytes (20 IP + 20 TCP + payload). */
    static Packet sized(String src, String dst, int wireLength) {
        return tcp(src, 1000, dst, 80, TcpFlags.ACK, wireLength - 40);
    }

    /** An IPv4 ACK of {@code wireLength} bytes whose source port tags it for identification. */
    static Packet numbered(String src, String dst, int wireLength, int tag) {
        return tcp(src, tag, dst, 80, TcpFlags.ACK, wireLength - 40);
    }
}
