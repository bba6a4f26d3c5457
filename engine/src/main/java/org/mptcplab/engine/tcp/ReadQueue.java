package org.mptcplab.engine.tcp;

import java.util.ArrayDeque;
import org.mptcplab.engine.wire.Payload;

/**
 * Hands in-order data to the application, or holds it while the application has paused reading.
 * Held bytes count against the receive window ({@link TcpReceiver#setUnread}), which is how a slow
 * reader closes the window down to zero. The peer's FIN is reported only after the held data.
 */
final class ReadQueue {
    private final TcpConnection socket;
    private final TcpReceiver receiver;
    private final ArrayDeque<Pending> held = new ArrayDeque<>();
    private boolean paused;
    private long heldBytes;
    private boolean remoteClosedPending;
    private long delivered;

    private record Pending(long offset, Payload data) {}

    ReadQueue(TcpConnection socket, TcpReceiver receiver) {
        this.socket = socket;
        this.receiver = receiver;
    }

    /** In-order bytes from the receiver. */
    void onInOrder(long offset, Payload data) {
        if (paused || !held.isEmpty()) {
            held.add(new Pending(offset, data));
            heldBytes += data.length();
            receiver.setUnread(heldBytes);
            return;
        }
        deliver(offset, data);
    }

    private void deliver(long offset, Payload data) {
        delivered += data.length();
        socket.listener().onData(socket, offset, data);
    }

    boolean paused() {
        return paused;
    }

    /** Pauses or resumes; resuming delivers what was held (the listener may pause again meanwhile). */
    void setPaused(boolean pause) {
        paused = pause;
        while (!paused && !held.isEmpty()) {
            Pending p = held.poll();
            heldBytes -= p.data().length();
            receiver.setUnread(heldBytes);
            deliver(p.offset(), p.data());
        }
        if (!paused && remoteClosedPending) {
            remoteClosedPending = false;
            socket.listener().onRemoteClosed(socket);
        }
    }

    /** The peer's FIN was consumed. */
    void remoteClosed() {
        if (paused || !held.isEmpty()) {
            remoteClosedPending = true;
        } else {
            socket.listener().onRemoteClosed(socket);
        }
    }

    long delivered() {
        return delivered;
    }

    void clear() {
        held.clear();
        heldBytes = 0;
    }
}
