package org.mptcplab.engine.experiment;

import java.util.List;
import org.mptcplab.engine.mptcp.Endpoint;
import org.mptcplab.engine.mptcp.InKernelPathManager;
import org.mptcplab.engine.mptcp.PathContext;
import org.mptcplab.engine.mptcp.SubflowInfo;
import org.mptcplab.engine.sim.Simulator;

/**
 * The client's in-kernel path manager, noting when the first additional subflow became usable: the
 * end of the fix's establishment phase. A callback rather than a trace sink, so nothing per packet is
 * kept.
 */
final class JoinProbe extends InKernelPathManager {
    private final Simulator sim;
    private long firstJoinAt = -1;
    private int joinsEstablished;

    JoinProbe(Simulator sim, List<Endpoint> endpoints) {
        super(endpoints);
        this.sim = sim;
    }

    @Override
    public void subflowEstablished(PathContext c, SubflowInfo subflow) {
        if (!subflow.initial()) {
            joinsEstablished++;
            if (firstJoinAt < 0) {
                firstJoinAt = sim.now();
            }
        }
        super.subflowEstablished(c, subflow);
    }

    /** Time the first MP_JOIN subflow was established, or -1. */
    long firstJoinAt() {
        return firstJoinAt;
    }

    /** Additional subflows established so far. */
    int joinsEstablished() {
        return joinsEstablished;
    }
}
