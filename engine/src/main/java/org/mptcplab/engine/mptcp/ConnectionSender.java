package org.mptcplab.engine.mptcp;

import org.mptcplab.engine.sim.Timer;

/**
 * Send side of an MPTCP connection: hands stream ranges to subflows as the {@link Scheduler} picks
 * them, within the peer's connection-level window (RFC 8684 §3.3.4: the window is relative to the
 * data ACK), reinjects ranges of failed subflows, and sends the DATA_FIN (§3.3.3) on a pure ACK,
 * repeated on a timer until it is data-acknowledged.
 */
final class ConnectionSender {
    /** Largest range pushed at once (Linux builds mappings of at most 64 KB). */
    static final int MAX_CHUNK = 64 * 1024;
    /** Window assumed before the first data ACK: what an unscaled SYN/ACK can announce. */
    static final long INITIAL_WINDOW = 0xFFFF;

    private final MptcpConnection conn;
    private final SendQueue queue = new SendQueue();
    private final Timer finTimer;
    private long rightEdge = INITIAL_WINDOW;
    private int finTransmissions;
    private long reinjectedBytes;
    private boolean scheduling;

    ConnectionSender(MptcpConnection conn) {
        this.conn = conn;
        this.finTimer = conn.simulator().newTimer(this::onFinTimer);
    }

    SendQueue queue() {
        return queue;
    }

    void write(long bytes) {
        queue.write(bytes);
        schedule();
    }

    /** True while pure ACKs should carry the DATA_FIN. */
    boolean finToSignal() {
        return finTransmissions > 0 && !queue.finAcked();
    }

    /** Stream offset of the DATA_FIN. */
    long finOffset() {
        return queue.finOffset();
    }

    /** Fills subflows that have room, lowest RTT first, then sends the DATA_FIN when due. */
    void schedule() {
        if (scheduling || !conn.dataPhase()) {
            return;
        }
        scheduling = true;
        try {
            while (queue.pending(rightEdge) > 0) {
                Subflow s = Scheduler.pick(conn.subflowList(), 1);
                if (s == null) {
                    break;
                }
                int mss = Math.max(1, s.tcp().mss());
                long max = Math.min(MAX_CHUNK / mss * (long) mss, Math.max(mss, s.room() / mss * mss));
                Range r = queue.take(max, rightEdge);
                if (r == null) {
                    break;
                }
                s.push(r);
            }
            if (queue.finDue() && finTransmissions == 0 && !queue.finAcked()) {
                sendDataFin();
            }
        } finally {
            scheduling = false;
        }
    }

    private void sendDataFin() {
        Subflow s = conn.signalSubflow();
        if (s == null) {
            finTimer.rescheduleIn(conn.largestRto());
            return;
        }
        finTransmissions++;
        s.requestAck();
        long backoff = 1L << Math.min(finTransmissions - 1, 6);
        finTimer.rescheduleIn(s.tcp().rto() * backoff);
    }

    private void onFinTimer() {
        if (queue.finAcked() || !conn.dataPhase()) {
            return;
        }
        if (finTransmissions > conn.stack().tcp().config().dataRetries()) {
            conn.events().failed("DATA_FIN not acknowledged after " + finTransmissions + " transmissions");
            return;
        }
        sendDataFin();
    }

    /**
     * A data ACK for stream offsets below {@code offset} arrived with a window of {@code window} bytes.
     *
     * @return true when the ACK moved something (acknowledged bytes or opened the window)
     */
    boolean onDataAck(long offset, long window) {
        long acked = queue.acknowledge(offset);
        long edge = rightEdge;
        if (offset >= queue.una() && offset <= queue.sentEnd()) {
            rightEdge = Math.max(rightEdge, offset + window);
        }
        if (acked > 0) {
            for (Subflow s : conn.subflowList()) {
                s.pruneAssigned(queue.una());
            }
            if (queue.finAcked()) {
                finTimer.cancel();
            }
        }
        return acked > 0 || rightEdge != edge;
    }

    /**
     * Queues the not yet data-acknowledged ranges of {@code s} for another subflow.
     *
     * @param onlyNew skip ranges reinjected before (used on a retransmission timeout)
     */
    void reinjectFrom(Subflow s, boolean onlyNew) {
        for (Range r : s.unacknowledged(queue.una(), onlyNew)) {
            queue.reinject(r);
            reinjectedBytes += r.length();
        }
    }

    /** Bytes queued again for another subflow so far. */
    long reinjectedBytes() {
        return reinjectedBytes;
    }

    /** Stops the DATA_FIN timer (connection gone). */
    void shutdown() {
        finTimer.cancel();
    }
}
