package org.mptcplab.engine.wire;

/** IP-layer numbers and header offsets (RFC 791 §3.1, RFC 8200 §3). */
public final class IpConstants {
    /** IANA protocol number of TCP. */
    public static final int PROTO_TCP = 6;
    /** IPv4 header length without options. */
    public static final int IPV4_HEADER_LENGTH = 20;
    /** IPv6 fixed header length. */
    public static final int IPV6_HEADER_LENGTH = 40;
    /** Largest IPv4 total length / IPv6 payload length. */
    public static final int MAX_LENGTH_FIELD = 0xFFFF;

    /** Offset of the IPv4 total length field. */
    public static final int V4_TOTAL_LENGTH = 2;
    /** Offset of the IPv4 flags / fragment offset field. */
    public static final int V4_FLAGS_FRAGMENT = 6;
    /** Offset of the IPv4 protocol field. */
    public static final int V4_PROTOCOL = 9;
    /** Offset of the IPv4 header checksum. */
    public static final int V4_CHECKSUM = 10;
    /** Offset of the IPv6 payload length field. */
    public static final int V6_PAYLOAD_LENGTH = 4;
    /** Offset of the IPv6 next header field. */
    public static final int V6_NEXT_HEADER = 6;

    /** IPv4 flags: Don't Fragment. */
    public static final int V4_FLAG_DF = 0x4000;
    /** IPv4 flags: reserved ("evil") bit. */
    public static final int V4_FLAG_RESERVED = 0x8000;
    /** IPv4 flags: More Fragments plus the 13-bit fragment offset. */
    public static final int V4_FRAGMENT_MASK = 0x3FFF;

    private IpConstants() {}
}
