package org.mptcplab.engine.tcp;

import org.mptcplab.engine.wire.Payload;

/**
 * Virtual bytes of an application stream: {@code length} bytes starting at stream position
 * {@code offset} of the stream called {@code streamKey}. The bytes are never stored; they are a fixed
 * function of (key, position), computed only when a pcap writer or hex view asks for them.
 *
 * <p>The byte at absolute stream position {@code p} is byte {@code p mod 8} (least significant first)
 * of {@code mix64(streamKey + floor(p / 8) * 0x9E3779B97F4A7C15)}, where {@code mix64} is the
 * SplitMix64 finaliser. That is cheap (one mix per 8 bytes), looks random in a capture, and differs
 * between streams, so a receiver can tell whether a delivered range is the one it expected
 * ({@link StreamVerifier}). TCP uses the sender's ISN as the key and offsets counted from the first
 * data byte; MPTCP uses the same class with connection-level offsets (data sequence number minus
 * IDSN minus 1).
 *
 * @param streamKey which stream the bytes belong to
 * @param offset    stream position of the first byte, {@code >= 0}
 * @param length    byte count, {@code >= 0}
 */
public record StreamPayload(long streamKey, long offset, int length) implements Payload {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    /** Validates the range. */
    public StreamPayload {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("bad stream range: offset " + offset + ", length " + length);
        }
    }

    /** The byte at absolute position {@code position} of stream {@code streamKey}. */
    public static byte byteAt(long streamKey, long position) {
        return (byte) (word(streamKey, position >>> 3) >>> ((position & 7) << 3));
    }

    private static long word(long streamKey, long index) {
        long z = streamKey + index * GOLDEN;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Stream position just after the last byte. */
    public long end() {
        return offset + length;
    }

    /** The sub-range of {@code count} bytes starting {@code from} bytes into this payload. */
    public StreamPayload slice(long from, int count) {
        if (from < 0 || count < 0 || from + count > length) {
            throw new IndexOutOfBoundsException("slice " + from + "+" + count + " of " + length);
        }
        return from == 0 && count == length ? this : new StreamPayload(streamKey, offset + from, count);
    }

    @Override
    public void writeTo(byte[] dst, int at) {
        long p = offset;
        long stop = offset + length;
        int i = at;
        while (p < stop) {
            long w = word(streamKey, p >>> 3);
            int shift = (int) (p & 7) << 3;
            // Emit the rest of this 8-byte word in one go: one mix per word, not per byte.
            while (shift < 64 && p < stop) {
                dst[i++] = (byte) (w >>> shift);
                shift += 8;
                p++;
            }
        }
    }
}
