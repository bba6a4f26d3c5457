package org.mptcplab.engine.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mptcplab.engine.scenario.TestScenarios.ip;
import static org.mptcplab.engine.scenario.TestScenarios.link;
import static org.mptcplab.engine.scenario.TestScenarios.prefix;
import static org.mptcplab.engine.scenario.TestScenarios.replace;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.sim.Time;

class ScenarioValidatorTest {
    private final Scenario lb = TestScenarios.loadBalanced();

    private static Problem first(Scenario s) {
        List<Problem> problems = ScenarioValidator.validate(s);
        assertThat(problems).isNotEmpty();
        return problems.get(0);
    }

    @Test
    void theReferenceScenariosAreValid() {
        assertThat(ScenarioValidator.validate(lb)).isEmpty();
        assertThat(ScenarioValidator.validate(TestScenarios.twoHosts(1000))).isEmpty();
    }

    @Test
    void anUnknownNodeInALinkNamesTheLinkEndAndTheKnownNodes() {
        Scenario s = TestScenarios.withLinks(lb, replace(lb.links(), 2, link("lb", null, "s4", null, 1, 0)));
        assertThat(first(s)).isEqualTo(new Problem("links[2].b", "unknown node \"s4\" (known: client, r1, lb, s1, s2)"));
    }

    @Test
    void duplicateNodeNamesPointAtTheSecondOne() {
        Scenario s = TestScenarios.withNodes(lb, replace(lb.nodes(), 4, HostSpec.plain("s1")));
        assertThat(ScenarioValidator.validate(s)).contains(
                new Problem("nodes[4].name", "duplicate node name \"s1\" (already used by nodes[3])"));
    }

    @Test
    void nodeNamesMustBeUsableAsFileNames() {
        Scenario s = TestScenarios.withNodes(lb, replace(lb.nodes(), 0, HostSpec.plain("../client")));
        assertThat(first(s).path()).isEqualTo("nodes[0].name");
        assertThat(first(s).message()).contains("it becomes a file name");
    }

    @Test
    void anInterfaceAddressMayBeUsedOnlyOnce() {
        Scenario s = TestScenarios.withLinks(lb, replace(lb.links(), 5,
                link("s2", "10.0.0.1", "r1", "10.0.1.254", 1_000_000, 0)));
        assertThat(first(s)).isEqualTo(new Problem("links[5].a.address",
                "address 10.0.0.1 is already used by links[4].a (s1)"));
    }

    @Test
    void aLinkCannotLoopBackToItsNode() {
        Scenario s = TestScenarios.withLinks(lb, replace(lb.links(), 0, link("client", null, "client", null, 1, 0)));
        assertThat(first(s)).isEqualTo(new Problem("links[0]", "a link cannot connect client to itself"));
    }

    @Test
    void aDsrBackendMustHoldTheVip() {
        Scenario s = TestScenarios.withNodes(lb, replace(lb.nodes(), 4, HostSpec.plain("s2")));
        assertThat(first(s)).isEqualTo(new Problem("nodes[2].backends[1].node",
                "s2 must hold the VIP 1.2.3.4 in its localAddresses for direct server return"));
    }

    @Test
    void aBackendAddressMustBeOnOneOfItsInterfaces() {
        LoadBalancerSpec l = (LoadBalancerSpec) lb.nodes().get(2);
        LoadBalancerSpec wrong = new LoadBalancerSpec("lb", l.vip(), l.forwarding(), "crc32", l.fields(), l.method(), 13,
                0, l.mode(), List.of(l.backends().get(0), new BackendSpec("s2", ip("10.9.9.9"), 0)), 1024, 2);
        assertThat(first(TestScenarios.withNodes(lb, replace(lb.nodes(), 2, wrong)))).isEqualTo(new Problem(
                "nodes[2].backends[1].address", "10.9.9.9 is not an interface address of s2 (its interface addresses: 10.0.0.2)"));
    }

    @Test
    void maglevNeedsAPrimeTableAndHashFunctionsMustExist() {
        LoadBalancerSpec l = (LoadBalancerSpec) lb.nodes().get(2);
        LoadBalancerSpec bad = new LoadBalancerSpec("lb", l.vip(), l.forwarding(), "md5", l.fields(), l.method(), 12, 0,
                l.mode(), l.backends(), 1024, 2);
        assertThat(ScenarioValidator.validate(TestScenarios.withNodes(lb, replace(lb.nodes(), 2, bad)))).containsExactly(
                new Problem("nodes[2].hash.function", "unknown hash function \"md5\" (known: crc32, jenkins, toeplitz)"),
                new Problem("nodes[2].selector.tableSize",
                        "Maglev table size must be prime, got 12 (e.g. 13, 251 or 65537)"));
    }

    @Test
    void anApplicationNeedsSomebodyHoldingItsAddress() {
        Scenario s = TestScenarios.withApps(lb, List.of(new BulkSpec("get", "client", ip("9.9.9.9"), 80, 0, Protocol.TCP,
                Direction.DOWNLOAD, 100, 0)));
        assertThat(first(s)).isEqualTo(new Problem("applications[0].to",
                "no host holds 9.9.9.9 and it is no load balancer's VIP"));
    }

    @Test
    void mptcpApplicationsNeedMptcpOnTheClient() {
        Scenario s = TestScenarios.withApps(lb, List.of(new BulkSpec("get", "client", TestScenarios.VIP, 80, 0,
                Protocol.MPTCP, Direction.DOWNLOAD, 100, 0)));
        assertThat(first(s)).isEqualTo(new Problem("applications[0].protocol",
                "client does not run MPTCP (set \"mptcp\": {\"enabled\": true} on it)"));
    }

    @Test
    void twoApplicationsCannotServeOnePortOfOneServer() {
        AppSpec a = lb.applications().get(0);
        BulkSpec b = new BulkSpec("again", "client", TestScenarios.VIP, 80, 0, Protocol.TCP, Direction.UPLOAD, 5, 0);
        assertThat(first(TestScenarios.withApps(lb, List.of(a, b)))).isEqualTo(new Problem("applications[1].to",
                "port 80 on s1 is already served by applications[0]"));
    }

    @Test
    void anEndpointMustBeOneOfTheHostsAddresses() {
        MptcpSpec m = MptcpSpec.enabledDefaults();
        MptcpSpec bad = new MptcpSpec(true, true, m.pathManager(), List.of(new EndpointSpec(ip("198.51.100.9"), 0,
                Set.of(EndpointFlag.SUBFLOW))), 2, 0, m.addAddr(), m.scheduler(), m.coupling(), false);
        HostSpec client = new HostSpec("client", List.of(), TcpSpec.DEFAULTS, bad, null);
        assertThat(first(TestScenarios.withNodes(lb, replace(lb.nodes(), 0, client)))).isEqualTo(new Problem(
                "nodes[0].mptcp.endpoints[0].address", "198.51.100.9 is not an address of client (its addresses: 192.0.2.1)"));
    }

    @Test
    void faultsNameKnownLinksAndTheirEnds() {
        DropSpec unknown = new DropSpec("client-lb", null, null, MatchSpec.ANY, 1, 1);
        DropSpec wrongEnd = new DropSpec("client-r1", "lb", null, MatchSpec.ANY, 1, 1);
        assertThat(ScenarioValidator.validate(TestScenarios.withFaults(lb, List.of(unknown, wrongEnd)))).containsExactly(
                new Problem("faults[0].link",
                        "unknown link \"client-lb\" (known: client-r1, r1-lb, lb-s1, lb-s2, s1-r1, s2-r1)"),
                new Problem("faults[1].from", "lb is not an end of link client-r1 (ends: client, r1)"));
    }

    @Test
    void backendEventsNeedALoadBalancerAndOneOfItsBackends() {
        EventSpec onRouter = new EventSpec(Time.seconds(1), 0, 0, EventAction.REMOVE_BACKEND, "r1", "s1", null);
        EventSpec unknownBackend = new EventSpec(Time.seconds(1), 0, 0, EventAction.REMOVE_BACKEND, "lb", "client", null);
        assertThat(ScenarioValidator.validate(TestScenarios.withEvents(lb, List.of(onRouter, unknownBackend))))
                .containsExactly(new Problem("events[0].node", "r1 is not a load balancer"),
                        new Problem("events[1].server", "client is not a backend of lb"));
    }

    @Test
    void anycastEventsNeedTheAnnouncedPrefix() {
        Scenario s = TestScenarios.withEvents(lb, List.of(new EventSpec(0, 0, 0, EventAction.WITHDRAW, "r1", "s1",
                prefix("1.2.3.4/32"))));
        assertThat(first(s)).isEqualTo(new Problem("events[0].prefix", "no anycast announcement of 1.2.3.4/32 on r1"));
    }

    @Test
    void anycastServersMustHoldAnAddressInThePrefix() {
        AnycastSpec a = new AnycastSpec("r1", prefix("5.6.7.8/32"), List.of("s1"), 0);
        Scenario s = TestScenarios.withRouting(lb, new RoutingSpec(true, List.of(), List.of(a)));
        assertThat(first(s)).isEqualTo(new Problem("routing.anycast[0].servers[0]",
                "s1 holds no address in 5.6.7.8/32 (add one to its localAddresses)"));
    }

    @Test
    void staticRoutesGoViaNeighbours() {
        StaticRoute r = new StaticRoute("client", prefix("0.0.0.0/0"), List.of("lb"));
        Scenario s = TestScenarios.withRouting(lb, new RoutingSpec(true, List.of(r), List.of()));
        assertThat(first(s)).isEqualTo(new Problem("routing.static[0].via[0]", "lb is not a neighbour of client (neighbours: r1)"));
    }

    @Test
    void anotherSchemaVersionIsRefused() {
        Scenario s = new Scenario(2, lb.id(), lb.title(), "", List.of(), 1, lb.duration(), lb.nodes(), lb.links(),
                lb.routing(), lb.applications(), List.of(), List.of());
        assertThat(first(s)).isEqualTo(new Problem("schemaVersion", "unsupported schema version 2 (this build reads 1)"));
    }

    @Test
    void requireValidReportsTheFirstProblemAndKeepsTheRest() {
        Scenario s = TestScenarios.withLinks(lb, replace(lb.links(), 2, link("lb", null, "s4", null, 1, 0)));
        assertThatThrownBy(() -> ScenarioValidator.requireValid(s)).isInstanceOf(InvalidScenarioException.class)
                .hasMessage("links[2].b: unknown node \"s4\" (known: client, r1, lb, s1, s2)")
                .satisfies(e -> assertThat(((InvalidScenarioException) e).problems()).isNotEmpty());
    }
}
