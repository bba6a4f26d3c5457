package org.mptcplab.engine.tcp;

import java.util.Map;
import java.util.TreeMap;

/**
 * The sender's record of segments in flight, in relative sequence space (0 = SYN), with the SACK
 * scoreboard of RFC 6675. Segments sit in a ring buffer in sequence order; every per-ACK operation
 * is amortised O(1) or O(log n) in the window: SACK blocks are merged into an interval set first so
 * that each segment is marked at most once, and loss detection and the retransmission cursor only
 * move forward. The counters give RFC 6675's {@code pipe} without any scan.
 */
final class Scoreboard {
    static final int SACKED = 1;
    static final int LOST = 2;
    static final int RETRANS = 4;
    static final int EVER_RETRANS = 8;
    static final int FIN = 16;

    private long[] starts = new long[64];
    private long[] ends = new long[64];
    private long[] sentAt = new long[64];
    private byte[] flags = new byte[64];
    private int head;
    private int size;
    private long sackedBytes;
    private long lostBytes;
    private long retransBytes;
    private int lossIndex;
    private long sackedBelowLoss;
    private int rtxIndex;
    private long highestSacked;
    private final TreeMap<Long, Long> sackedRanges = new TreeMap<>();
    private long[] newParts = new long[16];
    private long ackSampleSentAt = -1;

    int size() {
        return size;
    }

    private int phys(int i) {
        return (head + i) & (starts.length - 1);
    }

    long start(int i) {
        return starts[phys(i)];
    }

    long end(int i) {
        return ends[phys(i)];
    }

    int flags(int i) {
        return flags[phys(i)];
    }

    long sentAt(int i) {
        return sentAt[phys(i)];
    }

    /** Appends a segment {@code [start, end)} sent at {@code now}. */
    void add(long start, long end, boolean fin, long now) {
        if (size == starts.length) {
            grow();
        }
        int p = phys(size);
        starts[p] = start;
        ends[p] = end;
        sentAt[p] = now;
        flags[p] = (byte) (fin ? FIN : 0);
        size++;
    }

    private void grow() {
        int n = starts.length;
        long[] s = new long[n * 2];
        long[] e = new long[n * 2];
        long[] t = new long[n * 2];
        byte[] f = new byte[n * 2];
        for (int i = 0; i < size; i++) {
            int p = phys(i);
            s[i] = starts[p];
            e[i] = ends[p];
            t[i] = sentAt[p];
            f[i] = flags[p];
        }
        starts = s;
        ends = e;
        sentAt = t;
        flags = f;
        head = 0;
    }

    /** Bytes (sequence space) between the first unacknowledged and the highest sent. */
    long outstanding() {
        return size == 0 ? 0 : end(size - 1) - start(0);
    }

    /** RFC 6675 pipe: outstanding, minus SACKed and lost, plus retransmitted-and-not-yet-acknowledged. */
    long pipe() {
        return outstanding() - sackedBytes - lostBytes + retransBytes;
    }

    @Override
    public String toString() {
        return "board[size=" + size + " out=" + outstanding() + " sacked=" + sackedBytes + " lost=" + lostBytes
                + " retrans=" + retransBytes + " lossIdx=" + lossIndex + " rtxIdx=" + rtxIndex + " hiSack=" + highestSacked + "]";
    }

    long sackedBytes() {
        return sackedBytes;
    }

    long highestSacked() {
        return highestSacked;
    }

    /**
     * Removes what {@code ack} acknowledges cumulatively.
     *
     * @return send time of the oldest newly acknowledged segment that was never retransmitted (Karn),
     *         or -1 when there is none
     */
    long acknowledge(long ack) {
        ackSampleSentAt = -1;
        int popped = 0;
        boolean karnSafe = true;
        while (size > 0 && ends[head] <= ack) {
            int f = flags[head];
            long len = ends[head] - starts[head];
            if (popped == 0) {
                karnSafe = (f & EVER_RETRANS) == 0;
                if (karnSafe) {
                    ackSampleSentAt = sentAt[head];
                }
            }
            forget(f, len, popped < lossIndex);
            head = (head + 1) & (starts.length - 1);
            size--;
            popped++;
        }
        lossIndex = Math.max(0, lossIndex - popped);
        rtxIndex = Math.max(0, rtxIndex - popped);
        if (size > 0 && starts[head] < ack) {
            trimHead(ack);
        }
        while (!sackedRanges.isEmpty() && sackedRanges.firstEntry().getValue() <= ack) {
            sackedRanges.pollFirstEntry();
        }
        return ackSampleSentAt;
    }

    private void forget(int f, long len, boolean belowLoss) {
        if ((f & SACKED) != 0) {
            sackedBytes -= len;
            if (belowLoss) {
                sackedBelowLoss -= len;
            }
        } else {
            if ((f & LOST) != 0) {
                lostBytes -= len;
            }
            if ((f & RETRANS) != 0) {
                retransBytes -= len;
            }
        }
    }

    private void trimHead(long ack) {
        int f = flags[head];
        long oldLen = ends[head] - starts[head];
        forget(f, oldLen, lossIndex > 0);
        starts[head] = ack;
        long len = ends[head] - ack;
        if ((f & SACKED) != 0) {
            sackedBytes += len;
            if (lossIndex > 0) {
                sackedBelowLoss += len;
            }
        } else {
            lostBytes += (f & LOST) != 0 ? len : 0;
            retransBytes += (f & RETRANS) != 0 ? len : 0;
        }
    }

    /**
     * Records a SACK block {@code [left, right)} (relative sequence numbers, already clipped to the
     * outstanding range).
     *
     * @return bytes newly marked as SACKed
     */
    long sack(long left, long right) {
        if (right <= left || size == 0) {
            return 0;
        }
        highestSacked = Math.max(highestSacked, right);
        int parts = 0;
        long mergedStart = left;
        long mergedEnd = right;
        long cur = left;
        Map.Entry<Long, Long> before = sackedRanges.floorEntry(left);
        if (before != null && before.getValue() >= left) {
            mergedStart = before.getKey();
            mergedEnd = Math.max(mergedEnd, before.getValue());
            cur = Math.max(cur, before.getValue());
            sackedRanges.remove(before.getKey());
        }
        while (cur < right) {
            Map.Entry<Long, Long> next = sackedRanges.ceilingEntry(cur);
            long gapEnd = next == null || next.getKey() > right ? right : next.getKey();
            if (gapEnd > cur) {
                parts = addPart(parts, cur, gapEnd);
            }
            if (next == null || next.getKey() > right) {
                break;
            }
            mergedEnd = Math.max(mergedEnd, next.getValue());
            cur = Math.max(gapEnd, next.getValue());
            sackedRanges.remove(next.getKey());
        }
        Map.Entry<Long, Long> adjacent = sackedRanges.ceilingEntry(mergedEnd);
        if (adjacent != null && adjacent.getKey() == mergedEnd) {
            mergedEnd = adjacent.getValue();
            sackedRanges.remove(adjacent.getKey());
        }
        sackedRanges.put(mergedStart, mergedEnd);
        long marked = 0;
        for (int k = 0; k < parts; k += 2) {
            marked += markCovered(newParts[k], newParts[k + 1]);
        }
        return marked;
    }

    private int addPart(int parts, long a, long b) {
        if (parts + 2 > newParts.length) {
            newParts = java.util.Arrays.copyOf(newParts, newParts.length * 2);
        }
        newParts[parts] = a;
        newParts[parts + 1] = b;
        return parts + 2;
    }

    private long markCovered(long a, long b) {
        long marked = 0;
        for (int i = firstEndingAfter(a); i < size && start(i) < b; i++) {
            int p = phys(i);
            if ((flags[p] & SACKED) != 0) {
                continue;
            }
            Map.Entry<Long, Long> range = sackedRanges.floorEntry(starts[p]);
            if (range == null || range.getValue() < ends[p]) {
                continue;
            }
            long len = ends[p] - starts[p];
            if ((flags[p] & LOST) != 0) {
                lostBytes -= len;
            }
            if ((flags[p] & RETRANS) != 0) {
                retransBytes -= len;
            }
            flags[p] |= SACKED;
            sackedBytes += len;
            if (i < lossIndex) {
                sackedBelowLoss += len;
            }
            marked += len;
        }
        return marked;
    }

    /** Index of the first segment whose end is above {@code seq} (binary search). */
    int firstEndingAfter(long seq) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (end(mid) <= seq) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * RFC 6675 IsLost, applied incrementally: marks lost every un-SACKed segment with more than
     * {@code thresholdBytes} SACKed above it.
     *
     * @return bytes newly marked lost
     */
    long detectLosses(long thresholdBytes) {
        long marked = 0;
        while (lossIndex < size) {
            int p = phys(lossIndex);
            long len = ends[p] - starts[p];
            if ((flags[p] & SACKED) != 0) {
                sackedBelowLoss += len;
            } else if (sackedBytes - sackedBelowLoss > thresholdBytes) {
                marked += markLost(p, len);
            } else {
                break;
            }
            lossIndex++;
        }
        return marked;
    }

    private long markLost(int p, long len) {
        if ((flags[p] & (LOST | SACKED)) != 0) {
            return 0;
        }
        flags[p] |= LOST;
        lostBytes += len;
        return len;
    }

    /** Marks the first segment lost (NewReno without SACK, RFC 6582). */
    void markHeadLost() {
        if (size > 0) {
            markLost(head, ends[head] - starts[head]);
        }
    }

    /** True when the first segment is considered lost. */
    boolean headLost() {
        return size > 0 && (flags[head] & LOST) != 0;
    }

    /** Index of the next segment to retransmit (lost, not SACKed, not yet retransmitted), or -1. */
    int nextRetransmission() {
        while (rtxIndex < size) {
            int f = flags(rtxIndex);
            if ((f & (SACKED | RETRANS)) != 0) {
                rtxIndex++;
            } else if ((f & LOST) != 0) {
                return rtxIndex;
            } else {
                return -1;
            }
        }
        return -1;
    }

    /**
     * RFC 6675 NextSeg rule 3: the first un-SACKed segment not yet retransmitted that lies below the
     * highest SACKed byte, even though IsLost does not hold for it yet; or -1.
     */
    int nextBelowHighestSacked() {
        int i = nextRetransmission();
        if (i >= 0) {
            return i;
        }
        if (rtxIndex < size && (flags(rtxIndex) & (SACKED | RETRANS)) == 0 && start(rtxIndex) < highestSacked) {
            return rtxIndex;
        }
        return -1;
    }

    /** Records that segment {@code i} was retransmitted at {@code now}. */
    void markRetransmitted(int i, long now) {
        int p = phys(i);
        if ((flags[p] & RETRANS) == 0) {
            retransBytes += ends[p] - starts[p];
        }
        flags[p] |= RETRANS | EVER_RETRANS;
        sentAt[p] = now;
    }

    /** After a retransmission timeout every un-SACKed segment is lost again (RFC 6675 §5.1, Linux). */
    void markAllLost() {
        retransBytes = 0;
        for (int i = 0; i < size; i++) {
            int p = phys(i);
            flags[p] &= ~RETRANS;
            if ((flags[p] & SACKED) == 0 && (flags[p] & LOST) == 0) {
                flags[p] |= LOST;
                lostBytes += ends[p] - starts[p];
            }
        }
        rtxIndex = 0;
        lossIndex = size;
        sackedBelowLoss = sackedBytes;
    }
}
