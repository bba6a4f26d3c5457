package org.mptcplab.engine.tcp;

/**
 * NewReno window growth (RFC 5681 §3.1; recovery itself is the connection's business, RFC 6582 /
 * RFC 6675 / RFC 6937). Slow start adds one MSS per ACK that acknowledges at least one segment, as
 * ns-3 3.37 does (with delayed ACKs the window grows about 1.5x per RTT), or, with byte counting
 * (RFC 3465, Linux), one MSS per acknowledged segment up to ssthresh. Congestion avoidance adds
 * {@code max(1, MSS*MSS/cwnd)} bytes per ACK (RFC 5681 eq. 3, per ACK like ns-3).
 *
 * <p>Coupled multipath policies override {@link #congestionAvoidanceIncrease}.
 */
public class NewReno implements CongestionControl {
    private final boolean byteCounting;
    /** Sender MSS in bytes. */
    protected int mss = 1;
    /** Congestion window in bytes. */
    protected long cwnd;
    /** Slow-start threshold in bytes. */
    protected long ssthresh = Long.MAX_VALUE;

    /** A NewReno policy; {@code byteCounting} selects RFC 3465 slow start instead of ns-3's per-ACK rule. */
    public NewReno(boolean byteCounting) {
        this.byteCounting = byteCounting;
    }

    @Override
    public String name() {
        return byteCounting ? "newreno-abc" : "newreno";
    }

    @Override
    public void init(int segmentSize, long initialCwnd) {
        this.mss = segmentSize;
        this.cwnd = initialCwnd;
    }

    @Override
    public long cwnd() {
        return cwnd;
    }

    @Override
    public long ssthresh() {
        return ssthresh;
    }

    @Override
    public void setCwnd(long bytes) {
        cwnd = Math.max(bytes, mss);
    }

    @Override
    public void onAck(long now, long ackedBytes, int segmentsAcked, long srtt, long bytesInFlight) {
        int remaining = segmentsAcked;
        if (remaining <= 0) {
            return;
        }
        if (cwnd < ssthresh) {
            remaining = slowStart(remaining);
        }
        if (cwnd >= ssthresh && remaining > 0) {
            cwnd += congestionAvoidanceIncrease(remaining, srtt);
        }
    }

    /** Applies slow start and returns the segments left over for congestion avoidance. */
    private int slowStart(int segmentsAcked) {
        if (!byteCounting) {
            cwnd += mss;
            return segmentsAcked - 1;
        }
        long room = ssthresh - cwnd;
        long grow = Math.min((long) segmentsAcked * mss, room);
        cwnd += grow;
        return segmentsAcked - (int) ((grow + mss - 1) / mss);
    }

    /**
     * Bytes to add to the window for one ACK in congestion avoidance (RFC 5681: about
     * {@code MSS*MSS/cwnd}, at least 1). Coupled multipath policies (LIA) override this.
     *
     * @param segmentsAcked segments acknowledged by the ACK, at least 1
     * @param srtt          smoothed RTT in ns
     */
    protected long congestionAvoidanceIncrease(int segmentsAcked, long srtt) {
        return Math.max(1L, (long) mss * mss / cwnd);
    }

    @Override
    public void onCongestion(long now, long bytesInFlight) {
        ssthresh = Math.max(2L * mss, bytesInFlight / 2);
    }

    @Override
    public void onRecoveryExit(long now) {
        cwnd = ssthresh;
    }

    @Override
    public void onRetransmissionTimeout(long now, long bytesInFlight) {
        ssthresh = Math.max(2L * mss, bytesInFlight / 2);
        cwnd = mss;
    }

    @Override
    public void onRepeatedRetransmissionTimeout(long now, long bytesInFlight) {
        cwnd = mss;
    }
}
