package org.mptcplab.engine.lb;

/**
 * CRC-32 as in IEEE 802.3 (and zlib, PNG, {@code java.util.zip.CRC32}): reflected polynomial
 * 0xEDB88320, initial value 0xFFFFFFFF, final XOR 0xFFFFFFFF. Check value: "123456789" gives
 * 0xCBF43926.
 *
 * <p>Written bit by bit rather than with a lookup table so the loop matches the textbook
 * description: for each byte, XOR it into the low end of the register, then eight times shift right
 * and XOR the polynomial in when the bit shifted out was 1.
 */
public final class Crc32 implements HashFunction {
    /** Name used in traces and scenario files. */
    public static final String NAME = "crc32";

    private static final int POLYNOMIAL = 0xEDB88320;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public long hash(byte[] input) {
        int crc = 0xFFFFFFFF;
        for (byte b : input) {
            crc ^= b & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ POLYNOMIAL : crc >>> 1;
            }
        }
        return Integer.toUnsignedLong(~crc);
    }

    @Override
    public String toString() {
        return NAME;
    }
}
