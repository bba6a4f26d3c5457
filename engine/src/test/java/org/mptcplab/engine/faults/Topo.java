package org.mptcplab.engine.faults;

import java.util.List;
import org.mptcplab.engine.scenario.EventAction;
import org.mptcplab.engine.scenario.EventSpec;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.wire.IpPrefix;

/** The two networks faults are injected into, and how each takes a server out of service. */
enum Topo {
    /** DSR load balancer: a server leaves and rejoins the backend set. */
    L4LB,
    /** Anycast: a server withdraws and re-announces 1.2.3.4/32. */
    ANYCAST;

    Scenario base(Workload workload, Traffic traffic, long seed) {
        return this == L4LB ? FaultNetworks.l4lb(workload, traffic, seed) : FaultNetworks.anycast(workload, traffic, seed);
    }

    /** {@code server} out of service from {@code from} until {@code until}. */
    List<EventSpec> outage(String server, long from, long until) {
        if (this == L4LB) {
            return List.of(new EventSpec(from, 0, 0, EventAction.REMOVE_BACKEND, "lb", server, null),
                    new EventSpec(until, 0, 0, EventAction.ADD_BACKEND, "lb", server, null));
        }
        IpPrefix prefix = new IpPrefix(FaultNetworks.VIP, 32);
        return List.of(new EventSpec(from, 0, 0, EventAction.WITHDRAW, "r1", server, prefix),
                new EventSpec(until, 0, 0, EventAction.ANNOUNCE, "r1", server, prefix));
    }

    /** The link that carries client-to-server packets of the initial subflow only, past the client's access. */
    String forwardCore() {
        return this == L4LB ? FaultNetworks.R1_LB : FaultNetworks.CLIENT_R1;
    }
}
