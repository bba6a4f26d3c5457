package org.mptcplab.engine.wire;

/**
 * An IPv6 address held as two 64-bit halves (network order). {@link #toString()} is the RFC 5952
 * canonical text: lower-case hex, no leading zeros, the longest run (first on a tie) of two or more
 * zero groups shortened to "::", and IPv4-mapped addresses as "::ffff:a.b.c.d" (RFC 5952 §5).
 */
public record Ipv6Address(long high, long low) implements IpAddress {

    private static final int GROUPS = 8;

    /** Parses RFC 4291 §2.2 text, including "::" and a trailing dotted quad. */
    public static Ipv6Address parse(String text) {
        int[] groups = Ipv6Text.parse(text);
        long high = 0;
        long low = 0;
        for (int i = 0; i < 4; i++) {
            high = high << 16 | groups[i];
            low = low << 16 | groups[i + 4];
        }
        return new Ipv6Address(high, low);
    }

    /** Reads 16 network-order bytes at {@code offset}. */
    public static Ipv6Address fromBytes(byte[] bytes, int offset) {
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) {
            high = high << 8 | (bytes[offset + i] & 0xFF);
            low = low << 8 | (bytes[offset + 8 + i] & 0xFF);
        }
        return new Ipv6Address(high, low);
    }

    /** The eight 16-bit groups, most significant first. */
    public int[] groups() {
        int[] groups = new int[GROUPS];
        for (int i = 0; i < 4; i++) {
            groups[i] = (int) (high >>> (48 - 16 * i)) & 0xFFFF;
            groups[i + 4] = (int) (low >>> (48 - 16 * i)) & 0xFFFF;
        }
        return groups;
    }

    @Override
    public byte[] toBytes() {
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (high >>> (56 - 8 * i));
            bytes[8 + i] = (byte) (low >>> (56 - 8 * i));
        }
        return bytes;
    }

    @Override
    public int byteLength() {
        return 16;
    }

    @Override
    public String toString() {
        return Ipv6Text.format(this);
    }
}
