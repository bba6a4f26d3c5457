package org.mptcplab.engine.wire;

/**
 * An IPv4 or IPv6 address. Ordered IPv4 before IPv6, then by unsigned numeric value, so sorted
 * collections of addresses are deterministic.
 */
public sealed interface IpAddress extends Comparable<IpAddress> permits Ipv4Address, Ipv6Address {

    /**
     * Parses dotted-quad IPv4 ("1.2.3.4") or IPv6 text ("2001:db8::1", "::ffff:1.2.3.4").
     *
     * @throws IllegalArgumentException if the text is neither
     */
    static IpAddress parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("address text is null");
        }
        return text.indexOf(':') >= 0 ? Ipv6Address.parse(text) : Ipv4Address.parse(text);
    }

    /** Builds an address from its 4 or 16 network-order bytes. */
    static IpAddress fromBytes(byte[] bytes) {
        if (bytes != null && bytes.length == 4) {
            return Ipv4Address.fromBytes(bytes, 0);
        }
        if (bytes != null && bytes.length == 16) {
            return Ipv6Address.fromBytes(bytes, 0);
        }
        throw new IllegalArgumentException("an IP address has 4 or 16 bytes");
    }

    /** The address in network byte order (a fresh array). */
    byte[] toBytes();

    /** 4 for IPv4, 16 for IPv6. */
    int byteLength();

    /** 4 or 6. */
    default int version() {
        return byteLength() == 4 ? 4 : 6;
    }

    @Override
    default int compareTo(IpAddress other) {
        if (this instanceof Ipv4Address a && other instanceof Ipv4Address b) {
            return Integer.compareUnsigned(a.value(), b.value());
        }
        if (this instanceof Ipv6Address a && other instanceof Ipv6Address b) {
            int byHigh = Long.compareUnsigned(a.high(), b.high());
            return byHigh != 0 ? byHigh : Long.compareUnsigned(a.low(), b.low());
        }
        return Integer.compare(byteLength(), other.byteLength());
    }
}
