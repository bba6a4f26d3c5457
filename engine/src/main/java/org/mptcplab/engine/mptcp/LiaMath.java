package org.mptcplab.engine.mptcp;

/**
 * The Linked Increases Algorithm's formulas (RFC 6356 §3), as pure functions so they can be checked
 * by hand. Windows are in bytes and RTTs in any one unit (alpha is dimensionless).
 */
public final class LiaMath {
    private LiaMath() {}

    /**
     * {@code alpha = cwnd_total * max_i(cwnd_i / rtt_i^2) / (sum_i(cwnd_i / rtt_i))^2}.
     * Subflows with no RTT sample yet ({@code rtt <= 0}) or an empty window are left out.
     *
     * @return alpha, or 1 when no subflow qualifies (a single subflow then behaves like Reno)
     */
    public static double alpha(long[] cwnd, long[] rtt) {
        if (cwnd.length != rtt.length) {
            throw new IllegalArgumentException("one RTT per window expected");
        }
        double total = 0;
        double best = 0;
        double sum = 0;
        for (int i = 0; i < cwnd.length; i++) {
            if (rtt[i] <= 0 || cwnd[i] <= 0) {
                continue;
            }
            double w = cwnd[i];
            double r = rtt[i];
            total += w;
            best = Math.max(best, w / (r * r));
            sum += w / r;
        }
        return sum == 0 ? 1.0 : total * best / (sum * sum);
    }

    /**
     * Window increase for one ACK on subflow i in congestion avoidance:
     * {@code min(alpha * bytesAcked * mss / cwndTotal, bytesAcked * mss / cwnd)} bytes.
     */
    public static double increase(double alpha, long bytesAcked, int mss, long cwnd, long cwndTotal) {
        double coupled = alpha * bytesAcked * mss / (double) Math.max(1, cwndTotal);
        double uncoupled = bytesAcked * (double) mss / Math.max(1, cwnd);
        return Math.min(coupled, uncoupled);
    }
}
