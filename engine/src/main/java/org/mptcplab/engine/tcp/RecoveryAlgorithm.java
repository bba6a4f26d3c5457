package org.mptcplab.engine.tcp;

/** How the window is driven during fast recovery. */
public enum RecoveryAlgorithm {
    /** Proportional Rate Reduction (RFC 6937) with the slow-start reduction bound; ns-3 3.37's default. */
    PRR,
    /** RFC 6675 §5: cwnd = ssthresh on entry, send while pipe allows. */
    CLASSIC
}
