package org.mptcplab.engine.scenario;

import java.util.List;
import java.util.Objects;

/**
 * MPTCP settings of one host (PROTOCOL.md §4 lists the Linux knobs these mirror).
 *
 * @param enabled                  whether the host runs MPTCP at all (otherwise plain TCP only)
 * @param allowJoinInitialAddrPort false makes a server set the C flag in its SYN/ACK (the paper's fix, part 1)
 * @param pathManager              which path manager runs
 * @param endpoints                addresses the path manager uses ({@code ip mptcp endpoint})
 * @param maxSubflows              {@code ip mptcp limits subflows}
 * @param addAddrAccepted          {@code ip mptcp limits add_addr_accepted}
 * @param addAddr                  reliability of ADD_ADDR
 * @param scheduler                packet scheduler name ({@code "default"}: lowest RTT first, backup last)
 * @param coupling                 congestion control coupling
 * @param closeInitialSubflow      the loadbalancing manager closes the initial subflow once another is up
 */
public record MptcpSpec(boolean enabled, boolean allowJoinInitialAddrPort, PathManagerKind pathManager,
        List<EndpointSpec> endpoints, int maxSubflows, int addAddrAccepted, AddAddrSpec addAddr, String scheduler,
        Coupling coupling, boolean closeInitialSubflow) {

    /** The only scheduler: lowest RTT first among non-backup subflows with room, backups last (Linux default). */
    public static final String DEFAULT_SCHEDULER = "default";

    /** MPTCP off. */
    public static final MptcpSpec DISABLED = new MptcpSpec(false, true, PathManagerKind.IN_KERNEL, List.of(), 2, 0,
            AddAddrSpec.DEFAULTS, DEFAULT_SCHEDULER, Coupling.LIA, false);

    /** Validates ranges and copies the endpoint list. */
    public MptcpSpec {
        Objects.requireNonNull(pathManager, "pathManager");
        Objects.requireNonNull(addAddr, "addAddr");
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(coupling, "coupling");
        endpoints = List.copyOf(endpoints);
        if (maxSubflows < 0 || maxSubflows > 8 || addAddrAccepted < 0 || addAddrAccepted > 8) {
            throw new IllegalArgumentException("MPTCP limits must be in 0..8 (as Linux's MPTCP_PM_ADDR_MAX)");
        }
    }

    /** Linux's defaults with MPTCP on: limits subflows 2, add_addr_accepted 0 (so announcements are ignored). */
    public static MptcpSpec enabledDefaults() {
        return new MptcpSpec(true, true, PathManagerKind.IN_KERNEL, List.of(), 2, 0, AddAddrSpec.DEFAULTS,
                DEFAULT_SCHEDULER, Coupling.LIA, false);
    }
}
