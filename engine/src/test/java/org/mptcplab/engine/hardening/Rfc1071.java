package org.mptcplab.engine.hardening;

/**
 * An independent RFC 1071 Internet checksum (not the engine's), so corpus datagrams can carry correct
 * IPv4 header and TCP checksums without trusting the code under test. Repairs only what is long enough
 * to hold the field; anything shorter is left as is for the decoder to refuse.
 */
final class Rfc1071 {
    private static final int IPV4_HEADER = 20;
    private static final int IPV6_HEADER = 40;

    private Rfc1071() {
    }

    static int checksum(byte[] data) {
        long s = 0;
        for (int i = 0; i < data.length; i += 2) {
            s += (data[i] & 0xFF) << 8 | (i + 1 < data.length ? data[i + 1] & 0xFF : 0);
        }
        while (s > 0xFFFF) {
            s = (s & 0xFFFF) + (s >> 16);
        }
        return (int) (~s & 0xFFFF);
    }

    /** A copy of {@code d} with the IPv4 header and/or TCP checksum recomputed where the fields exist. */
    static byte[] repair(byte[] original, boolean ip, boolean tcp) {
        byte[] d = original.clone();
        if (d.length == 0) {
            return d;
        }
        boolean v4 = (d[0] & 0xF0) == 0x40;
        boolean v6 = (d[0] & 0xF0) == 0x60;
        if (ip && v4 && d.length >= IPV4_HEADER) {
            put(d, 10, 0);
            byte[] header = new byte[IPV4_HEADER];
            System.arraycopy(d, 0, header, 0, IPV4_HEADER);
            put(d, 10, checksum(header));
        }
        int t = v4 ? IPV4_HEADER : IPV6_HEADER;
        if (tcp && (v4 || v6) && d.length >= t + 18) {
            put(d, t + 16, 0);
            int length = d.length - t;
            int pseudo = v4 ? 12 : 40;
            byte[] sum = new byte[pseudo + length];
            if (v4) {
                System.arraycopy(d, 12, sum, 0, 8);
                sum[9] = 6;
                put(sum, 10, length);
            } else {
                System.arraycopy(d, 8, sum, 0, 32);
                put(sum, 34, length);
                sum[39] = 6;
            }
            System.arraycopy(d, t, sum, pseudo, length);
            put(d, t + 16, checksum(sum));
        }
        return d;
    }

    private static void put(byte[] d, int at, int value) {
        d[at] = (byte) (value >>> 8);
        d[at + 1] = (byte) value;
    }
}
