package org.mptcplab.engine.mptcp;

/**
 * A half-open range {@code [start, end)} of connection-level stream offsets.
 *
 * @param start first offset
 * @param end   offset after the last one, {@code >= start}
 */
record Range(long start, long end) {
    Range {
        if (end < start) {
            throw new IllegalArgumentException("empty range end " + end + " < start " + start);
        }
    }

    long length() {
        return end - start;
    }
}
