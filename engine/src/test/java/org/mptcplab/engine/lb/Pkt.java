package org.mptcplab.engine.lb;

import java.util.List;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.IpHeader;
import org.mptcplab.engine.wire.Ipv4Address;
import org.mptcplab.engine.wire.Ipv4Header;
import org.mptcplab.engine.wire.Ipv6Address;
import org.mptcplab.engine.wire.Ipv6Header;
import org.mptcplab.engine.wire.MpCapableAck;
import org.mptcplab.engine.wire.MpCapableFlags;
import org.mptcplab.engine.wire.MpCapableSyn;
import org.mptcplab.engine.wire.MpJoinSyn;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpFlags;
import org.mptcplab.engine.wire.TcpHeader;
import org.mptcplab.engine.wire.TcpOption;
import org.mptcplab.engine.wire.ZeroPayload;

/** Hand-made TCP/MPTCP packets for balancer tests (no stack needed). */
final class Pkt {
    private Pkt() {}

    static Packet tcp(String src, int srcPort, String dst, int dstPort, int flags, int payload, TcpOption... options) {
        IpAddress s = IpAddress.parse(src);
        IpAddress d = IpAddress.parse(dst);
        IpHeader ip = s instanceof Ipv4Address s4
                ? Ipv4Header.tcp(s4, (Ipv4Address) d, 64)
                : Ipv6Header.tcp((Ipv6Address) s, (Ipv6Address) d, 64);
        return new Packet(ip, new TcpHeader(srcPort, dstPort, 1, 0, flags, 65535, 0, List.of(options)),
                new ZeroPayload(payload));
    }

    static Packet syn(String src, int srcPort, String dst, int dstPort) {
        return tcp(src, srcPort, dst, dstPort, TcpFlags.SYN, 0);
    }

    static Packet data(String src, int srcPort, String dst, int dstPort, int bytes) {
        return tcp(src, srcPort, dst, dstPort, TcpFlags.ACK | TcpFlags.PSH, bytes);
    }

    /** The SYN with MP_CAPABLE that opens an MPTCP connection (v1: no key). */
    static Packet mpCapableSyn(String src, int srcPort, String dst, int dstPort) {
        return tcp(src, srcPort, dst, dstPort, TcpFlags.SYN, 0, MpCapableSyn.v1(MpCapableFlags.HMAC_SHA256));
    }

    /** The client's third ACK, carrying both keys (RFC 8684 §3.1). */
    static Packet mpCapableAck(String src, int srcPort, String dst, int dstPort, long clientKey, long serverKey) {
        return tcp(src, srcPort, dst, dstPort, TcpFlags.ACK, 0,
                MpCapableAck.v1(MpCapableFlags.HMAC_SHA256, clientKey, serverKey));
    }

    /** An MP_JOIN SYN toward the connection with {@code token}. */
    static Packet joinSyn(String src, int srcPort, String dst, int dstPort, int token) {
        return tcp(src, srcPort, dst, dstPort, TcpFlags.SYN, 0, new MpJoinSyn(false, 1, token, 0x1234));
    }

    /** The same flow answered: addresses and ports swapped, flags as given. */
    static Packet reply(Packet to, int flags, TcpOption... options) {
        IpHeader ip = to.ip().withAddresses(to.dst(), to.src()).withHopLimit(64);
        return new Packet(ip, new TcpHeader(to.dstPort(), to.srcPort(), 1, 2, flags, 65535, 0, List.of(options)),
                new ZeroPayload(0));
    }
}
