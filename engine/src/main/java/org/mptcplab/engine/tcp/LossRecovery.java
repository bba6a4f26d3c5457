package org.mptcplab.engine.tcp;

/**
 * Loss detection and the fast-recovery window of one sender. Entry per RFC 6675 §5 (DupThresh
 * duplicate ACKs, or the first unacknowledged segment judged lost by SACK information) or RFC 6582
 * without SACK, where each duplicate ACK counts as one segment that left the network (as Linux's
 * "Reno SACK" emulation does). While recovering, PRR (RFC 6937, slow-start reduction bound) or the
 * classic rule (cwnd = ssthresh) sets the window; after a timeout, fast recovery is not re-entered
 * until everything sent before the timeout is acknowledged (RFC 6675 §5.1).
 */
final class LossRecovery {
    private final TcpConfig config;
    private final Scoreboard board;
    private boolean fastRecovery;
    private boolean afterTimeout;
    private long recoveryPoint;
    private int dupAcks;
    private long emulatedSacked;
    private long prrDelivered;
    private long prrOut;
    private long recoverFs;
    private boolean mustRetransmit;

    LossRecovery(TcpConfig config, Scoreboard board) {
        this.config = config;
        this.board = board;
    }

    boolean inFastRecovery() {
        return fastRecovery;
    }

    int dupAcks() {
        return dupAcks;
    }

    /** Bytes that duplicate ACKs say have left the network, without SACK. */
    long emulatedSacked() {
        return emulatedSacked;
    }

    /** True while the first retransmission of a recovery episode may ignore the window. */
    boolean mayRetransmit() {
        return mustRetransmit;
    }

    /** Counts bytes (re)sent, for PRR's prr_out. */
    void sent(long bytes) {
        mustRetransmit = false;
        if (fastRecovery) {
            prrOut += bytes;
        }
    }

    /** Updates the state for one ACK; the sender then tries to send. */
    void onAck(TcpSender sender, long now, long acked, long newlySacked, boolean dupAck, boolean sack, long una,
            long nxt, int mss) {
        long dupDelivered = 0;
        if (acked > 0) {
            dupAcks = 0;
            emulatedSacked -= Math.min(emulatedSacked, Math.max(0, acked - mss));
        } else if (dupAck) {
            dupAcks++;
            if (!sack) {
                long before = emulatedSacked;
                emulatedSacked = Math.max(0, Math.min(emulatedSacked + mss, board.outstanding() - mss));
                dupDelivered = emulatedSacked - before;
            }
        }
        if (afterTimeout && una >= recoveryPoint) {
            afterTimeout = false;
        }
        long threshold = (long) (config.dupAckThreshold() - 1) * mss;
        if (sack) {
            board.detectLosses(threshold);
        }
        long delivered = acked + newlySacked + dupDelivered;
        if (fastRecovery) {
            if (una >= recoveryPoint) {
                fastRecovery = false;
                emulatedSacked = 0;
                sender.recoveryExited(now);
                return;
            }
            if (acked > 0 && !sack) {
                board.markHeadLost();
            }
            setWindow(sender, delivered, mss);
            return;
        }
        boolean lossSignal = dupAcks >= config.dupAckThreshold() || (sack && board.headLost());
        if (lossSignal && !afterTimeout && board.size() > 0) {
            fastRecovery = true;
            recoveryPoint = nxt;
            sender.congestionSignal(now);
            board.markHeadLost();
            prrDelivered = 0;
            prrOut = 0;
            recoverFs = Math.max(1, board.outstanding());
            mustRetransmit = true;
            setWindow(sender, delivered, mss);
            sender.traceLoss();
        }
    }

    private void setWindow(TcpSender sender, long delivered, int mss) {
        CongestionControl cc = sender.congestionControl();
        long ssthresh = cc.ssthresh();
        if (config.recovery() == RecoveryAlgorithm.CLASSIC) {
            cc.setCwnd(ssthresh);
            return;
        }
        prrDelivered += delivered;
        long pipe = sender.bytesInFlight();
        long sndcnt;
        if (pipe > ssthresh) {
            sndcnt = ceilDiv(prrDelivered * ssthresh, recoverFs) - prrOut;
        } else {
            sndcnt = Math.min(ssthresh - pipe, Math.max(prrDelivered - prrOut, delivered) + mss);
        }
        sndcnt = Math.max(sndcnt, prrOut > 0 ? 0 : mss);
        cc.setCwnd(pipe + sndcnt);
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    /** A retransmission timeout ends fast recovery; no new episode until {@code nxt} is acknowledged. */
    void onTimeout(long nxt) {
        fastRecovery = false;
        afterTimeout = true;
        recoveryPoint = nxt;
        dupAcks = 0;
        emulatedSacked = 0;
        mustRetransmit = false;
    }
}
