package org.mptcplab.engine.tcp;

/**
 * A sender's congestion window policy (RFC 5681 vocabulary). The connection owns loss detection and
 * recovery; it tells the policy what happened and reads {@link #cwnd()} and {@link #ssthresh()}.
 * During fast recovery the recovery algorithm (PRR, RFC 6937) drives the window through
 * {@link #setCwnd(long)}, and the policy's increase rule is not consulted.
 *
 * <p>Coupled multipath policies (LIA, RFC 6356; OLIA) are further implementations: they usually
 * extend {@link NewReno} and override its congestion-avoidance increase, reading the other subflows'
 * windows through whatever shared object they were built with. One instance serves one connection.
 */
public interface CongestionControl {
    /** Short name for traces and reports, e.g. "newreno". */
    String name();

    /**
     * Starts the policy once the sender's MSS is known (after the handshake).
     *
     * @param mss         sender maximum segment size (payload bytes)
     * @param initialCwnd initial window in bytes (RFC 6928: 10 segments)
     */
    void init(int mss, long initialCwnd);

    /** Congestion window in bytes. */
    long cwnd();

    /** Slow-start threshold in bytes ({@code Long.MAX_VALUE} until the first loss). */
    long ssthresh();

    /** True while {@code cwnd < ssthresh}. */
    default boolean inSlowStart() {
        return cwnd() < ssthresh();
    }

    /** Overrides the window; used by the loss-recovery algorithm and by tests. */
    void setCwnd(long bytes);

    /**
     * New data was cumulatively acknowledged outside loss recovery.
     *
     * @param now           simulated time, ns
     * @param ackedBytes    bytes newly acknowledged by this ACK
     * @param segmentsAcked whole segments acknowledged, counting leftovers of earlier ACKs (ns-3's rule)
     * @param srtt          smoothed RTT in ns, 0 before the first sample
     * @param bytesInFlight bytes in flight after this ACK (RFC 6675 pipe)
     */
    void onAck(long now, long ackedBytes, int segmentsAcked, long srtt, long bytesInFlight);

    /** Loss detected by duplicate ACKs or SACK (entering fast recovery): reduce ssthresh. */
    void onCongestion(long now, long bytesInFlight);

    /** Fast recovery ended: the window continues from ssthresh. */
    void onRecoveryExit(long now);

    /** Retransmission timeout: reduce ssthresh and fall back to a one-segment window (RFC 5681 §3.1). */
    void onRetransmissionTimeout(long now, long bytesInFlight);

    /**
     * A further timeout of a segment the timer already retransmitted: RFC 5681 §3.1 holds ssthresh
     * constant then (the flight after the first timeout says nothing about the path), so only the
     * window falls back to one segment. The default treats it as a first timeout.
     */
    default void onRepeatedRetransmissionTimeout(long now, long bytesInFlight) {
        onRetransmissionTimeout(now, bytesInFlight);
    }
}
