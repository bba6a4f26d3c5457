package org.mptcplab.engine.wire;

/**
 * An IP header as the simulation sees it: addresses, protocol and hop limit. Lengths and the IPv4
 * checksum are not stored; {@link PacketCodec} computes them from the packet.
 */
public sealed interface IpHeader permits Ipv4Header, Ipv6Header {

    /** Source address. */
    IpAddress src();

    /** Destination address. */
    IpAddress dst();

    /** IPv4 protocol or IPv6 next header (6 for TCP). */
    int protocol();

    /** IPv4 TTL or IPv6 hop limit. */
    int hopLimit();

    /** Fixed header length in bytes (20 or 40). */
    int headerLength();

    /** 4 or 6. */
    int version();

    /** The same header with another hop limit (routers decrement it). */
    IpHeader withHopLimit(int hopLimit);

    /**
     * The same header with other addresses (NAT, load balancer rewriting).
     *
     * @throws IllegalArgumentException if an address has the wrong family for this header
     */
    IpHeader withAddresses(IpAddress src, IpAddress dst);
}
