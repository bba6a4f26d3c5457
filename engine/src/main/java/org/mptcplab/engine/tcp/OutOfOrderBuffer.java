package org.mptcplab.engine.tcp;

import java.util.Map;
import java.util.TreeMap;
import org.mptcplab.engine.wire.Payload;

/**
 * Bytes that arrived ahead of the next expected position, held until the gap before them fills.
 * Pieces are keyed by position and stored without overlap, so every byte is stored (and later
 * handed on) at most once. Shared by TCP's receive side ({@link TcpReceiver}, sequence space) and
 * MPTCP's connection-level reassembly (data sequence space, RFC 8684 §3.3.1).
 *
 * <p>The caller owns the next expected position and advances it itself between
 * {@link #pollFrom(long)} calls, so its state is current whenever it hands a piece on.
 */
public final class OutOfOrderBuffer {
    private final TreeMap<Long, Payload> pieces = new TreeMap<>();
    private long bytes;
    private long discardedBytes;

    /** True when nothing is held. */
    public boolean isEmpty() {
        return pieces.isEmpty();
    }

    /** Bytes held. */
    public long bytes() {
        return bytes;
    }

    /** Bytes {@link #pollFrom(long)} threw away because they lay below the position asked for. */
    public long discardedBytes() {
        return discardedBytes;
    }

    /**
     * Holds the bytes of {@code data}, which starts at {@code start}, that are not held yet.
     *
     * @return the number of bytes newly held
     */
    public long store(long start, Payload data) {
        long end = start + data.length();
        long cur = start;
        long stored = 0;
        Map.Entry<Long, Payload> before = pieces.floorEntry(start);
        if (before != null) {
            cur = Math.max(cur, before.getKey() + before.getValue().length());
        }
        while (cur < end) {
            Map.Entry<Long, Payload> after = pieces.ceilingEntry(cur);
            long gapEnd = after == null ? end : Math.min(end, after.getKey());
            if (gapEnd > cur) {
                Payload part = Payloads.slice(data, (int) (cur - start), (int) (gapEnd - cur));
                pieces.put(cur, part);
                stored += part.length();
            }
            if (after == null) {
                break;
            }
            cur = Math.max(gapEnd, after.getKey() + after.getValue().length());
        }
        bytes += stored;
        return stored;
    }

    /**
     * Removes and returns the held bytes that start exactly at {@code next} (trimmed if the piece
     * began below it), or {@code null} when nothing held reaches {@code next}. Pieces lying wholly
     * below {@code next} are discarded on the way.
     */
    public Payload pollFrom(long next) {
        while (!pieces.isEmpty() && pieces.firstKey() <= next) {
            Map.Entry<Long, Payload> e = pieces.pollFirstEntry();
            long start = e.getKey();
            Payload p = e.getValue();
            bytes -= p.length();
            long end = start + p.length();
            if (end <= next) {
                discardedBytes += p.length();
                continue;
            }
            discardedBytes += next - start;
            return start < next ? Payloads.slice(p, (int) (next - start), (int) (end - next)) : p;
        }
        return null;
    }
}
