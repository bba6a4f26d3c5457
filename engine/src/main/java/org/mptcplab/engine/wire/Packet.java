package org.mptcplab.engine.wire;

/**
 * An IP datagram carrying one TCP segment: the unit that travels through the simulation. Its wire
 * form comes from {@link PacketCodec}.
 *
 * @param ip IP header; its protocol must be TCP (6)
 * @param tcp TCP header
 * @param payload segment payload
 */
public record Packet(IpHeader ip, TcpHeader tcp, Payload payload) {
    /** Validates the protocol and that the datagram fits the IP length fields. */
    public Packet {
        Check.notNull("ip", ip);
        Check.notNull("tcp", tcp);
        Check.notNull("payload", payload);
        if (ip.protocol() != IpConstants.PROTO_TCP) {
            throw new IllegalArgumentException("IP protocol " + ip.protocol() + " is not TCP");
        }
        long ipPayload = (long) tcp.headerLength() + payload.length();
        long lengthField = ip instanceof Ipv4Header ? ipPayload + ip.headerLength() : ipPayload;
        if (lengthField > IpConstants.MAX_LENGTH_FIELD) {
            throw new IllegalArgumentException("datagram too long for the IP length field: " + lengthField);
        }
    }

    /** Bytes of the whole datagram (IPv4 total length; IPv6 40 + payload length). */
    public int wireLength() {
        return ip.headerLength() + tcp.headerLength() + payload.length();
    }

    /** TCP header plus payload bytes. */
    public int segmentLength() {
        return tcp.headerLength() + payload.length();
    }

    /** Payload byte count. */
    public int payloadLength() {
        return payload.length();
    }

    /** IP source address. */
    public IpAddress src() {
        return ip.src();
    }

    /** IP destination address. */
    public IpAddress dst() {
        return ip.dst();
    }

    /** TCP source port. */
    public int srcPort() {
        return tcp.srcPort();
    }

    /** TCP destination port. */
    public int dstPort() {
        return tcp.dstPort();
    }

    /** True when every bit of {@code flag} is set in the TCP flags. */
    public boolean hasFlag(int flag) {
        return tcp.hasFlag(flag);
    }

    /** The decoding context of this packet's options. */
    public SegmentContext segmentContext() {
        return SegmentContext.of(tcp, payload.length());
    }
}
