package org.mptcplab.engine.tcp;

import java.util.ArrayList;
import java.util.List;
import org.mptcplab.engine.wire.Payload;
import org.mptcplab.engine.wire.SackBlock;

/**
 * Receive side of a connection in relative sequence space (0 = the peer's SYN, 1 = its first data
 * byte): next expected byte, out-of-order reassembly, SACK block choice (RFC 2018 §4), the
 * delayed-ACK counter and the advertised window. In-order data goes to a {@link Delivery} exactly
 * once; overlapping and duplicate bytes are trimmed away here.
 */
final class TcpReceiver {
    /** Where in-order bytes go. */
    interface Delivery {
        void deliver(long dataOffset, Payload data);
    }

    private final Delivery delivery;
    private final long bufferSize;
    private int irs;
    private long rcvNxt;
    private final OutOfOrderBuffer outOfOrder = new OutOfOrderBuffer();
    private final SackRanges ranges = new SackRanges();
    private final long[] recent = new long[4];
    /** Scratch copy of {@link #recent} for {@link #noteRecent}, kept to avoid an allocation per segment. */
    private final long[] previous = new long[4];
    private int recentCount;
    private long finRel = -1;
    private int unackedSegments;
    private long rightEdge;
    private long unread;

    TcpReceiver(long bufferSize, Delivery delivery) {
        this.bufferSize = bufferSize;
        this.delivery = delivery;
    }

    /** Starts the sequence space at the peer's SYN. */
    void init(int peerIsn) {
        irs = peerIsn;
        rcvNxt = 1;
        rightEdge = 1 + bufferSize;
    }

    int irs() {
        return irs;
    }

    /** Next expected byte, relative. */
    long rcvNxt() {
        return rcvNxt;
    }

    /** Next expected byte as a wire sequence number (the ACK field). */
    int ackNumber() {
        return (int) (irs + rcvNxt);
    }

    /** Relative position of wire sequence number {@code seq}, unwrapped near {@link #rcvNxt()}. */
    long relative(int seq) {
        return rcvNxt + (seq - (int) (irs + rcvNxt));
    }

    /** Bytes of window still free: buffer minus buffered bytes, never moving the right edge back. */
    long window() {
        long free = Math.max(0, bufferSize - unread - outOfOrder.bytes());
        rightEdge = Math.max(rightEdge, rcvNxt + free);
        return rightEdge - rcvNxt;
    }

    /** Bytes delivered but not yet consumed by a paused application. */
    void setUnread(long bytes) {
        unread = bytes;
    }

    /** True when out-of-order data is buffered (RFC 5681: ACK such segments immediately). */
    boolean hasGaps() {
        return !outOfOrder.isEmpty();
    }

    /**
     * Accepts payload at relative position {@code start}.
     *
     * @return true when the segment advanced {@link #rcvNxt()} and left no gap behind, i.e. an ACK
     *         may be delayed; false when it was a duplicate, out of order or filled a gap
     */
    boolean onData(long start, Payload payload) {
        long end = start + payload.length();
        if (end <= rcvNxt) {
            return false;
        }
        if (start < rcvNxt) {
            payload = Payloads.slice(payload, (int) (rcvNxt - start), (int) (end - rcvNxt));
            start = rcvNxt;
        }
        if (start > rcvNxt) {
            storeOutOfOrder(start, payload);
            return false;
        }
        boolean hadGaps = hasGaps();
        deliverInOrder(payload);
        drainOutOfOrder();
        return !hadGaps;
    }

    private void deliverInOrder(Payload payload) {
        long offset = rcvNxt - 1;
        rcvNxt += payload.length();
        delivery.deliver(offset, payload);
    }

    private void drainOutOfOrder() {
        for (Payload p = outOfOrder.pollFrom(rcvNxt); p != null; p = outOfOrder.pollFrom(rcvNxt)) {
            deliverInOrder(p);
        }
        ranges.dropDeliveredBelow(rcvNxt);
    }

    private void storeOutOfOrder(long start, Payload payload) {
        outOfOrder.store(start, payload);
        addRange(start, start + payload.length());
        noteRecent(start);
    }

    private void addRange(long start, long end) {
        ranges.add(start, end);
    }

    private void noteRecent(long seq) {
        // RFC 2018 §4: the block holding the newest segment first, then the most recently reported ones.
        long[] copy = previous;
        System.arraycopy(recent, 0, copy, 0, recent.length);
        int n = recentCount;
        recent[0] = seq;
        recentCount = 1;
        long newestStart = ranges.start(ranges.floor(seq));
        for (int i = 0; i < n && recentCount < recent.length; i++) {
            int block = ranges.floor(copy[i]);
            if (block >= 0 && ranges.end(block) > copy[i] && ranges.start(block) != newestStart) {
                recent[recentCount++] = copy[i];
            }
        }
    }

    /** Up to {@code max} SACK blocks as wire numbers, most recent first (RFC 2018 §4). */
    List<SackBlock> sackBlocks(int max) {
        if (outOfOrder.isEmpty() || max <= 0) {
            return List.of();
        }
        List<SackBlock> blocks = new ArrayList<>(Math.min(max, recentCount));
        long lastKey = Long.MIN_VALUE;
        for (int i = 0; i < recentCount && blocks.size() < max; i++) {
            int block = ranges.floor(recent[i]);
            if (block < 0 || ranges.end(block) <= recent[i] || ranges.end(block) <= rcvNxt
                    || ranges.start(block) == lastKey) {
                continue;
            }
            lastKey = ranges.start(block);
            blocks.add(new SackBlock((int) (irs + ranges.start(block)), (int) (irs + ranges.end(block))));
        }
        return blocks;
    }

    /** Records the peer's FIN at relative position {@code rel}. */
    void noteFin(long rel) {
        finRel = rel;
    }

    /** True when the peer's FIN is the next thing in sequence. */
    boolean finReady() {
        return finRel >= 0 && finRel == rcvNxt;
    }

    /** Consumes the FIN (it occupies one sequence number). */
    void consumeFin() {
        rcvNxt++;
        finRel = -1;
    }

    /** Counts an in-order data segment for the delayed-ACK rule; returns the count since the last ACK. */
    int countSegment() {
        return ++unackedSegments;
    }

    /** An ACK went out: restart the delayed-ACK count. */
    void ackSent() {
        unackedSegments = 0;
    }

    /** Data segments received since the last ACK sent. */
    int unackedSegments() {
        return unackedSegments;
    }
}
