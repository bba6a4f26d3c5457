package org.mptcplab.engine.wire;

/**
 * What the option decoder needs to know about the segment carrying the options: MP_CAPABLE and
 * MP_JOIN forms are only valid on particular handshake segments (RFC 8684 §3.1, §3.2).
 *
 * @param flags the segment's {@link TcpFlags}, 0..0xFFF
 * @param payloadLength the segment's payload bytes, >= 0
 */
public record SegmentContext(int flags, int payloadLength) {
    /** Validates ranges. */
    public SegmentContext {
        Check.range("flags", flags, 0, TcpFlags.MASK);
        Check.range("payloadLength", payloadLength, 0, Integer.MAX_VALUE);
    }

    /** Context of a header and its payload length. */
    public static SegmentContext of(TcpHeader header, int payloadLength) {
        return new SegmentContext(header.flags(), payloadLength);
    }

    /** SYN set. */
    public boolean syn() {
        return TcpFlags.has(flags, TcpFlags.SYN);
    }

    /** ACK set. */
    public boolean ack() {
        return TcpFlags.has(flags, TcpFlags.ACK);
    }

    /** SYN without ACK. */
    public boolean synOnly() {
        return syn() && !ack();
    }

    /** SYN and ACK. */
    public boolean synAck() {
        return syn() && ack();
    }

    /** ACK without SYN: any segment after the handshake. */
    public boolean ackNoSyn() {
        return ack() && !syn();
    }

    @Override
    public String toString() {
        return "segment " + TcpFlags.toString(flags) + " with " + payloadLength + " payload bytes";
    }
}
