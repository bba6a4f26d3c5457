package org.mptcplab.engine.mptcp;

import java.util.ArrayDeque;
import org.mptcplab.engine.wire.Payload;

/**
 * Receive side of an MPTCP connection: connection-level reassembly of what the subflows deliver,
 * the peer's DATA_FIN (RFC 8684 §3.3.3), the cumulative data ACK to send (§3.3.2), and holding data
 * back while the application has paused reading.
 */
final class ConnectionReceiver {
    /** Where in-order data and the end of the stream go. */
    interface Delivery {
        void data(long offset, Payload data);

        void remoteClosed();
    }

    private record Held(long offset, Payload data) {}

    private final Reassembly reassembly = new Reassembly();
    private final ArrayDeque<Held> held = new ArrayDeque<>();
    private final Delivery delivery;
    private long finOffset = -1;
    private boolean finDelivered;
    private boolean paused;
    private long delivered;

    ConnectionReceiver(Delivery delivery) {
        this.delivery = delivery;
    }

    /** Bytes of the peer's stream at {@code offset} arrived on some subflow. */
    void offer(long offset, Payload data) {
        if (finOffset >= 0 && offset >= finOffset) {
            // Nothing can follow the DATA_FIN; a sender that maps bytes past it is broken.
            return;
        }
        reassembly.offer(offset, data, this::inOrder);
        checkFin();
    }

    private void inOrder(long offset, Payload data) {
        if (paused || !held.isEmpty()) {
            held.add(new Held(offset, data));
        } else {
            deliver(offset, data);
        }
    }

    private void deliver(long offset, Payload data) {
        delivered += data.length();
        delivery.data(offset, data);
    }

    /** The peer's DATA_FIN occupies {@code offset} (one past its last data byte). */
    void dataFin(long offset) {
        if (finOffset < 0) {
            finOffset = offset;
        }
        checkFin();
    }

    private void checkFin() {
        if (finOffset >= 0 && !finDelivered && reassembly.next() >= finOffset && held.isEmpty() && !paused) {
            finDelivered = true;
            delivery.remoteClosed();
        }
    }

    /** The next stream offset to acknowledge: all data received, plus one for a received DATA_FIN. */
    long ackOffset() {
        long next = reassembly.next();
        return finOffset >= 0 && next >= finOffset ? finOffset + 1 : next;
    }

    /** True once the application was told the peer closed. */
    boolean finDelivered() {
        return finDelivered;
    }

    /** Stops or resumes delivery; resuming hands over everything held, then a pending end of stream. */
    void setPaused(boolean pause) {
        paused = pause;
        while (!paused && !held.isEmpty()) {
            Held h = held.poll();
            deliver(h.offset(), h.data());
        }
        checkFin();
    }

    /** Bytes handed to the application. */
    long delivered() {
        return delivered;
    }

    /** Bytes received more than once (reinjection, duplication). */
    long duplicateBytes() {
        return reassembly.duplicateBytes();
    }
}
