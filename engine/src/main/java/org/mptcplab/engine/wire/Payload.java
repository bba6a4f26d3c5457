package org.mptcplab.engine.wire;

/**
 * Segment payload. The simulation may keep it virtual (a length and the stream offset its bytes are
 * generated from); only encoding asks for the bytes. Implementations define their own equality, so
 * {@link Packet#equals} compares payloads of the same kind; use {@link #contentEquals} across kinds.
 */
public interface Payload {
    /** Number of bytes. */
    int length();

    /** Writes exactly {@link #length()} bytes into {@code dst} from {@code offset}. */
    void writeTo(byte[] dst, int offset);

    /** The bytes as a fresh array. */
    default byte[] toBytes() {
        byte[] bytes = new byte[length()];
        writeTo(bytes, 0);
        return bytes;
    }

    /**
     * The empty payload. It is a {@link BytesPayload}, so a decoded empty segment equals one built
     * with it.
     */
    static Payload empty() {
        return BytesPayload.EMPTY;
    }

    /** True when both payloads have the same bytes, whatever their implementations. */
    static boolean contentEquals(Payload a, Payload b) {
        return a.length() == b.length() && java.util.Arrays.equals(a.toBytes(), b.toBytes());
    }
}
