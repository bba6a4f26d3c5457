package org.mptcplab.engine.tcp;

import java.util.Arrays;

/**
 * The receiver's out-of-order byte ranges in relative sequence space: sorted, disjoint half-open
 * intervals {@code [start, end)}, merged when they overlap or touch. They are the raw material of
 * SACK blocks (RFC 2018 §4).
 *
 * <p>Two sorted {@code long} arrays instead of a tree map: a receiver holds a handful of ranges (one
 * per hole), and the lookups run for every ACK sent while a hole is open, usually on a connection
 * whose state has left the cache; contiguous arrays cost one or two cache lines instead of a walk
 * through tree nodes and boxed keys.
 */
final class SackRanges {
    private long[] starts = new long[8];
    private long[] ends = new long[8];
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    /** Start of range {@code i} (in ascending order). */
    long start(int i) {
        return starts[i];
    }

    /** End (exclusive) of range {@code i}. */
    long end(int i) {
        return ends[i];
    }

    /** Index of the range with the greatest start at or below {@code seq}, or -1 when none. */
    int floor(long seq) {
        int i = size - 1;
        while (i >= 0 && starts[i] > seq) {
            i--;
        }
        return i;
    }

    /** Adds {@code [start, end)}, merging it with every range it overlaps or touches. */
    void add(long start, long end) {
        long s = start;
        long e = end;
        int i = floor(start);
        if (i >= 0 && ends[i] >= start) {
            s = starts[i];
            e = Math.max(e, ends[i]);
            removeAt(i);
        }
        int j = i < 0 ? 0 : i;
        while (j < size && starts[j] < s) {
            j++;
        }
        while (j < size && starts[j] <= e) {
            e = Math.max(e, ends[j]);
            removeAt(j);
        }
        insertAt(j, s, e);
    }

    /** Forgets the leading ranges that end at or below {@code rcvNxt} (now delivered in order). */
    void dropDeliveredBelow(long rcvNxt) {
        int k = 0;
        while (k < size && ends[k] <= rcvNxt) {
            k++;
        }
        if (k > 0) {
            System.arraycopy(starts, k, starts, 0, size - k);
            System.arraycopy(ends, k, ends, 0, size - k);
            size -= k;
        }
    }

    private void removeAt(int i) {
        System.arraycopy(starts, i + 1, starts, i, size - i - 1);
        System.arraycopy(ends, i + 1, ends, i, size - i - 1);
        size--;
    }

    private void insertAt(int i, long s, long e) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
        }
        System.arraycopy(starts, i, starts, i + 1, size - i);
        System.arraycopy(ends, i, ends, i + 1, size - i);
        starts[i] = s;
        ends[i] = e;
        size++;
    }
}
