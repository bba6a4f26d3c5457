package org.mptcplab.engine.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mptcplab.engine.scenario.AddAddrSpec;
import org.mptcplab.engine.scenario.AnycastSpec;
import org.mptcplab.engine.scenario.AppSpec;
import org.mptcplab.engine.scenario.BackendSpec;
import org.mptcplab.engine.scenario.BulkSpec;
import org.mptcplab.engine.scenario.Coupling;
import org.mptcplab.engine.scenario.Direction;
import org.mptcplab.engine.scenario.EcmpSpec;
import org.mptcplab.engine.scenario.EndpointFlag;
import org.mptcplab.engine.scenario.EndpointSpec;
import org.mptcplab.engine.scenario.Forwarding;
import org.mptcplab.engine.scenario.HashFields;
import org.mptcplab.engine.scenario.HostSpec;
import org.mptcplab.engine.scenario.LbMode;
import org.mptcplab.engine.scenario.LinkEnd;
import org.mptcplab.engine.scenario.LinkParams;
import org.mptcplab.engine.scenario.LinkSpec;
import org.mptcplab.engine.scenario.LoadBalancerSpec;
import org.mptcplab.engine.scenario.MptcpSpec;
import org.mptcplab.engine.scenario.NodeSpec;
import org.mptcplab.engine.scenario.PathManagerKind;
import org.mptcplab.engine.scenario.Protocol;
import org.mptcplab.engine.scenario.RequestResponseSpec;
import org.mptcplab.engine.scenario.RouterSpec;
import org.mptcplab.engine.scenario.RoutingSpec;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.scenario.SelectorMethod;
import org.mptcplab.engine.scenario.TcpSpec;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.IpPrefix;

/**
 * The two networks of the catalogue, built in code at a size that runs in well under a second: the
 * DSR load balancer ({@code l4lb-*}: client with two access links, r1, lb, s1..s3) and anycast with
 * ECMP ({@code anycast-*}: client with two access links, r1, s1..s3). Link indexes are constants so
 * a fault can name the link it breaks.
 */
final class FaultNetworks {
    static final IpAddress VIP = IpAddress.parse("1.2.3.4");
    static final long BULK_BYTES = 1_000_000;
    static final int REQUESTS = 5;
    static final long GBPS = 1_000_000_000L;
    /**
     * Long enough for every TCP timeout to fire, so that a transfer still pending at the end is a hang
     * and not a sender inside its retry budget. The slowest data give-up is a sender without an RTT
     * sample (its handshake was retransmitted, and Karn's algorithm, RFC 6298 §3, discards that
     * sample): it backs off from the 1 s initial RTO (§5.5) to the 120 s cap, so its 15
     * retransmissions and the last expiry span 1 + 2 + ... + 64 + 9 x 120 = 1207 s, after up to 63 s
     * of SYN retries. A sender with a 200 ms RTO gives up after about 925 s; the former 1000 s cut
     * the slow case off ({@code StalledTransferRegressionTest}). The margin covers a second retry
     * series after partial progress, and the 3 s RTO of RFC 6298 §5.7 (1389 s) should it be modelled.
     */
    static final long DURATION = Time.seconds(2000);

    /** l4lb link names. */
    static final String CLIENT_R1 = "client-r1";
    static final String CLIENT_R1_SECOND = "client-r1#2";
    static final String R1_LB = "r1-lb";

    private static final String[] LB_UNIQUE = {"10.0.0.1", "10.0.0.2", "10.0.0.3"};
    private static final String[] ANYCAST_UNIQUE = {"5.6.7.1", "8.9.10.1", "11.12.13.1"};

    private FaultNetworks() {
    }

    /** The load-balanced network with {@code workload} and {@code traffic}. */
    static Scenario l4lb(Workload workload, Traffic traffic, long seed) {
        List<NodeSpec> nodes = new ArrayList<>();
        nodes.add(client(workload));
        nodes.add(new RouterSpec("r1", null));
        List<BackendSpec> backends = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            backends.add(new BackendSpec("s" + (i + 1), IpAddress.parse(LB_UNIQUE[i]), 1024 + i));
        }
        nodes.add(new LoadBalancerSpec("lb", VIP, Forwarding.DSR, "crc32", HashFields.L4, SelectorMethod.MAGLEV, 13, 0,
                LbMode.PLAIN, backends, 1024, 2));
        for (int i = 0; i < 3; i++) {
            nodes.add(server("s" + (i + 1), LB_UNIQUE[i], workload, PathManagerKind.IN_KERNEL, false));
        }
        List<LinkSpec> links = new ArrayList<>(clientLinks());
        links.add(link("r1", "10.255.0.1", "lb", "10.255.0.2", 10 * GBPS, Time.millis(1)));
        for (int i = 1; i <= 3; i++) {
            links.add(link("lb", null, "s" + i, null, GBPS, Time.micros(100)));
        }
        for (int i = 0; i < 3; i++) {
            links.add(link("s" + (i + 1), LB_UNIQUE[i], "r1", "10.0." + i + ".254", GBPS, Time.millis(1)));
        }
        return new Scenario(Scenario.SCHEMA_VERSION, "faults-l4lb-" + workload, "Faults behind an L4 LB", "",
                List.of(), seed, DURATION, nodes, links, RoutingSpec.AUTOMATIC, List.of(app(workload, traffic)),
                List.of(), List.of());
    }

    /** The anycast network (3 servers announcing 1.2.3.4/32 to r1, hash-threshold ECMP). */
    static Scenario anycast(Workload workload, Traffic traffic, long seed) {
        List<NodeSpec> nodes = new ArrayList<>();
        nodes.add(client(workload));
        nodes.add(new RouterSpec("r1", EcmpSpec.DEFAULTS));
        for (int i = 0; i < 3; i++) {
            nodes.add(server("s" + (i + 1), ANYCAST_UNIQUE[i], workload, PathManagerKind.LOADBALANCING, true));
        }
        List<LinkSpec> links = new ArrayList<>(clientLinks());
        for (int i = 0; i < 3; i++) {
            String net = ANYCAST_UNIQUE[i].substring(0, ANYCAST_UNIQUE[i].lastIndexOf('.'));
            links.add(link("s" + (i + 1), ANYCAST_UNIQUE[i], "r1", net + ".254", GBPS, Time.millis(1)));
        }
        RoutingSpec routing = new RoutingSpec(true, List.of(),
                List.of(new AnycastSpec("r1", new IpPrefix(VIP, 32), List.of("s1", "s2", "s3"), 0)));
        return new Scenario(Scenario.SCHEMA_VERSION, "faults-anycast-" + workload, "Faults over anycast", "",
                List.of(), seed, DURATION, nodes, links, routing, List.of(app(workload, traffic)), List.of(),
                List.of());
    }

    private static List<LinkSpec> clientLinks() {
        return List.of(link("client", "192.0.2.1", "r1", "192.0.2.254", GBPS, Time.millis(5)),
                link("client", "198.51.100.1", "r1", "198.51.100.254", GBPS, Time.millis(5)));
    }

    private static HostSpec client(Workload workload) {
        MptcpSpec mptcp = switch (workload) {
            case TCP -> MptcpSpec.DISABLED;
            case MPTCP_PLAIN -> mptcp(true, PathManagerKind.IN_KERNEL, EndpointFlag.SUBFLOW, "198.51.100.1", 0, false);
            case MPTCP_FIXED -> mptcp(true, PathManagerKind.IN_KERNEL, EndpointFlag.FULLMESH, "198.51.100.1", 1, false);
        };
        return new HostSpec("client", List.of(), TcpSpec.DEFAULTS, mptcp, null);
    }

    private static HostSpec server(String name, String unique, Workload workload, PathManagerKind pm, boolean close) {
        MptcpSpec mptcp = switch (workload) {
            case TCP -> MptcpSpec.DISABLED;
            case MPTCP_PLAIN -> MptcpSpec.enabledDefaults();
            case MPTCP_FIXED -> mptcp(false, pm, EndpointFlag.SIGNAL, unique, 0, close);
        };
        return new HostSpec(name, List.of(VIP), TcpSpec.DEFAULTS, mptcp, null);
    }

    private static MptcpSpec mptcp(boolean allowJoinInitial, PathManagerKind pm, EndpointFlag flag, String address,
            int addAddrAccepted, boolean closeInitial) {
        return new MptcpSpec(true, allowJoinInitial, pm,
                List.of(new EndpointSpec(IpAddress.parse(address), 0, Set.of(flag))), 2, addAddrAccepted,
                AddAddrSpec.DEFAULTS, MptcpSpec.DEFAULT_SCHEDULER, Coupling.LIA, closeInitial);
    }

    private static AppSpec app(Workload workload, Traffic traffic) {
        Protocol protocol = workload.mptcp() ? Protocol.MPTCP : Protocol.TCP;
        return switch (traffic) {
            case BULK -> new BulkSpec("app", "client", VIP, 80, 0, protocol, Direction.DOWNLOAD, BULK_BYTES, 0, 0, 0);
            case REQUEST_RESPONSE -> new RequestResponseSpec("app", "client", VIP, 80, 0, protocol, REQUESTS, 1000,
                    100_000);
        };
    }

    static LinkSpec link(String a, String addrA, String b, String addrB, long rate, long delay) {
        return new LinkSpec(new LinkEnd(a, addrA == null ? null : IpAddress.parse(addrA)),
                new LinkEnd(b, addrB == null ? null : IpAddress.parse(addrB)), LinkParams.of(rate, delay),
                LinkParams.of(rate, delay));
    }
}
