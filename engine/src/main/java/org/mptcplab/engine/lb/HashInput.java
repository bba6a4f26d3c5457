package org.mptcplab.engine.lb;

import java.io.ByteArrayOutputStream;
import org.mptcplab.engine.wire.FiveTuple;

/**
 * Which packet fields are hashed, and the exact byte string they become. Every field is written in
 * network byte order (big-endian) and concatenated without padding:
 * <ul>
 *   <li>{@link #L4}: source address (4 or 16 bytes), destination address, source port (2), destination
 *       port (2), protocol (1): 13 bytes for IPv4, 37 for IPv6. Linux {@code fib_multipath_hash_policy=1}
 *       and classic L4 load balancers hash these five fields.</li>
 *   <li>{@link #L3}: source address, destination address (Linux policy 0).</li>
 *   <li>{@link #RSS}: source address, destination address, source port, destination port, the
 *       Microsoft RSS input for TCP (12 or 36 bytes), the one {@link Toeplitz} is specified over.</li>
 * </ul>
 */
public enum HashInput {
    /** The 5-tuple. */
    L4("src,dst,sport,dport,proto", true, true),
    /** Addresses only. */
    L3("src,dst", false, false),
    /** The RSS layout: addresses then ports, no protocol. */
    RSS("src,dst,sport,dport", true, false);

    private final String fields;
    private final boolean ports;
    private final boolean protocol;

    HashInput(String fields, boolean ports, boolean protocol) {
        this.fields = fields;
        this.ports = ports;
        this.protocol = protocol;
    }

    /** The field list as shown in {@link org.mptcplab.engine.trace.HashDecision#fields()}. */
    public String fields() {
        return fields;
    }

    /** Input length in bytes for addresses of {@code addressLength} bytes (4 or 16). */
    public int length(int addressLength) {
        return 2 * addressLength + (ports ? 4 : 0) + (protocol ? 1 : 0);
    }

    /** The bytes to hash for {@code tuple}, laid out as described on this type. */
    public byte[] bytes(FiveTuple tuple) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(length(tuple.src().byteLength()) + 16);
        for (byte[] field : split(tuple)) {
            out.writeBytes(field);
        }
        return out.toByteArray();
    }

    /**
     * The same bytes as lower-case hex, one group per field separated by single spaces, e.g.
     * "420995bb a18e6450 0aea 06e6 06" for 66.9.149.187:2794 &gt; 161.142.100.80:1766 tcp. Removing the
     * spaces gives exactly {@link #bytes(FiveTuple)}.
     */
    public String hex(FiveTuple tuple) {
        StringBuilder sb = new StringBuilder();
        for (byte[] field : split(tuple)) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(toHex(field));
        }
        return sb.toString();
    }

    /** Lower-case hex of {@code bytes}, two digits per byte, no separators. */
    public static String toHex(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            sb.append(Character.forDigit(b >>> 4 & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return sb.toString();
    }

    private byte[][] split(FiveTuple t) {
        byte[] src = t.src().toBytes();
        byte[] dst = t.dst().toBytes();
        if (!ports) {
            return new byte[][] {src, dst};
        }
        byte[] sport = {(byte) (t.srcPort() >>> 8), (byte) t.srcPort()};
        byte[] dport = {(byte) (t.dstPort() >>> 8), (byte) t.dstPort()};
        return protocol ? new byte[][] {src, dst, sport, dport, {(byte) t.protocol()}}
                : new byte[][] {src, dst, sport, dport};
    }
}
