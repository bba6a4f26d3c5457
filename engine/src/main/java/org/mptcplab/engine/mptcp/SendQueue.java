package org.mptcplab.engine.mptcp;

import java.util.ArrayDeque;

/**
 * Connection-level send state (RFC 8684 §3.3): how much the application wrote, which stream offsets
 * were already handed to a subflow, the cumulative data ACK, ranges waiting to be reinjected on
 * another subflow, and the DATA_FIN, which takes the one offset after the last data byte (§3.3.3).
 * Pure bookkeeping: scheduling decisions live in {@link ConnectionSender}.
 */
final class SendQueue {
    private final ArrayDeque<Range> reinject = new ArrayDeque<>();
    private long written;
    private long nextNew;
    private long una;
    private long finOffset = -1;

    /** Appends {@code bytes} application bytes. */
    void write(long bytes) {
        if (finOffset >= 0) {
            throw new IllegalStateException("write after close");
        }
        written += bytes;
    }

    /** No more writes: the DATA_FIN goes after the last written byte. */
    void close() {
        if (finOffset < 0) {
            finOffset = written;
        }
    }

    long written() {
        return written;
    }

    long una() {
        return una;
    }

    /** Offset the DATA_FIN occupies, or -1 before {@link #close()}. */
    long finOffset() {
        return finOffset;
    }

    /** True once close() was called and every data byte was handed to a subflow at least once. */
    boolean finDue() {
        return finOffset >= 0 && nextNew >= written && reinject.isEmpty();
    }

    /** True once the peer acknowledged the DATA_FIN. */
    boolean finAcked() {
        return finOffset >= 0 && una > finOffset;
    }

    /**
     * A cumulative data ACK for everything below {@code offset}; older or impossible values are
     * ignored.
     *
     * @return bytes newly acknowledged (the DATA_FIN counts as one)
     */
    long acknowledge(long offset) {
        if (offset <= una || offset > sentEnd()) {
            return 0;
        }
        long acked = offset - una;
        una = offset;
        return acked;
    }

    /** One past the highest offset ever handed out, the DATA_FIN included once it is due. */
    long sentEnd() {
        return nextNew + (finOffset >= 0 && nextNew >= finOffset ? 1 : 0);
    }

    /** Asks for {@code range} to be sent again on some subflow. */
    void reinject(Range range) {
        if (range.end() > una) {
            reinject.addLast(range);
        }
    }

    /** Bytes that could be handed to subflows now without passing {@code rightEdge} with new data. */
    long pending(long rightEdge) {
        long total = 0;
        // Checked first to spare an iterator per call: reinjections are rare.
        if (!reinject.isEmpty()) {
            for (Range r : reinject) {
                total += Math.max(0, r.end() - Math.max(r.start(), una));
            }
        }
        return total + Math.max(0, Math.min(written, rightEdge) - nextNew);
    }

    /**
     * Takes up to {@code max} bytes to send: a reinjection first, otherwise new data below
     * {@code rightEdge} (the peer's connection-level window). Returns null when there is nothing.
     */
    Range take(long max, long rightEdge) {
        while (!reinject.isEmpty()) {
            Range r = reinject.pollFirst();
            long start = Math.max(r.start(), una);
            if (start >= r.end()) {
                continue;
            }
            long end = Math.min(r.end(), start + max);
            if (end < r.end()) {
                reinject.addFirst(new Range(end, r.end()));
            }
            return new Range(start, end);
        }
        long end = Math.min(Math.min(written, rightEdge), nextNew + max);
        if (end <= nextNew) {
            return null;
        }
        Range r = new Range(nextNew, end);
        nextNew = end;
        return r;
    }
}
