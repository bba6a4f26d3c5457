package org.mptcplab.engine.scenario;

import java.util.ArrayList;
import java.util.List;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.IpPrefix;

/** Small scenarios built in code, and ways to vary them one part at a time. */
public final class TestScenarios {
    public static final IpAddress VIP = IpAddress.parse("1.2.3.4");

    private TestScenarios() {
    }

    public static IpAddress ip(String text) {
        return IpAddress.parse(text);
    }

    public static LinkSpec link(String a, String addrA, String b, String addrB, long rate, long delay) {
        return new LinkSpec(new LinkEnd(a, addrA == null ? null : ip(addrA)), new LinkEnd(b, addrB == null ? null : ip(addrB)),
                LinkParams.of(rate, delay), LinkParams.of(rate, delay));
    }

    /** A client and a server on one 100 Mbit/s, 5 ms link; the client downloads {@code bytes} from port 80. */
    public static Scenario twoHosts(long bytes) {
        return new Scenario(Scenario.SCHEMA_VERSION, "two-hosts", "Two hosts", "", List.of("one link"), 7, Time.seconds(30),
                List.of(HostSpec.plain("client"), HostSpec.plain("server")),
                List.of(link("client", "10.0.0.1", "server", "10.0.0.2", 100_000_000, Time.millis(5))),
                RoutingSpec.AUTOMATIC,
                List.of(new BulkSpec("get", "client", ip("10.0.0.2"), 80, 0, Protocol.TCP, Direction.DOWNLOAD, bytes, 0)),
                List.of(), List.of());
    }

    /** client - r1 - lb - {s1, s2}, servers also linked to r1 (DSR return path), TCP download from the VIP. */
    public static Scenario loadBalanced() {
        List<NodeSpec> nodes = List.of(HostSpec.plain("client"), new RouterSpec("r1", null),
                new LoadBalancerSpec("lb", VIP, Forwarding.DSR, "crc32", HashFields.L4, SelectorMethod.MAGLEV, 13, 0,
                        LbMode.PLAIN, List.of(new BackendSpec("s1", ip("10.0.0.1"), 1024),
                                new BackendSpec("s2", ip("10.0.0.2"), 1025)), 1024, 2),
                server("s1"), server("s2"));
        long g = 1_000_000_000L;
        List<LinkSpec> links = List.of(link("client", "192.0.2.1", "r1", "192.0.2.254", g, Time.millis(5)),
                link("r1", "10.255.0.1", "lb", "10.255.0.2", g, Time.millis(1)),
                link("lb", null, "s1", null, g, Time.MICROSECOND * 100),
                link("lb", null, "s2", null, g, Time.MICROSECOND * 100),
                link("s1", "10.0.0.1", "r1", "10.0.0.254", g, Time.millis(1)),
                link("s2", "10.0.0.2", "r1", "10.0.1.254", g, Time.millis(1)));
        return new Scenario(Scenario.SCHEMA_VERSION, "lb", "Load balanced", "", List.of(), 1, Time.seconds(10), nodes, links,
                RoutingSpec.AUTOMATIC,
                List.of(new BulkSpec("get", "client", VIP, 80, 0, Protocol.TCP, Direction.DOWNLOAD, 1_000_000, 0)),
                List.of(), List.of());
    }

    private static HostSpec server(String name) {
        return new HostSpec(name, List.of(VIP), TcpSpec.DEFAULTS, MptcpSpec.DISABLED, null);
    }

    public static Scenario withNodes(Scenario s, List<NodeSpec> nodes) {
        return new Scenario(s.schemaVersion(), s.id(), s.title(), s.description(), s.assumptions(), s.seed(), s.duration(),
                nodes, s.links(), s.routing(), s.applications(), s.faults(), s.events());
    }

    public static Scenario withLinks(Scenario s, List<LinkSpec> links) {
        return new Scenario(s.schemaVersion(), s.id(), s.title(), s.description(), s.assumptions(), s.seed(), s.duration(),
                s.nodes(), links, s.routing(), s.applications(), s.faults(), s.events());
    }

    public static Scenario withApps(Scenario s, List<AppSpec> apps) {
        return new Scenario(s.schemaVersion(), s.id(), s.title(), s.description(), s.assumptions(), s.seed(), s.duration(),
                s.nodes(), s.links(), s.routing(), apps, s.faults(), s.events());
    }

    public static Scenario withFaults(Scenario s, List<FaultSpec> faults) {
        return new Scenario(s.schemaVersion(), s.id(), s.title(), s.description(), s.assumptions(), s.seed(), s.duration(),
                s.nodes(), s.links(), s.routing(), s.applications(), faults, s.events());
    }

    public static Scenario withEvents(Scenario s, List<EventSpec> events) {
        return new Scenario(s.schemaVersion(), s.id(), s.title(), s.description(), s.assumptions(), s.seed(), s.duration(),
                s.nodes(), s.links(), s.routing(), s.applications(), s.faults(), events);
    }

    public static Scenario withRouting(Scenario s, RoutingSpec routing) {
        return new Scenario(s.schemaVersion(), s.id(), s.title(), s.description(), s.assumptions(), s.seed(), s.duration(),
                s.nodes(), s.links(), routing, s.applications(), s.faults(), s.events());
    }

    /** {@code list} with element {@code index} replaced. */
    public static <T> List<T> replace(List<T> list, int index, T value) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, value);
        return copy;
    }

    public static IpPrefix prefix(String text) {
        return IpPrefix.parse(text);
    }
}
