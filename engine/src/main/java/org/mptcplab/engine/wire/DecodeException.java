package org.mptcplab.engine.wire;

/**
 * A byte string that the strict wire decoders refuse. Carries the offset of the offending field
 * (relative to the start of the input given to the decoder; for a fixed-size header that does not fit,
 * the end of the input) and a typed {@link Reason}; the message names both. Unchecked so that stacks handling already-valid packets are not burdened, but every
 * decoder in this package documents it and never throws any other exception for bad input.
 */
public final class DecodeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the input was refused. */
    public enum Reason {
        /** The input ends before a field or an announced length. */
        TRUNCATED,
        /** A length field (option length, IHL, data offset, total length) is impossible for the form. */
        BAD_LENGTH,
        /** An IPv4 header or TCP checksum does not verify. */
        BAD_CHECKSUM,
        /** An IP version or MPTCP version this codec does not speak. */
        BAD_VERSION,
        /** A valid form in a segment where it may not appear (e.g. MP_CAPABLE len 12 without SYN/ACK). */
        WRONG_CONTEXT,
        /** A field value that is not allowed (reserved bits set, non-zero padding, ...). */
        BAD_VALUE,
        /** A well-formed feature this codec does not model (IPv4 options, fragments, non-TCP). */
        UNSUPPORTED
    }

    private final int offset;
    private final Reason reason;

    /**
     * @param reason why the input was refused
     * @param offset byte offset of the offending field in the decoder's input
     * @param detail human-readable explanation
     */
    public DecodeException(Reason reason, int offset, String detail) {
        super(reason + " at offset " + offset + ": " + detail);
        this.reason = reason;
        this.offset = offset;
    }

    /** Byte offset of the offending field, relative to the decoder's input. */
    public int offset() {
        return offset;
    }

    /** Why the input was refused. */
    public Reason reason() {
        return reason;
    }
}
