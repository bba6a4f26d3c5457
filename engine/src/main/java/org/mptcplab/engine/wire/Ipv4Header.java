package org.mptcplab.engine.wire;

/**
 * IPv4 header without options and never fragmented (RFC 791 §3.1). Total length and header checksum
 * are computed by {@link PacketCodec}. Wireshark: {@code ip.dsfield}, {@code ip.id},
 * {@code ip.flags.df}, {@code ip.ttl}, {@code ip.proto}, {@code ip.src}, {@code ip.dst}.
 *
 * @param dscpEcn the DSCP (6 bits) and ECN (2 bits) byte, 0..255
 * @param identification 0..65535
 * @param dontFragment the DF flag
 * @param ttl 0..255
 * @param protocol 0..255 (6 = TCP)
 * @param src source address
 * @param dst destination address
 */
public record Ipv4Header(int dscpEcn, int identification, boolean dontFragment, int ttl, int protocol,
        Ipv4Address src, Ipv4Address dst) implements IpHeader {

    /** Validates field ranges. */
    public Ipv4Header {
        Check.range("dscpEcn", dscpEcn, 0, 0xFF);
        Check.range("identification", identification, 0, 0xFFFF);
        Check.range("ttl", ttl, 0, 0xFF);
        Check.range("protocol", protocol, 0, 0xFF);
        Check.notNull("src", src);
        Check.notNull("dst", dst);
    }

    /** A TCP header with DF set, DSCP/ECN 0 and identification 0, as Linux sends with PMTU discovery. */
    public static Ipv4Header tcp(Ipv4Address src, Ipv4Address dst, int ttl) {
        return new Ipv4Header(0, 0, true, ttl, IpConstants.PROTO_TCP, src, dst);
    }

    @Override
    public int hopLimit() {
        return ttl;
    }

    @Override
    public int headerLength() {
        return IpConstants.IPV4_HEADER_LENGTH;
    }

    @Override
    public int version() {
        return 4;
    }

    @Override
    public Ipv4Header withHopLimit(int hopLimit) {
        return new Ipv4Header(dscpEcn, identification, dontFragment, hopLimit, protocol, src, dst);
    }

    @Override
    public Ipv4Header withAddresses(IpAddress newSrc, IpAddress newDst) {
        if (newSrc instanceof Ipv4Address s && newDst instanceof Ipv4Address d) {
            return new Ipv4Header(dscpEcn, identification, dontFragment, ttl, protocol, s, d);
        }
        throw new IllegalArgumentException("IPv4 header needs IPv4 addresses: " + newSrc + ", " + newDst);
    }
}
