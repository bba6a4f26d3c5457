package org.mptcplab.engine.scenario.run;

import java.util.ArrayList;
import java.util.List;
import org.mptcplab.engine.mptcp.Endpoint;
import org.mptcplab.engine.mptcp.FullMeshPathManager;
import org.mptcplab.engine.mptcp.InKernelPathManager;
import org.mptcplab.engine.mptcp.KeyPolicy;
import org.mptcplab.engine.mptcp.LoadBalancingPathManager;
import org.mptcplab.engine.mptcp.MptcpConfig;
import org.mptcplab.engine.mptcp.MptcpStack;
import org.mptcplab.engine.mptcp.PathManager;
import org.mptcplab.engine.net.Host;
import org.mptcplab.engine.net.PacketMatch;
import org.mptcplab.engine.scenario.AddAddrMode;
import org.mptcplab.engine.scenario.Coupling;
import org.mptcplab.engine.scenario.EndpointFlag;
import org.mptcplab.engine.scenario.EndpointSpec;
import org.mptcplab.engine.scenario.FirewallAction;
import org.mptcplab.engine.scenario.FirewallRuleSpec;
import org.mptcplab.engine.scenario.FirewallSpec;
import org.mptcplab.engine.scenario.HostSpec;
import org.mptcplab.engine.scenario.MptcpSpec;
import org.mptcplab.engine.scenario.Topology;
import org.mptcplab.engine.security.Firewall;
import org.mptcplab.engine.security.FirewallMatches;
import org.mptcplab.engine.security.FirewallRule;
import org.mptcplab.engine.security.Verdict;
import org.mptcplab.engine.tcp.TcpStack;
import org.mptcplab.engine.wire.IpAddress;

/** Transport stacks (TCP, and MPTCP on top when enabled) and firewalls of hosts. */
final class Stacks {
    private Stacks() {
    }

    /**
     * The host's TCP stack and, when enabled, its MPTCP stack drawing keys with {@code keys}; installs
     * the firewall.
     */
    static HostStacks install(Host host, HostSpec spec, Topology topology, KeyPolicy keys) {
        TcpStack tcp = new TcpStack(host, spec.tcp().toConfig());
        MptcpStack mptcp = null;
        if (spec.mptcp().enabled()) {
            MptcpConfig config = config(spec.mptcp()).toBuilder().keyPolicy(keys).build();
            mptcp = new MptcpStack(tcp, config, pathManager(spec, topology));
        }
        if (spec.firewall() != null) {
            firewall(host, spec.firewall(), mptcp);
        }
        return new HostStacks(tcp, mptcp);
    }

    static MptcpConfig config(MptcpSpec m) {
        return MptcpConfig.defaults().toBuilder()
                .allowJoinInitialAddrPort(m.allowJoinInitialAddrPort())
                .maxSubflows(m.maxSubflows())
                .addAddrAccepted(m.addAddrAccepted())
                .addAddrMode(m.addAddr().mode() == AddAddrMode.PIGGYBACK
                        ? org.mptcplab.engine.mptcp.AddAddrMode.PIGGYBACK : org.mptcplab.engine.mptcp.AddAddrMode.TIMER)
                .addAddrTimeout(m.addAddr().timeout())
                .addAddrMaxRetransmissions(m.addAddr().maxRetransmissions())
                .coupling(m.coupling() == Coupling.LIA ? org.mptcplab.engine.mptcp.Coupling.LIA
                        : org.mptcplab.engine.mptcp.Coupling.UNCOUPLED)
                .build();
    }

    private static PathManager pathManager(HostSpec spec, Topology topology) {
        MptcpSpec m = spec.mptcp();
        List<Endpoint> endpoints = new ArrayList<>();
        for (EndpointSpec e : m.endpoints()) {
            endpoints.add(new Endpoint(e.address(), e.port(), e.has(EndpointFlag.SIGNAL), e.has(EndpointFlag.SUBFLOW),
                    e.has(EndpointFlag.BACKUP), e.has(EndpointFlag.FULLMESH)));
        }
        return switch (m.pathManager()) {
            case IN_KERNEL -> new InKernelPathManager(endpoints);
            case FULLMESH -> new FullMeshPathManager(endpoints);
            case LOADBALANCING -> new LoadBalancingPathManager(uniqueAddress(spec, topology), m.closeInitialSubflow());
        };
    }

    /** The loadbalancing manager announces the first signal endpoint, else the host's first interface address. */
    static IpAddress uniqueAddress(HostSpec spec, Topology topology) {
        for (EndpointSpec e : spec.mptcp().endpoints()) {
            if (e.has(EndpointFlag.SIGNAL)) {
                return e.address();
            }
        }
        List<IpAddress> own = topology.interfaceAddresses(spec.name());
        return own.isEmpty() ? null : own.get(0);
    }

    private static void firewall(Host host, FirewallSpec spec, MptcpStack mptcp) {
        Firewall fw = Firewall.install(host, verdict(spec.defaultAction()));
        for (int i = 0; i < spec.rules().size(); i++) {
            FirewallRuleSpec r = spec.rules().get(i);
            PacketMatch match = r.match().toPacketMatch();
            if (r.established()) {
                match = match.and(fw.established());
            }
            if (r.knownToken()) {
                match = match.and(FirewallMatches.joinWithKnownToken(
                        token -> mptcp != null && mptcp.connection(token) != null));
            }
            fw.append(new FirewallRule("rule" + i, match, verdict(r.action()), true));
        }
    }

    private static Verdict verdict(FirewallAction a) {
        return a == FirewallAction.ACCEPT ? Verdict.ACCEPT : Verdict.DROP;
    }

    /** A host's transports. */
    record HostStacks(TcpStack tcp, MptcpStack mptcp) {
        /** The transport servers listen on: MPTCP (which also takes plain TCP) when enabled. */
        org.mptcplab.engine.tcp.StreamTransport server() {
            return mptcp != null ? mptcp : tcp;
        }
    }
}
