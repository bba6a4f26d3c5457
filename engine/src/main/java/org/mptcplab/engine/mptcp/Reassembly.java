package org.mptcplab.engine.mptcp;

import org.mptcplab.engine.tcp.OutOfOrderBuffer;
import org.mptcplab.engine.tcp.Payloads;
import org.mptcplab.engine.wire.Payload;

/**
 * Connection-level reassembly (RFC 8684 §3.3.1): bytes arrive from any subflow, in any order and
 * possibly twice (reinjection, duplicated segments); each stream offset is handed on exactly once and
 * in order. Out-of-order pieces wait in the {@link OutOfOrderBuffer} TCP uses too.
 */
final class Reassembly {
    /** Where in-order bytes go. */
    @FunctionalInterface
    interface Sink {
        void deliver(long offset, Payload data);
    }

    private final OutOfOrderBuffer waiting = new OutOfOrderBuffer();
    private long next;
    /** Duplicates seen on arrival; those only found when draining are counted by {@link #waiting}. */
    private long duplicateBytes;

    /** Next stream offset expected (everything below it was delivered). */
    long next() {
        return next;
    }

    /** Bytes held out of order. */
    long waitingBytes() {
        return waiting.bytes();
    }

    /** Bytes received that had already been delivered or buffered. */
    long duplicateBytes() {
        return duplicateBytes + waiting.discardedBytes();
    }

    /** Accepts {@code data} at stream offset {@code offset}, delivering whatever became in order. */
    void offer(long offset, Payload data, Sink sink) {
        long start = offset;
        long end = offset + data.length();
        Payload piece = data;
        if (end <= next) {
            duplicateBytes += data.length();
            return;
        }
        if (start < next) {
            duplicateBytes += next - start;
            piece = Payloads.slice(piece, (int) (next - start), (int) (end - next));
            start = next;
        }
        if (start > next) {
            duplicateBytes += piece.length() - waiting.store(start, piece);
            return;
        }
        next = end;
        sink.deliver(start, piece);
        drain(sink);
    }

    private void drain(Sink sink) {
        for (Payload p = waiting.pollFrom(next); p != null; p = waiting.pollFrom(next)) {
            long at = next;
            next += p.length();
            sink.deliver(at, p);
        }
    }
}
