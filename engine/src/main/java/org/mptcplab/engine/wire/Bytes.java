package org.mptcplab.engine.wire;

/** Big-endian reads and small helpers for the decoders; callers check bounds first. */
final class Bytes {
    private Bytes() {}

    static int u8(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    static int u16(byte[] b, int i) {
        return u8(b, i) << 8 | u8(b, i + 1);
    }

    static int u32(byte[] b, int i) {
        return u16(b, i) << 16 | u16(b, i + 2);
    }

    static long u64(byte[] b, int i) {
        return (long) u32(b, i) << 32 | Integer.toUnsignedLong(u32(b, i + 4));
    }

    static byte[] slice(byte[] b, int from, int length) {
        byte[] out = new byte[length];
        System.arraycopy(b, from, out, 0, length);
        return out;
    }

    static int roundUp4(int n) {
        return (n + 3) & ~3;
    }
}
