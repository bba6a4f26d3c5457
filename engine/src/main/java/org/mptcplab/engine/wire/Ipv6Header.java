package org.mptcplab.engine.wire;

/**
 * IPv6 fixed header without extension headers (RFC 8200 §3). The payload length is computed by
 * {@link PacketCodec}. Wireshark: {@code ipv6.tclass}, {@code ipv6.flow}, {@code ipv6.nxt},
 * {@code ipv6.hlim}, {@code ipv6.src}, {@code ipv6.dst}.
 *
 * @param trafficClass 0..255
 * @param flowLabel 0..0xFFFFF
 * @param nextHeader 0..255 (6 = TCP)
 * @param hopLimit 0..255
 * @param src source address
 * @param dst destination address
 */
public record Ipv6Header(int trafficClass, int flowLabel, int nextHeader, int hopLimit,
        Ipv6Address src, Ipv6Address dst) implements IpHeader {

    /** Validates field ranges. */
    public Ipv6Header {
        Check.range("trafficClass", trafficClass, 0, 0xFF);
        Check.range("flowLabel", flowLabel, 0, 0xFFFFF);
        Check.range("nextHeader", nextHeader, 0, 0xFF);
        Check.range("hopLimit", hopLimit, 0, 0xFF);
        Check.notNull("src", src);
        Check.notNull("dst", dst);
    }

    /** A TCP header with traffic class and flow label 0. */
    public static Ipv6Header tcp(Ipv6Address src, Ipv6Address dst, int hopLimit) {
        return new Ipv6Header(0, 0, IpConstants.PROTO_TCP, hopLimit, src, dst);
    }

    @Override
    public int protocol() {
        return nextHeader;
    }

    @Override
    public int headerLength() {
        return IpConstants.IPV6_HEADER_LENGTH;
    }

    @Override
    public int version() {
        return 6;
    }

    @Override
    public Ipv6Header withHopLimit(int newHopLimit) {
        return new Ipv6Header(trafficClass, flowLabel, nextHeader, newHopLimit, src, dst);
    }

    @Override
    public Ipv6Header withAddresses(IpAddress newSrc, IpAddress newDst) {
        if (newSrc instanceof Ipv6Address s && newDst instanceof Ipv6Address d) {
            return new Ipv6Header(trafficClass, flowLabel, nextHeader, hopLimit, s, d);
        }
        throw new IllegalArgumentException("IPv6 header needs IPv6 addresses: " + newSrc + ", " + newDst);
    }
}
