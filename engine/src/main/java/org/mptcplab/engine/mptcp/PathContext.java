package org.mptcplab.engine.mptcp;

import java.util.List;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.IpAddress;

/**
 * What a {@link PathManager} sees of, and may do to, one connection. The connection enforces the
 * rules a path manager could get wrong: {@code maxSubflows}, no duplicate subflow, and never a JOIN
 * to the address and port banned by flag C.
 */
public interface PathContext {
    /** True on the passive side (the server). */
    boolean isServer();

    /** The initial subflow's 5-tuple, local first. */
    FiveTuple initialFlow();

    /** False when the peer set flag C: no JOIN to its initial address and port (RFC 8684 §3.1). */
    boolean joinToInitialAllowed();

    /** This host's addresses, in configuration order. */
    List<IpAddress> localAddresses();

    /** Addresses the peer advertised and this side accepted, in arrival order. */
    List<RemoteAddress> remoteAddresses();

    /** Subflows opening or established, in creation order. */
    List<SubflowInfo> subflows();

    /**
     * Opens a subflow with MP_JOIN.
     *
     * @param port destination port
     * @return false when refused (limit reached, such a subflow exists, or banned by flag C)
     */
    boolean openSubflow(IpAddress local, IpAddress remote, int port, boolean backup);

    /** Advertises {@code address} (with {@code port}, or 0 for none) with ADD_ADDR. */
    void announce(IpAddress address, int port);

    /** Withdraws an advertised address with REMOVE_ADDR. */
    void withdraw(IpAddress address);

    /** Changes the backup flag of a subflow and tells the peer with MP_PRIO (RFC 8684 §3.3.8). */
    void setBackup(int subflowId, boolean backup);

    /** Closes a subflow with FIN; the connection goes on over the others. */
    void closeSubflow(int subflowId);
}
