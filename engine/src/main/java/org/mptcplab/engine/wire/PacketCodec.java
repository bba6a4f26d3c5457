package org.mptcplab.engine.wire;

import static org.mptcplab.engine.wire.DecodeException.Reason.BAD_CHECKSUM;
import static org.mptcplab.engine.wire.DecodeException.Reason.BAD_LENGTH;
import static org.mptcplab.engine.wire.DecodeException.Reason.BAD_VALUE;
import static org.mptcplab.engine.wire.DecodeException.Reason.BAD_VERSION;
import static org.mptcplab.engine.wire.DecodeException.Reason.TRUNCATED;
import static org.mptcplab.engine.wire.DecodeException.Reason.UNSUPPORTED;

/**
 * Whole-datagram codec: IPv4 (RFC 791 §3.1, no options, unfragmented) or IPv6 (RFC 8200 §3, no
 * extension headers) carrying TCP (RFC 9293 §3.1). Encoding computes the IPv4 total length and
 * header checksum, the IPv6 payload length, the TCP data offset and the TCP checksum over the
 * pseudo-header. Decoding is strict: lengths must match the datagram exactly and both checksums
 * must verify in their canonical form, so every accepted datagram re-encodes to the same bytes.
 */
public final class PacketCodec {
    private PacketCodec() {}

    /** The complete IP datagram. */
    public static byte[] encode(Packet packet) {
        byte[] out = new byte[packet.wireLength()];
        int tcpStart;
        if (packet.ip() instanceof Ipv4Header v4) {
            tcpStart = writeIpv4(v4, packet, out);
        } else {
            tcpStart = writeIpv6((Ipv6Header) packet.ip(), packet, out);
        }
        TcpHeader tcp = packet.tcp();
        WireWriter w = new WireWriter(out, tcpStart);
        w.u16(tcp.srcPort()).u16(tcp.dstPort()).u32(tcp.seq()).u32(tcp.ack())
                .u8(tcp.headerLength() / 4 << 4 | tcp.flags() >>> 8).u8(tcp.flags())
                .u16(tcp.window()).u16(0).u16(tcp.urgentPointer());
        int payloadStart = TcpOptionCodec.encodeInto(tcp.options(), out, w.position());
        packet.payload().writeTo(out, payloadStart);
        int checksum = tcpChecksum(out, tcpStart, packet.ip() instanceof Ipv4Header);
        new WireWriter(out, tcpStart + TcpConstants.CHECKSUM).u16(checksum);
        return out;
    }

    /**
     * Decodes a complete IP datagram.
     *
     * @throws DecodeException with the offset into {@code datagram} of the first bad field
     */
    public static Packet decode(byte[] datagram) {
        if (datagram.length < 1) {
            throw new DecodeException(TRUNCATED, 0, "empty datagram");
        }
        int version = Bytes.u8(datagram, 0) >>> 4;
        IpHeader ip;
        if (version == 4) {
            ip = readIpv4(datagram);
        } else if (version == 6) {
            ip = readIpv6(datagram);
        } else {
            throw new DecodeException(BAD_VERSION, 0, "IP version " + version);
        }
        return readTcp(datagram, ip);
    }

    private static int writeIpv4(Ipv4Header ip, Packet packet, byte[] out) {
        new WireWriter(out, 0).u8(0x45).u8(ip.dscpEcn()).u16(packet.wireLength()).u16(ip.identification())
                .u16(ip.dontFragment() ? IpConstants.V4_FLAG_DF : 0).u8(ip.ttl()).u8(ip.protocol()).u16(0)
                .u32(ip.src().value()).u32(ip.dst().value());
        int checksum = InternetChecksum.of(out, 0, IpConstants.IPV4_HEADER_LENGTH);
        new WireWriter(out, IpConstants.V4_CHECKSUM).u16(checksum);
        return IpConstants.IPV4_HEADER_LENGTH;
    }

    private static int writeIpv6(Ipv6Header ip, Packet packet, byte[] out) {
        new WireWriter(out, 0).u32(6 << 28 | ip.trafficClass() << 20 | ip.flowLabel()).u16(packet.segmentLength())
                .u8(ip.nextHeader()).u8(ip.hopLimit()).bytes(ip.src().toBytes()).bytes(ip.dst().toBytes());
        return IpConstants.IPV6_HEADER_LENGTH;
    }

    /** Checksum over the pseudo-header and the segment at {@code tcpStart..end}, field taken as is. */
    private static int tcpChecksum(byte[] datagram, int tcpStart, boolean ipv4) {
        int segmentLength = datagram.length - tcpStart;
        long sum;
        if (ipv4) {
            sum = InternetChecksum.add(0, datagram, 12, 8);
        } else {
            sum = InternetChecksum.add(0, datagram, 8, 32);
            sum = InternetChecksum.addWord(sum, segmentLength >>> 16);
        }
        sum = InternetChecksum.addWord(sum, IpConstants.PROTO_TCP);
        sum = InternetChecksum.addWord(sum, segmentLength);
        return InternetChecksum.finish(InternetChecksum.add(sum, datagram, tcpStart, segmentLength));
    }

    private static Ipv4Header readIpv4(byte[] d) {
        if (d.length < IpConstants.IPV4_HEADER_LENGTH) {
            throw new DecodeException(TRUNCATED, d.length, "IPv4 header needs 20 bytes, datagram has " + d.length);
        }
        int ihl = Bytes.u8(d, 0) & 0x0F;
        if (ihl < 5) {
            throw new DecodeException(BAD_LENGTH, 0, "IPv4 IHL " + ihl + " is below 5");
        }
        if (ihl > 5) {
            throw new DecodeException(UNSUPPORTED, 0, "IPv4 options (IHL " + ihl + ") are not modelled");
        }
        int total = Bytes.u16(d, IpConstants.V4_TOTAL_LENGTH);
        if (total > d.length) {
            throw new DecodeException(TRUNCATED, IpConstants.V4_TOTAL_LENGTH,
                    "IPv4 total length " + total + " but datagram has " + d.length + " bytes");
        }
        if (total != d.length) {
            throw new DecodeException(BAD_LENGTH, IpConstants.V4_TOTAL_LENGTH,
                    "IPv4 total length " + total + " but datagram has " + d.length + " bytes");
        }
        int flagsFragment = Bytes.u16(d, IpConstants.V4_FLAGS_FRAGMENT);
        if ((flagsFragment & IpConstants.V4_FLAG_RESERVED) != 0) {
            throw new DecodeException(BAD_VALUE, IpConstants.V4_FLAGS_FRAGMENT, "IPv4 reserved flag set");
        }
        if ((flagsFragment & IpConstants.V4_FRAGMENT_MASK) != 0) {
            throw new DecodeException(UNSUPPORTED, IpConstants.V4_FLAGS_FRAGMENT, "IPv4 fragments are not modelled");
        }
        if (InternetChecksum.of(d, 0, IpConstants.IPV4_HEADER_LENGTH) != 0) {
            throw new DecodeException(BAD_CHECKSUM, IpConstants.V4_CHECKSUM, "IPv4 header checksum does not verify");
        }
        requireCanonicalChecksum(d, IpConstants.V4_CHECKSUM, "IPv4 header");
        requireTcp(Bytes.u8(d, IpConstants.V4_PROTOCOL), IpConstants.V4_PROTOCOL);
        return new Ipv4Header(Bytes.u8(d, 1), Bytes.u16(d, 4), (flagsFragment & IpConstants.V4_FLAG_DF) != 0,
                Bytes.u8(d, 8), Bytes.u8(d, IpConstants.V4_PROTOCOL), Ipv4Address.fromBytes(d, 12),
                Ipv4Address.fromBytes(d, 16));
    }

    private static Ipv6Header readIpv6(byte[] d) {
        if (d.length < IpConstants.IPV6_HEADER_LENGTH) {
            throw new DecodeException(TRUNCATED, d.length, "IPv6 header needs 40 bytes, datagram has " + d.length);
        }
        int payload = Bytes.u16(d, IpConstants.V6_PAYLOAD_LENGTH);
        int available = d.length - IpConstants.IPV6_HEADER_LENGTH;
        if (payload != available) {
            throw new DecodeException(payload > available ? TRUNCATED : BAD_LENGTH, IpConstants.V6_PAYLOAD_LENGTH,
                    "IPv6 payload length " + payload + " but " + available + " bytes follow the header");
        }
        requireTcp(Bytes.u8(d, IpConstants.V6_NEXT_HEADER), IpConstants.V6_NEXT_HEADER);
        int first = Bytes.u32(d, 0);
        return new Ipv6Header(first >>> 20 & 0xFF, first & 0xFFFFF, Bytes.u8(d, IpConstants.V6_NEXT_HEADER),
                Bytes.u8(d, 7), Ipv6Address.fromBytes(d, 8), Ipv6Address.fromBytes(d, 24));
    }

    /**
     * 0xFFFF verifies exactly when 0x0000 does (one's-complement negative zero, RFC 1624 §3), but the
     * encoder always writes 0x0000; refusing the other form keeps decoding canonical (found by fuzzing).
     */
    private static void requireCanonicalChecksum(byte[] d, int offset, String what) {
        if (Bytes.u16(d, offset) == 0xFFFF) {
            throw new DecodeException(BAD_CHECKSUM, offset,
                    what + " checksum 0xffff is the negative-zero form of 0x0000, which this codec writes");
        }
    }

    private static void requireTcp(int protocol, int offset) {
        if (protocol != IpConstants.PROTO_TCP) {
            throw new DecodeException(UNSUPPORTED, offset, "IP protocol / next header " + protocol + " is not TCP");
        }
    }

    private static Packet readTcp(byte[] d, IpHeader ip) {
        int t = ip.headerLength();
        int segment = d.length - t;
        if (segment < TcpConstants.HEADER_LENGTH) {
            throw new DecodeException(TRUNCATED, d.length, "TCP header needs 20 bytes, segment has " + segment);
        }
        int dataOffset = Bytes.u8(d, t + TcpConstants.DATA_OFFSET) >>> 4;
        if (dataOffset < 5) {
            throw new DecodeException(BAD_LENGTH, t + TcpConstants.DATA_OFFSET,
                    "TCP data offset " + dataOffset + " is below 5");
        }
        int headerLength = dataOffset * 4;
        if (headerLength > segment) {
            throw new DecodeException(TRUNCATED, t + TcpConstants.DATA_OFFSET,
                    "TCP data offset " + dataOffset + " (" + headerLength + " bytes) exceeds the segment of " + segment);
        }
        if (tcpChecksum(d, t, ip instanceof Ipv4Header) != 0) {
            throw new DecodeException(BAD_CHECKSUM, t + TcpConstants.CHECKSUM, "TCP checksum does not verify");
        }
        requireCanonicalChecksum(d, t + TcpConstants.CHECKSUM, "TCP");
        int flags = (Bytes.u8(d, t + 12) & 0x0F) << 8 | Bytes.u8(d, t + 13);
        int payloadStart = t + headerLength;
        SegmentContext context = new SegmentContext(flags, d.length - payloadStart);
        TcpHeader tcp = new TcpHeader(Bytes.u16(d, t), Bytes.u16(d, t + 2), Bytes.u32(d, t + 4), Bytes.u32(d, t + 8),
                flags, Bytes.u16(d, t + 14), Bytes.u16(d, t + 18),
                TcpOptionCodec.decode(d, t + TcpConstants.HEADER_LENGTH, payloadStart, context));
        return new Packet(ip, tcp, new BytesPayload(Bytes.slice(d, payloadStart, d.length - payloadStart)));
    }
}
