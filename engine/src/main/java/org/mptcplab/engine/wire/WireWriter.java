package org.mptcplab.engine.wire;

/**
 * Big-endian writer over a byte array, used by options to emit themselves. Writing past the end is a
 * programming error (lengths are computed before writing) and fails fast.
 */
public final class WireWriter {
    private final byte[] buffer;
    private int position;

    /** Writes into {@code buffer} from {@code offset}. */
    public WireWriter(byte[] buffer, int offset) {
        this.buffer = buffer;
        this.position = offset;
    }

    /** Next write position. */
    public int position() {
        return position;
    }

    /** One byte (low 8 bits of {@code value}). */
    public WireWriter u8(int value) {
        buffer[position++] = (byte) value;
        return this;
    }

    /** Two bytes, big-endian. */
    public WireWriter u16(int value) {
        return u8(value >>> 8).u8(value);
    }

    /** Four bytes, big-endian. */
    public WireWriter u32(int value) {
        return u16(value >>> 16).u16(value);
    }

    /** Eight bytes, big-endian. */
    public WireWriter u64(long value) {
        return u32((int) (value >>> 32)).u32((int) value);
    }

    /** Raw bytes. */
    public WireWriter bytes(byte[] data) {
        System.arraycopy(data, 0, buffer, position, data.length);
        position += data.length;
        return this;
    }
}
