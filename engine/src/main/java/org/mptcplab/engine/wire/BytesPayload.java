package org.mptcplab.engine.wire;

import java.util.Arrays;

/**
 * Payload held as real bytes (what {@link PacketCodec#decode} produces). Equality is by content.
 *
 * @param bytes the payload (copied)
 */
public record BytesPayload(byte[] bytes) implements Payload {
    static final BytesPayload EMPTY = new BytesPayload(new byte[0]);

    /** Copies the bytes. */
    public BytesPayload {
        Check.notNull("bytes", bytes);
        bytes = bytes.clone();
    }

    /** A copy of the bytes. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public int length() {
        return bytes.length;
    }

    @Override
    public void writeTo(byte[] dst, int offset) {
        System.arraycopy(bytes, 0, dst, offset, bytes.length);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BytesPayload that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "BytesPayload[" + bytes.length + " bytes]";
    }
}
