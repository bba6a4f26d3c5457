package org.mptcplab.engine.mptcp;

import java.util.Arrays;

/**
 * The data sequence mappings one subflow has received (RFC 8684 §3.3.1): which connection-level
 * offsets the subflow's bytes carry. Mappings arrive in DSS options (or implicitly in MP_CAPABLE with
 * data) before TCP delivers the bytes in order; {@link #resolve} then splits a delivered subflow range
 * into pieces with their connection offsets. Keys are subflow data offsets (relative subflow sequence
 * number minus 1), so no wrap-around can occur.
 *
 * <p>Held as three parallel arrays sorted by subflow offset, live between {@code start} and
 * {@code start + count}: mappings arrive almost always in increasing order and leave from the
 * front, so adding is an append and releasing moves {@code start}; a lookup is a binary search over
 * primitives instead of a walk through tree nodes and boxed keys (this runs for every DSS received).
 */
final class MappingTable {
    private long[] keys = new long[16];
    private long[] streamOffsets = new long[16];
    private int[] lengths = new int[16];
    private int start;
    private int count;
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
        int i = floor(subflowOffset);
        if (i >= 0 && keys[i] == subflowOffset) {
            // A mapping for the same start replaces the old one only when it covers more.
            if (lengths[i] < length) {
                streamOffsets[i] = streamOffset;
                lengths[i] = length;
            }
            return;
        }
        insertAt(i < 0 ? start : i + 1, subflowOffset, streamOffset, length);
    }

    /** Number of mappings held. */
    int size() {
        return count;
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
            int i = floor(pos);
            long mapStart = i < 0 ? Long.MIN_VALUE : keys[i];
            long mapEnd = i < 0 ? Long.MIN_VALUE : mapStart + lengths[i];
            if (i < 0 || mapEnd <= pos) {
                int next = i < 0 ? start : i + 1;
                long skipTo = next == start + count ? end : Math.min(end, keys[next]);
                unmappedBytes += skipTo - pos;
                pos = skipTo;
                continue;
            }
            long pieceEnd = Math.min(end, mapEnd);
            sink.piece((int) (pos - subflowOffset), (int) (pieceEnd - pos), streamOffsets[i] + (pos - mapStart));
            pos = pieceEnd;
        }
        release(end);
    }

    private void release(long deliveredEnd) {
        while (count > 0 && keys[start] + lengths[start] <= deliveredEnd) {
            start++;
            count--;
        }
        if (count == 0) {
            start = 0;
        }
    }

    /** Index of the greatest key at or below {@code offset}, or -1 when there is none. */
    private int floor(long offset) {
        int lo = start;
        int hi = start + count - 1;
        if (count == 0 || keys[lo] > offset) {
            return -1;
        }
        if (keys[hi] <= offset) {
            return hi;
        }
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (keys[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private void insertAt(int index, long key, long streamOffset, int length) {
        int end = start + count;
        if (end == keys.length) {
            int shift = start;
            if (count * 2 >= keys.length) {
                int capacity = keys.length * 2;
                keys = Arrays.copyOf(keys, capacity);
                streamOffsets = Arrays.copyOf(streamOffsets, capacity);
                lengths = Arrays.copyOf(lengths, capacity);
            }
            if (shift > 0) {
                System.arraycopy(keys, start, keys, 0, count);
                System.arraycopy(streamOffsets, start, streamOffsets, 0, count);
                System.arraycopy(lengths, start, lengths, 0, count);
                start = 0;
                index -= shift;
                end = count;
            }
        }
        int tail = end - index;
        if (tail > 0) {
            System.arraycopy(keys, index, keys, index + 1, tail);
            System.arraycopy(streamOffsets, index, streamOffsets, index + 1, tail);
            System.arraycopy(lengths, index, lengths, index + 1, tail);
        }
        keys[index] = key;
        streamOffsets[index] = streamOffset;
        lengths[index] = length;
        count++;
    }
}
