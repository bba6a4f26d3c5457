package org.mptcplab.engine.wire;

/**
 * Payload of {@code length} zero bytes: cheap filler when only the size matters.
 *
 * @param length byte count, >= 0
 */
public record ZeroPayload(int length) implements Payload {
    /** Validates the length. */
    public ZeroPayload {
        Check.range("length", length, 0, Integer.MAX_VALUE);
    }

    @Override
    public void writeTo(byte[] dst, int offset) {
        java.util.Arrays.fill(dst, offset, offset + length, (byte) 0);
    }
}
