package org.mptcplab.engine.tcp;

/**
 * Retransmission timer computation of RFC 6298 §2 with exponential backoff (§5.5). Samples follow
 * Karn's algorithm: the caller never offers a sample from a retransmitted segment.
 */
public final class RttEstimator {
    private final long initialRto;
    private final long minRto;
    private final long maxRto;
    private final long granularity;
    private long srtt;
    private long rttvar;
    private long rto;
    private int backoff;
    private long latest;

    /** An estimator with no sample yet (RTO = {@code initialRto}). */
    public RttEstimator(long initialRto, long minRto, long maxRto, long granularity) {
        this.initialRto = initialRto;
        this.minRto = minRto;
        this.maxRto = maxRto;
        this.granularity = granularity;
        this.rto = Math.min(Math.max(initialRto, minRto), maxRto);
    }

    /** Adds one measurement (ns); resets the backoff (RFC 6298 §5.7 leaves it to the next sample). */
    public void sample(long rtt) {
        long r = Math.max(rtt, 1);
        latest = r;
        if (srtt == 0) {
            srtt = r;
            rttvar = r / 2;
        } else {
            rttvar = (3 * rttvar + Math.abs(srtt - r)) / 4;
            srtt = (7 * srtt + r) / 8;
        }
        rto = Math.min(Math.max(srtt + Math.max(granularity, 4 * rttvar), minRto), maxRto);
        backoff = 0;
    }

    /** Doubles the timer after a timeout (RFC 6298 §5.5). */
    public void backOff() {
        if (currentRto() < maxRto) {
            backoff++;
        }
    }

    /** Clears the backoff (new data acknowledged). */
    public void resetBackoff() {
        backoff = 0;
    }

    /** The RTO to arm now, backoff included, at most {@code maxRto}. */
    public long currentRto() {
        long r = rto;
        for (int i = 0; i < backoff && r < maxRto; i++) {
            r <<= 1;
        }
        return Math.min(r, maxRto);
    }

    /** Smoothed RTT in ns, 0 before the first sample. */
    public long srtt() {
        return srtt;
    }

    /** RTT variation in ns. */
    public long rttvar() {
        return rttvar;
    }

    /** Most recent sample in ns, 0 before the first. */
    public long latest() {
        return latest;
    }

    /** Number of consecutive backoffs. */
    public int backoffCount() {
        return backoff;
    }

    /** The configured initial RTO. */
    public long initialRto() {
        return initialRto;
    }
}
