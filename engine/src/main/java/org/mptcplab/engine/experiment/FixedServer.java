package org.mptcplab.engine.experiment;

import org.mptcplab.engine.mptcp.LoadBalancingPathManager;
import org.mptcplab.engine.mptcp.MptcpConfig;
import org.mptcplab.engine.mptcp.MptcpStack;
import org.mptcplab.engine.tcp.TcpStack;
import org.mptcplab.engine.wire.IpAddress;

/**
 * The paper's proposed server side, shared by both experiments so they measure the same fix: the
 * C flag set in MP_CAPABLE (RFC 8684 §3.1, no JOIN to the balanced address) and the server's unique
 * address announced by ADD_ADDR, keeping the initial subflow open.
 */
final class FixedServer {
    private FixedServer() {
    }

    /** MPTCP on {@code tcp} with the fix, announcing {@code unique}. */
    static MptcpStack on(TcpStack tcp, IpAddress unique) {
        MptcpConfig fix = MptcpConfig.defaults().toBuilder().allowJoinInitialAddrPort(false).build();
        return new MptcpStack(tcp, fix, new LoadBalancingPathManager(unique, false));
    }
}
