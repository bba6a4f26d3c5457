package org.mptcplab.engine.mptcp;

import java.util.Map;
import java.util.TreeMap;

/**
 * The data sequence mappings one subflow has received (RFC 8684 §3.3.1): which connection-level
 * offsets the subflow's bytes carry. Mappings arrive in DSS options (or implicitly in MP_CAPABLE with
 * data) before TCP delivers the bytes in order; {@link #resolve} then splits a delivered subflow range
 * into pieces with their connection offsets. Keys are subflow data offsets (relative subflow sequence
 * number minus 1), so no wrap-around can occur.
 */
final class MappingTable {
    private final TreeMap<Long, long[]> mappings = new TreeMap<>();
    private long unmappedBytes;

    /** Receives one piece of a resolved range. */
    @FunctionalInterface
    interface PieceSink {
        /**
         * @param from         offset of the piece inside the delivered range
         * @param length       bytes in the piece
         * @param streamOffset connection-level offset of the piece's first byte
         */
        void piece(int from, int length, long streamOffset);
    }

    /** Records that subflow bytes {@code [subflowOffset, subflowOffset + length)} carry stream offsets from {@code streamOffset}. */
    void add(long subflowOffset, long streamOffset, int length) {
        if (length <= 0) {
            return;
        }
        long[] existing = mappings.get(subflowOffset);
        if (existing != null && existing[1] >= length) {
            return;
        }
        mappings.put(subflowOffset, new long[] {streamOffset, length});
    }

    /** Number of mappings held. */
    int size() {
        return mappings.size();
    }

    /** Subflow bytes delivered without any mapping (dropped; should stay 0). */
    long unmappedBytes() {
        return unmappedBytes;
    }

    /**
     * Splits the delivered subflow range {@code [subflowOffset, subflowOffset + length)} into mapped
     * pieces, in order, and forgets mappings wholly below its end. Bytes no mapping covers are
     * counted in {@link #unmappedBytes()} and skipped.
     */
    void resolve(long subflowOffset, int length, PieceSink sink) {
        long pos = subflowOffset;
        long end = subflowOffset + length;
        while (pos < end) {
            Map.Entry<Long, long[]> e = mappings.floorEntry(pos);
            long mapStart = e == null ? Long.MIN_VALUE : e.getKey();
            long mapEnd = e == null ? Long.MIN_VALUE : mapStart + e.getValue()[1];
            if (e == null || mapEnd <= pos) {
                Long next = mappings.higherKey(pos);
                long skipTo = next == null ? end : Math.min(end, next);
                unmappedBytes += skipTo - pos;
                pos = skipTo;
                continue;
            }
            long pieceEnd = Math.min(end, mapEnd);
            sink.piece((int) (pos - subflowOffset), (int) (pieceEnd - pos), e.getValue()[0] + (pos - mapStart));
            pos = pieceEnd;
        }
        release(end);
    }

    private void release(long deliveredEnd) {
        while (!mappings.isEmpty()) {
            Map.Entry<Long, long[]> first = mappings.firstEntry();
            if (first.getKey() + first.getValue()[1] > deliveredEnd) {
                return;
            }
            mappings.pollFirstEntry();
        }
    }
}
