package org.mptcplab.engine.tcp;

import java.util.List;
import org.mptcplab.engine.sim.Simulator;
import org.mptcplab.engine.sim.Timer;
import org.mptcplab.engine.wire.SackBlock;

/**
 * Send side of an established connection, in relative sequence space (0 = our SYN, 1 = first data
 * byte): segmentation, the receiver's window, congestion window, loss detection (duplicate ACKs,
 * SACK-based IsLost of RFC 6675, NewReno partial ACKs of RFC 6582), fast recovery with PRR
 * (RFC 6937), limited transmit (RFC 3042), retransmission timeout (RFC 6298) and zero-window
 * probing (RFC 9293 §3.8.6.1). It never sends beyond {@code min(cwnd, rwnd)}, except the single
 * fast retransmission and the window probe.
 */
final class TcpSender {
    private final TcpConnection conn;
    private final TcpConfig config;
    private final Simulator sim;
    private final RttEstimator rtt;
    private final Scoreboard board = new Scoreboard();
    private final SendBuffer buffer;
    private final Timer rtoTimer;
    private final Timer persistTimer;
    private final int iss;
    private final LossRecovery recovery;
    private CongestionControl cc;
    private long sndUna;
    private long sndNxt;
    private long sndWnd;
    private long wl1 = Long.MIN_VALUE;
    private long wl2;
    private int sndWscale;
    private int mss = 536;
    private boolean sackOk;
    private boolean finQueued;
    private long finRel = -1;
    private long ackCarry;
    private int retries;

    TcpSender(TcpConnection conn, TcpConfig config, Simulator sim, int iss, long appKey) {
        this.conn = conn;
        this.config = config;
        this.sim = sim;
        this.iss = iss;
        this.rtt = new RttEstimator(config.initialRto(), config.minRto(), config.maxRto(), config.clockGranularity());
        this.buffer = new SendBuffer(appKey);
        this.cc = config.congestionControl().create();
        this.recovery = new LossRecovery(config, board);
        this.rtoTimer = sim.newTimer(this::onRtoTimer);
        this.persistTimer = sim.newTimer(this::onPersistTimer);
    }

    int iss() {
        return iss;
    }

    RttEstimator rtt() {
        return rtt;
    }

    CongestionControl congestionControl() {
        return cc;
    }

    void setCongestionControl(CongestionControl policy) {
        boolean started = sndUna > 0;
        long window = started ? cc.cwnd() : 0;
        cc = policy;
        if (started) {
            cc.init(mss, window);
        }
    }

    /** Wire sequence number of relative position {@code rel}. */
    int seq(long rel) {
        return (int) (iss + rel);
    }

    long sndUna() {
        return sndUna;
    }

    long sndNxt() {
        return sndNxt;
    }

    int mss() {
        return mss;
    }

    /** Our SYN went out (it occupies relative position 0). */
    void synSent() {
        sndNxt = Math.max(sndNxt, 1);
    }

    /**
     * The handshake completed: our SYN is acknowledged.
     *
     * @param segmentSize payload bytes per full segment, options already deducted
     * @param peerWindow  the peer's window in the SYN or SYN/ACK (never scaled)
     */
    void start(int segmentSize, boolean sack, int peerWscale, long peerWindow) {
        mss = segmentSize;
        sackOk = sack;
        sndWscale = peerWscale;
        sndUna = 1;
        sndNxt = Math.max(sndNxt, 1);
        sndWnd = peerWindow;
        cc.init(mss, (long) config.initialCwndSegments() * mss);
        rtoTimer.cancel();
        rtt.resetBackoff();
        retries = 0;
    }

    /** Queues application bytes. */
    void write(long bytes) {
        buffer.write(bytes);
    }

    /** Queues an extension chunk. */
    void push(StreamPayload data, Object tag) {
        buffer.push(data, tag);
    }

    /** Asks for a FIN after the queued data. */
    void queueFin() {
        finQueued = true;
    }

    boolean finQueued() {
        return finQueued;
    }

    /** True once our FIN is acknowledged. */
    boolean finAcked() {
        return finRel >= 0 && sndUna > finRel;
    }

    long bytesAcked() {
        return Math.max(0, Math.min(sndUna - 1, buffer.end()));
    }

    long unsentBytes() {
        return Math.max(0, buffer.end() - Math.max(0, sndNxt - 1));
    }

    /** RFC 6675 pipe, with duplicate ACKs counted as departures when SACK is off. */
    @Override
    public String toString() {
        return "una=" + sndUna + " nxt=" + sndNxt + " cwnd=" + cc.cwnd() + " ssthresh=" + cc.ssthresh() + " pipe=" + pipe()
                + " rec=" + recovery.inFastRecovery() + " " + board;
    }

    long bytesInFlight() {
        return pipe();
    }

    long cwnd() {
        return cc.cwnd();
    }

    /** Bytes the sender could put on the wire now: the smaller of the free congestion and receive windows. */
    long sendSpace() {
        return Math.max(0, Math.min(cc.cwnd() - pipe(), sndUna + sndWnd - sndNxt));
    }

    long pipe() {
        return Math.max(0, board.pipe() - recovery.emulatedSacked());
    }

    /**
     * Processes the acknowledgment part of a segment in a synchronized state.
     *
     * @param segRel relative sequence number of the segment in the peer's space (for window updates)
     * @return false when the ACK acknowledges something never sent (the caller answers with an ACK)
     */
    boolean onAck(int ackField, int windowField, long segRel, List<SackBlock> sacks, boolean pureAck) {
        long ack = sndUna + (ackField - seq(sndUna));
        if (ack > sndNxt) {
            return false;
        }
        if (ack < sndUna) {
            return true;
        }
        long window = (long) windowField << sndWscale;
        boolean windowChanged = window != sndWnd;
        if (wl1 < segRel || (wl1 == segRel && wl2 <= ack)) {
            sndWnd = window;
            wl1 = segRel;
            wl2 = ack;
        }
        long acked = ack - sndUna;
        long now = sim.now();
        if (acked > 0) {
            long sentAt = board.acknowledge(ack);
            if (sentAt >= 0) {
                rtt.sample(now - sentAt);
            }
            sndUna = ack;
            buffer.release(Math.max(0, ack - 1));
            retries = 0;
            rtt.resetBackoff();
        } else if (sndWnd == 0) {
            retries = 0;
        }
        long newlySacked = 0;
        if (sackOk) {
            // Indexed: an iterator per ACK showed up among the largest allocations.
            for (int i = 0, n = sacks.size(); i < n; i++) {
                SackBlock b = sacks.get(i);
                long left = Math.max(sndUna + (b.left() - seq(sndUna)), sndUna);
                long right = Math.min(sndUna + (b.right() - seq(sndUna)), sndNxt);
                newlySacked += board.sack(left, right);
            }
        }
        boolean dupAck = acked == 0 && pureAck && board.size() > 0 && sndWnd > 0
                && (sackOk ? newlySacked > 0 || !windowChanged : !windowChanged);
        recovery.onAck(this, now, acked, newlySacked, dupAck, sackOk, sndUna, sndNxt, mss);
        if (acked > 0 && !recovery.inFastRecovery()) {
            long carried = acked + ackCarry;
            int segments = (int) (carried / mss);
            ackCarry = carried % mss;
            cc.onAck(now, acked, segments, rtt.srtt(), pipe());
            traceCongestion("ack", false);
        }
        if (board.size() == 0) {
            rtoTimer.cancel();
        } else if (acked > 0) {
            rtoTimer.rescheduleIn(rtt.currentRto());
        }
        if (acked > 0) {
            if (conn.extension() != null) {
                conn.extension().onAcked(conn, bytesAcked());
            }
        }
        if (conn.extension() != null) {
            conn.extension().onSendSpace(conn);
        }
        trySend();
        return true;
    }

    /** Enters fast recovery (called by {@link LossRecovery}); traced. */
    void congestionSignal(long now) {
        cc.onCongestion(now, pipe());
    }

    private void traceCongestion(String cause, boolean always) {
        conn.trace().congestion(sim.now(), cwnd(), cc.ssthresh(), rtt.srtt(), cause, always);
    }

    /** Fast recovery started: traced. */
    void traceLoss() {
        traceCongestion(sackOk ? "sack-recovery" : "fast-retransmit", true);
    }

    void recoveryExited(long now) {
        cc.onRecoveryExit(now);
        traceCongestion("recovery-exit", true);
    }

    /** Sends what the windows allow: retransmissions first, then new data, then the FIN. */
    void trySend() {
        if (!conn.canSendData()) {
            return;
        }
        while (true) {
            int i = board.nextRetransmission();
            if (i >= 0) {
                long len = board.end(i) - board.start(i);
                if (!recovery.mayRetransmit() && !fits(len)) {
                    break;
                }
                retransmit(i);
                continue;
            }
            if (sendNew()) {
                continue;
            }
            int rule3 = recovery.inFastRecovery() ? board.nextBelowHighestSacked() : -1;
            if (rule3 < 0 || !fits(board.end(rule3) - board.start(rule3))) {
                break;
            }
            retransmit(rule3);
        }
        if (board.size() == 0 && unsentBytes() > 0 && sndUna + sndWnd <= sndNxt) {
            if (!persistTimer.isScheduled()) {
                persistTimer.rescheduleIn(rtt.currentRto());
            }
        } else {
            persistTimer.cancel();
        }
    }

    /** True when {@code len} more bytes fit the congestion window; one segment always fits an empty pipe. */
    private boolean fits(long len) {
        long pipe = pipe();
        return pipe == 0 || pipe + len <= cc.cwnd();
    }

    private boolean sendNew() {
        long offset = sndNxt - 1;
        long available = buffer.end() - offset;
        if (available <= 0) {
            if (finQueued && finRel < 0) {
                sendSegment(sndNxt, 0, true);
                return true;
            }
            return false;
        }
        int full = Math.max(1, mss - conn.extensionOptionBytes());
        long chunk = Math.min(full, buffer.contiguous(offset));
        long usable = sndUna + sndWnd - sndNxt;
        int len = (int) Math.min(chunk, usable);
        if (len <= 0 || (len < chunk && board.size() > 0)) {
            return false;
        }
        long inFlight = config.limitedTransmit() || recovery.inFastRecovery() ? pipe() : board.outstanding();
        if (inFlight > 0 && inFlight + len > cc.cwnd()) {
            return false;
        }
        boolean fin = finQueued && offset + len == buffer.end();
        sendSegment(sndNxt, len, fin);
        return true;
    }

    private void transmit(long rel, int len, boolean fin, boolean retransmission) {
        long offset = rel - 1;
        if (len == 0) {
            conn.transmitData(seq(rel), null, -1, null, 0, fin, retransmission);
        } else {
            conn.transmitData(seq(rel), buffer.payload(offset, len), offset, buffer.tag(offset),
                    buffer.chunkOffset(offset), fin, retransmission);
        }
    }

    private void sendSegment(long rel, int len, boolean fin) {
        long end = rel + len + (fin ? 1 : 0);
        board.add(rel, end, fin, sim.now());
        sndNxt = end;
        if (fin) {
            finRel = end - 1;
        }
        recovery.sent(end - rel);
        transmit(rel, len, fin, false);
        if (!rtoTimer.isScheduled()) {
            rtoTimer.rescheduleIn(rtt.currentRto());
        }
    }

    private void retransmit(int i) {
        long start = board.start(i);
        long end = board.end(i);
        boolean fin = (board.flags(i) & Scoreboard.FIN) != 0;
        int len = (int) (end - start - (fin ? 1 : 0));
        board.markRetransmitted(i, sim.now());
        recovery.sent(end - start);
        transmit(start, len, fin, true);
        if (!rtoTimer.isScheduled()) {
            rtoTimer.rescheduleIn(rtt.currentRto());
        }
    }

    private void onRtoTimer() {
        if (!conn.state().synchronizedState()) {
            conn.handshake().timeout();
            return;
        }
        if (board.size() == 0) {
            return;
        }
        retries++;
        if (retries > config.dataRetries()) {
            conn.timedOut("RTO: " + config.dataRetries() + " retransmissions without answer");
            return;
        }
        long now = sim.now();
        if (rtt.backoffCount() > 0) {
            cc.onRepeatedRetransmissionTimeout(now, pipe());
        } else {
            cc.onRetransmissionTimeout(now, pipe());
        }
        board.markAllLost();
        recovery.onTimeout(sndNxt);
        ackCarry = 0;
        rtt.backOff();
        rtoTimer.rescheduleIn(rtt.currentRto());
        traceCongestion("rto", true);
        if (conn.extension() != null) {
            conn.extension().onRetransmissionTimeout(conn);
        }
        trySend();
    }

    private void onPersistTimer() {
        if (!conn.canSendData() || board.size() > 0 || unsentBytes() == 0) {
            return;
        }
        // Zero-window probe: one byte beyond the window; its retransmissions back off like any RTO.
        rtt.backOff();
        sendSegment(sndNxt, 1, false);
    }

    /** Stops all timers (connection closed). */
    void stop() {
        rtoTimer.cancel();
        persistTimer.cancel();
    }

    /** Arms the handshake retransmission timer with the current (backed-off) RTO. */
    void armHandshakeTimer() {
        rtoTimer.rescheduleIn(rtt.currentRto());
    }
}
