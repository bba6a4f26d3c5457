package org.mptcplab.app.sequence;

import java.util.List;
import java.util.TreeSet;
import org.mptcplab.engine.crypto.MptcpCrypto;

/**
 * Writes data sequence numbers relative to the connection's initial data sequence number, e.g.
 * "IDSN+1421", because raw 64-bit DSNs are unreadable on an arrow. The IDSN is the last 64 bits of
 * SHA-256 of the sender's key (RFC 8684 §3.1) and the first data byte is IDSN + 1; keys come from
 * the MP_CAPABLE options in the run.
 */
public final class DataSequenceBase {
    /** Offsets above this are not taken as belonging to a given IDSN. */
    private static final long MAX_OFFSET = 1L << 40;
    private final List<Long> idsns;

    /** A base knowing the connections whose MP_CAPABLE keys are {@code keys}. */
    public DataSequenceBase(Iterable<Long> keys) {
        TreeSet<Long> out = new TreeSet<>();
        keys.forEach(k -> out.add(MptcpCrypto.idsn(k)));
        idsns = List.copyOf(out);
    }

    /** A base that knows no connection: every DSN is written in full. */
    public static DataSequenceBase none() {
        return new DataSequenceBase(List.of());
    }

    /** "IDSN+n" for the nearest IDSN at or below {@code dsn}, else the DSN in full (unsigned). */
    public String format(long dsn, boolean dsn8) {
        long best = -1;
        for (long idsn : idsns) {
            // A 4-byte DSN carries the low 32 bits only (RFC 8684 §3.3.1): compare in that space.
            long rel = dsn8 ? dsn - idsn : (dsn - idsn) & 0xFFFF_FFFFL;
            if (Long.compareUnsigned(rel, MAX_OFFSET) < 0 && (best < 0 || rel < best)) {
                best = rel;
            }
        }
        return best < 0 ? Long.toUnsignedString(dsn) : "IDSN+" + best;
    }
}
