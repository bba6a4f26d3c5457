package org.mptcplab.engine.net;

import org.mptcplab.engine.trace.DropReason;

/**
 * Dropped-packet counts by {@link DropReason}: cheap enough to keep on every node and link direction
 * in batch mode, where no per-packet trace records exist.
 */
public final class DropCounters {
    private static final DropReason[] REASONS = DropReason.values();
    private final long[] counts = new long[REASONS.length];
    private long total;

    void add(DropReason reason) {
        counts[reason.ordinal()]++;
        total++;
    }

    /** Packets dropped for {@code reason}. */
    public long count(DropReason reason) {
        return counts[reason.ordinal()];
    }

    /** Packets dropped for any reason. */
    public long total() {
        return total;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        for (DropReason r : REASONS) {
            if (counts[r.ordinal()] > 0) {
                sb.append(sb.length() > 1 ? ", " : "").append(r).append('=').append(counts[r.ordinal()]);
            }
        }
        return sb.append('}').toString();
    }
}
