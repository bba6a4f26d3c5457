package org.mptcplab.engine.mptcp;

/**
 * Conversions between 64-bit data sequence numbers (DSNs, RFC 8684 §3.3) and the connection-level
 * stream offsets the stack works with internally. Offsets start at 0 for the first data byte, whose
 * DSN is {@code IDSN + 1} (RFC 8684 §3.1); all arithmetic on DSNs wraps modulo 2^64, so offsets never
 * need a wrap-around comparison.
 */
public final class DataSequence {
    private DataSequence() {}

    /** The DSN of stream offset {@code offset} for a sender whose IDSN is {@code idsn}. */
    public static long dsn(long idsn, long offset) {
        return idsn + 1 + offset;
    }

    /** The stream offset of DSN {@code dsn} for a sender whose IDSN is {@code idsn}. */
    public static long offset(long idsn, long dsn) {
        return dsn - idsn - 1;
    }

    /**
     * Expands a 4-byte DSN or data ACK (the low 32 bits) to the 64-bit value closest to
     * {@code reference}, as RFC 8684 §3.3.1 asks of a receiver that sees short values.
     */
    public static long expand(long low32, long reference) {
        int delta = (int) low32 - (int) reference;
        return reference + delta;
    }
}
