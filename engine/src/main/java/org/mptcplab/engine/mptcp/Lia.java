package org.mptcplab.engine.mptcp;

import org.mptcplab.engine.tcp.NewReno;

/**
 * One subflow's window under the Linked Increases Algorithm (RFC 6356): slow start, loss response
 * and recovery are NewReno's; only the congestion-avoidance increase is coupled, to
 * {@code min(alpha * MSS^2 / cwnd_total, MSS^2 / cwnd_i)} per ACK. Like the uncoupled
 * {@link NewReno} it extends, it counts one MSS per ACK, so a comparison with a single TCP flow is
 * like for like. Fractions of a byte are carried over to the next ACK.
 */
public final class Lia extends NewReno {
    private final CoupledGroup group;
    private long lastRtt;
    private double carry;

    Lia(CoupledGroup group) {
        super(false);
        this.group = group;
    }

    @Override
    public String name() {
        return "lia";
    }

    /** The smoothed RTT seen with the latest ACK, ns (0 before the first). */
    public long lastRtt() {
        return lastRtt;
    }

    @Override
    public void onAck(long now, long ackedBytes, int segmentsAcked, long srtt, long bytesInFlight) {
        if (srtt > 0) {
            lastRtt = srtt;
        }
        super.onAck(now, ackedBytes, segmentsAcked, srtt, bytesInFlight);
    }

    @Override
    protected long congestionAvoidanceIncrease(int segmentsAcked, long srtt) {
        double grow = LiaMath.increase(group.alpha(), mss, mss, cwnd, group.totalCwnd()) + carry;
        long whole = (long) grow;
        carry = grow - whole;
        return whole;
    }
}
