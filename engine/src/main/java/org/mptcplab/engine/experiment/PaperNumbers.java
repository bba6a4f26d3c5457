package org.mptcplab.engine.experiment;

/**
 * The figures the ICNP 2017 talk states (the only public source; EXPERIMENTS.md). Everything else in
 * the experiments is an {@link Assumption}.
 */
public final class PaperNumbers {
    /** L4LB, 10 MB transfer, plain TCP through the load balancer, Mbit/s. */
    public static final double L4LB_TCP_MBPS = 16;
    /** L4LB, 10 MB transfer, MPTCP with the fix, Mbit/s. */
    public static final double L4LB_MPTCP_MBPS = 803;
    /** Anycast, aggregate TCP throughput with 3 servers in the ECMP pool, Mbit/s. */
    public static final double ANYCAST_TCP_3SRV_MBPS = 2800;
    /** Anycast, aggregate TCP throughput with 2 servers in the ECMP pool, Mbit/s. */
    public static final double ANYCAST_TCP_2SRV_MBPS = 1900;

    private PaperNumbers() {}
}
