package org.mptcplab.engine.mptcp;

import java.util.Map;
import java.util.TreeMap;
import org.mptcplab.engine.tcp.Payloads;
import org.mptcplab.engine.wire.Payload;

/**
 * Connection-level reassembly (RFC 8684 §3.3.1): bytes arrive from any subflow, in any order and
 * possibly twice (reinjection, duplicated segments); each stream offset is handed on exactly once and
 * in order. Out-of-order pieces wait in a map keyed by stream offset, stored without overlap.
 */
final class Reassembly {
    /** Where in-order bytes go. */
    @FunctionalInterface
    interface Sink {
        void deliver(long offset, Payload data);
    }

    private final TreeMap<Long, Payload> waiting = new TreeMap<>();
    private long next;
    private long waitingBytes;
    private long duplicateBytes;

    /** Next stream offset expected (everything below it was delivered). */
    long next() {
        return next;
    }

    /** Bytes held out of order. */
    long waitingBytes() {
        return waitingBytes;
    }

    /** Bytes received that had already been delivered or buffered. */
    long duplicateBytes() {
        return duplicateBytes;
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
            store(start, piece);
            return;
        }
        next = end;
        sink.deliver(start, piece);
        drain(sink);
    }

    private void drain(Sink sink) {
        while (!waiting.isEmpty() && waiting.firstKey() <= next) {
            Map.Entry<Long, Payload> e = waiting.pollFirstEntry();
            Payload p = e.getValue();
            waitingBytes -= p.length();
            long end = e.getKey() + p.length();
            if (end <= next) {
                duplicateBytes += p.length();
                continue;
            }
            long from = next - e.getKey();
            duplicateBytes += from;
            Payload rest = from == 0 ? p : Payloads.slice(p, (int) from, (int) (end - next));
            long at = next;
            next = end;
            sink.deliver(at, rest);
        }
    }

    private void store(long start, Payload data) {
        long end = start + data.length();
        long cur = start;
        long stored = 0;
        Map.Entry<Long, Payload> before = waiting.floorEntry(start);
        if (before != null) {
            cur = Math.max(cur, before.getKey() + before.getValue().length());
        }
        while (cur < end) {
            Map.Entry<Long, Payload> after = waiting.ceilingEntry(cur);
            long gapEnd = after == null ? end : Math.min(end, after.getKey());
            if (gapEnd > cur) {
                Payload part = Payloads.slice(data, (int) (cur - start), (int) (gapEnd - cur));
                waiting.put(cur, part);
                stored += part.length();
            }
            if (after == null || after.getKey() >= end) {
                break;
            }
            cur = Math.max(gapEnd, after.getKey() + after.getValue().length());
        }
        waitingBytes += stored;
        duplicateBytes += data.length() - stored;
    }
}
