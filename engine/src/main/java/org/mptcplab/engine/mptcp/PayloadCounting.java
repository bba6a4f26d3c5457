package org.mptcplab.engine.mptcp;

import org.mptcplab.engine.tcp.CongestionControl;

/**
 * Wraps a subflow's congestion control so that acknowledged segments are counted in segments of
 * the size MPTCP subflows really send. The TCP sender counts {@code segmentsAcked} in units of its
 * MSS, but a subflow's data segments are shorter by the DSS option ({@link OutgoingOptions}): counted
 * the TCP way, one acknowledged MPTCP segment is "zero segments", so a window of one MSS after a
 * timeout never grows, and the lone segment's delayed ACK loses the race against the 200 ms minimum
 * RTO, forever. Windows stay in bytes; only the per-ACK segment count is recomputed here.
 */
final class PayloadCounting implements CongestionControl {
    private final CongestionControl delegate;
    private final int optionBytes;
    private int segment = 1;
    private long carry;

    PayloadCounting(CongestionControl delegate, int optionBytes) {
        this.delegate = delegate;
        this.optionBytes = optionBytes;
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public void init(int mss, long initialCwnd) {
        segment = Math.max(1, mss - optionBytes);
        carry = 0;
        delegate.init(mss, initialCwnd);
    }

    @Override
    public long cwnd() {
        return delegate.cwnd();
    }

    @Override
    public long ssthresh() {
        return delegate.ssthresh();
    }

    @Override
    public void setCwnd(long bytes) {
        delegate.setCwnd(bytes);
    }

    @Override
    public void onAck(long now, long ackedBytes, int segmentsAcked, long srtt, long bytesInFlight) {
        long total = carry + ackedBytes;
        int segments = (int) (total / segment);
        carry = total % segment;
        delegate.onAck(now, ackedBytes, segments, srtt, bytesInFlight);
    }

    @Override
    public void onCongestion(long now, long bytesInFlight) {
        delegate.onCongestion(now, bytesInFlight);
    }

    @Override
    public void onRecoveryExit(long now) {
        delegate.onRecoveryExit(now);
    }

    @Override
    public void onRetransmissionTimeout(long now, long bytesInFlight) {
        carry = 0;
        delegate.onRetransmissionTimeout(now, bytesInFlight);
    }
}
