package org.mptcplab.engine.wire;

/**
 * Test-side RFC 1071 checksum, written separately from {@link InternetChecksum} so malformed-input
 * tests can repair checksums after a mutation without trusting the code under test.
 */
final class TestChecksums {
    private TestChecksums() {}

    static int sum(byte[] data, int from, int to) {
        long s = 0;
        for (int i = from; i < to; i += 2) {
            int hi = data[i] & 0xFF;
            int lo = i + 1 < to ? data[i + 1] & 0xFF : 0;
            s += hi * 256 + lo;
        }
        while (s > 0xFFFF) {
            s = (s & 0xFFFF) + (s >> 16);
        }
        return (int) (0xFFFF - s);
    }

    /** Rewrites the IPv4 header checksum (bytes 10..11) of an IHL-5 header. */
    static byte[] fixIpv4(byte[] d) {
        d[10] = 0;
        d[11] = 0;
        int c = sum(d, 0, 20);
        d[10] = (byte) (c >> 8);
        d[11] = (byte) c;
        return d;
    }

    /** Rewrites the TCP checksum of a datagram whose TCP header starts at {@code t} (20 or 40). */
    static byte[] fixTcp(byte[] d, int t) {
        d[t + 16] = 0;
        d[t + 17] = 0;
        int length = d.length - t;
        byte[] pseudo;
        if (t == 20) {
            pseudo = new byte[12 + length];
            System.arraycopy(d, 12, pseudo, 0, 8);
            pseudo[9] = 6;
            pseudo[10] = (byte) (length >> 8);
            pseudo[11] = (byte) length;
            System.arraycopy(d, t, pseudo, 12, length);
        } else {
            pseudo = new byte[40 + length];
            System.arraycopy(d, 8, pseudo, 0, 32);
            pseudo[34] = (byte) (length >> 8);
            pseudo[35] = (byte) length;
            pseudo[39] = 6;
            System.arraycopy(d, t, pseudo, 40, length);
        }
        int c = sum(pseudo, 0, pseudo.length);
        d[t + 16] = (byte) (c >> 8);
        d[t + 17] = (byte) c;
        return d;
    }
}
