package org.mptcplab.engine.tcp;

import org.mptcplab.engine.sim.Time;

/**
 * CUBIC (RFC 9438) with C = 0.4, beta = 0.7 and fast convergence. Windows are kept in segments as
 * a {@code double}, as the RFC writes them. Slow start counts bytes (RFC 3465), like Linux and ns-3.
 * The Reno-friendly region (RFC 9438 §4.3) can be switched off to mimic ns-3 3.37, which lacks it.
 * HyStart is not implemented: slow start ends at the first loss.
 */
public final class Cubic implements CongestionControl {
    /** RFC 9438 §5: C. */
    public static final double C = 0.4;
    /** RFC 9438 §5: multiplicative decrease factor. */
    public static final double BETA = 0.7;
    private static final double ALPHA_RENO = 3 * (1 - BETA) / (1 + BETA);

    private final boolean renoFriendly;
    private int mss = 1;
    private double cwnd;
    private long ssthresh = Long.MAX_VALUE;
    private double wMax;
    private double k;
    private long epochStart = -1;
    private double wEst;

    /** A CUBIC policy; {@code renoFriendly} enables the Reno-friendly region of RFC 9438 §4.3. */
    public Cubic(boolean renoFriendly) {
        this.renoFriendly = renoFriendly;
    }

    /**
     * The cubic window function (RFC 9438 eq. 1): {@code C * (t - K)^3 + wMax}, in segments.
     *
     * @param tSeconds time since the start of the congestion-avoidance epoch
     */
    public static double window(double tSeconds, double k, double wMax) {
        double d = tSeconds - k;
        return C * d * d * d + wMax;
    }

    /** RFC 9438 eq. 2: time for the window to grow from {@code cwndEpoch} back to {@code wMax}, seconds. */
    public static double k(double wMax, double cwndEpoch) {
        return wMax <= cwndEpoch ? 0 : Math.cbrt((wMax - cwndEpoch) / C);
    }

    @Override
    public String name() {
        return renoFriendly ? "cubic" : "cubic-ns3";
    }

    @Override
    public void init(int segmentSize, long initialCwnd) {
        this.mss = segmentSize;
        this.cwnd = initialCwnd / (double) segmentSize;
    }

    @Override
    public long cwnd() {
        return (long) (cwnd * mss);
    }

    @Override
    public long ssthresh() {
        return ssthresh;
    }

    @Override
    public void setCwnd(long bytes) {
        cwnd = Math.max(bytes, mss) / (double) mss;
    }

    /** The W_max of the current epoch, in segments (for tests and traces). */
    public double wMax() {
        return wMax;
    }

    @Override
    public void onAck(long now, long ackedBytes, int segmentsAcked, long srtt, long bytesInFlight) {
        if (segmentsAcked <= 0) {
            return;
        }
        if (cwnd() < ssthresh) {
            double room = (ssthresh - cwnd()) / (double) mss;
            double grow = Math.min(segmentsAcked, Math.max(room, 0));
            cwnd += grow;
            segmentsAcked -= (int) Math.ceil(grow);
            if (segmentsAcked <= 0) {
                return;
            }
        }
        if (epochStart < 0) {
            epochStart = now;
            k = k(wMax, cwnd);
            if (cwnd > wMax) {
                wMax = cwnd;
            }
            wEst = cwnd;
        }
        double t = Time.toSeconds(now - epochStart);
        double rtt = Time.toSeconds(srtt);
        double target = Math.max(cwnd, Math.min(window(t + rtt, k, wMax), 1.5 * cwnd));
        double alpha = wEst >= wMax ? 1.0 : ALPHA_RENO;
        wEst += alpha * segmentsAcked / cwnd;
        if (renoFriendly && window(t, k, wMax) < wEst) {
            cwnd = Math.max(cwnd, wEst);
        } else {
            cwnd += segmentsAcked * (target - cwnd) / cwnd;
        }
    }

    @Override
    public void onCongestion(long now, long bytesInFlight) {
        epochStart = -1;
        // Fast convergence (RFC 9438 §4.7): release bandwidth faster when the window keeps shrinking.
        wMax = cwnd < wMax ? cwnd * (1 + BETA) / 2 : cwnd;
        ssthresh = Math.max(2L * mss, (long) (cwnd * BETA * mss));
    }

    @Override
    public void onRecoveryExit(long now) {
        cwnd = ssthresh / (double) mss;
    }

    @Override
    public void onRetransmissionTimeout(long now, long bytesInFlight) {
        onCongestion(now, bytesInFlight);
        cwnd = 1;
    }

    @Override
    public void onRepeatedRetransmissionTimeout(long now, long bytesInFlight) {
        cwnd = 1;
    }
}
