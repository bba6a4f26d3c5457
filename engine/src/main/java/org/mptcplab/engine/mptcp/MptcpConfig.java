package org.mptcplab.engine.mptcp;

import java.util.Objects;
import org.mptcplab.engine.sim.Time;

/**
 * MPTCP tunables of one host, named after the Linux sysctls and {@code ip mptcp limits} they mirror.
 * Build variants with {@link #toBuilder()}.
 *
 * @param allowJoinInitialAddrPort  {@code net.mptcp.allow_join_initial_addr_port}; false makes this host
 *                                  set flag C in its MP_CAPABLE SYN/ACK (RFC 8684 §3.1, the ICNP 2017 fix)
 * @param checksums                 request DSS checksums (flag A). Checksums are computed and verified
 *                                  whenever either side sets A (RFC 8684 §3.3.1)
 * @param maxSubflows               {@code ip mptcp limits subflows}: additional subflows per connection
 *                                  (opened or accepted), the initial one not counted
 * @param addAddrAccepted           {@code ip mptcp limits add_addr_accepted}: ADD_ADDRs a client acts on
 * @param addAddrMode               how ADD_ADDR is retransmitted until echoed
 * @param addAddrTimeout            cap on the ADD_ADDR retransmission timeout, ns (Linux: 120 s)
 * @param addAddrMaxRetransmissions retransmissions before giving up in {@link AddAddrMode#TIMER} (Linux: 3)
 * @param coupling                  congestion control coupling across subflows
 * @param keyPolicy                 how this host draws its connection keys ({@link KeyPolicy#random()} unless a
 *                                  load balancer needs its tokens to carry a server id)
 */
public record MptcpConfig(boolean allowJoinInitialAddrPort, boolean checksums, int maxSubflows, int addAddrAccepted,
        AddAddrMode addAddrMode, long addAddrTimeout, int addAddrMaxRetransmissions, Coupling coupling,
        KeyPolicy keyPolicy) {

    /** Validates ranges. */
    public MptcpConfig {
        if (maxSubflows < 0 || maxSubflows > 255 || addAddrAccepted < 0 || addAddrAccepted > 255) {
            throw new IllegalArgumentException("limits must be in 0..255: subflows " + maxSubflows
                    + ", add_addr_accepted " + addAddrAccepted);
        }
        if (addAddrTimeout <= 0 || addAddrMaxRetransmissions < 0) {
            throw new IllegalArgumentException("bad ADD_ADDR retransmission settings: timeout " + addAddrTimeout
                    + " ns, " + addAddrMaxRetransmissions + " retransmissions");
        }
        Objects.requireNonNull(addAddrMode, "addAddrMode");
        Objects.requireNonNull(coupling, "coupling");
        Objects.requireNonNull(keyPolicy, "keyPolicy");
    }

    /**
     * Lab defaults: Linux's sysctl values (joins to the initial address allowed, no checksums, ADD_ADDR
     * timer of 120 s with 3 retransmissions), LIA, and limits of 8 subflows and 8 accepted ADD_ADDRs,
     * since Linux's own limits (2 and 0) would make a client ignore every ADD_ADDR; random keys.
     */
    public static MptcpConfig defaults() {
        return new MptcpConfig(true, false, 8, 8, AddAddrMode.TIMER, Time.seconds(120), 3, Coupling.LIA,
                KeyPolicy.random());
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Mutable builder for {@link MptcpConfig}. */
    public static final class Builder {
        private boolean allowJoinInitialAddrPort;
        private boolean checksums;
        private int maxSubflows;
        private int addAddrAccepted;
        private AddAddrMode addAddrMode;
        private long addAddrTimeout;
        private int addAddrMaxRetransmissions;
        private Coupling coupling;
        private KeyPolicy keyPolicy;

        private Builder(MptcpConfig c) {
            allowJoinInitialAddrPort = c.allowJoinInitialAddrPort;
            checksums = c.checksums;
            maxSubflows = c.maxSubflows;
            addAddrAccepted = c.addAddrAccepted;
            addAddrMode = c.addAddrMode;
            addAddrTimeout = c.addAddrTimeout;
            addAddrMaxRetransmissions = c.addAddrMaxRetransmissions;
            coupling = c.coupling;
            keyPolicy = c.keyPolicy;
        }

        public Builder allowJoinInitialAddrPort(boolean v) { allowJoinInitialAddrPort = v; return this; }
        public Builder checksums(boolean v) { checksums = v; return this; }
        public Builder maxSubflows(int v) { maxSubflows = v; return this; }
        public Builder addAddrAccepted(int v) { addAddrAccepted = v; return this; }
        public Builder addAddrMode(AddAddrMode v) { addAddrMode = v; return this; }
        public Builder addAddrTimeout(long v) { addAddrTimeout = v; return this; }
        public Builder addAddrMaxRetransmissions(int v) { addAddrMaxRetransmissions = v; return this; }
        public Builder coupling(Coupling v) { coupling = v; return this; }
        public Builder keyPolicy(KeyPolicy v) { keyPolicy = v; return this; }

        /** The validated configuration. */
        public MptcpConfig build() {
            return new MptcpConfig(allowJoinInitialAddrPort, checksums, maxSubflows, addAddrAccepted, addAddrMode,
                    addAddrTimeout, addAddrMaxRetransmissions, coupling, keyPolicy);
        }
    }
}
