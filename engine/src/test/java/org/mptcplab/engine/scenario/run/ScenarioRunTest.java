package org.mptcplab.engine.scenario.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.scenario.BulkSpec;
import org.mptcplab.engine.scenario.Direction;
import org.mptcplab.engine.scenario.DropSpec;
import org.mptcplab.engine.scenario.EventAction;
import org.mptcplab.engine.scenario.EventSpec;
import org.mptcplab.engine.scenario.FirewallAction;
import org.mptcplab.engine.scenario.FirewallRuleSpec;
import org.mptcplab.engine.scenario.FirewallSpec;
import org.mptcplab.engine.scenario.Forwarding;
import org.mptcplab.engine.scenario.HostSpec;
import org.mptcplab.engine.scenario.InvalidScenarioException;
import org.mptcplab.engine.scenario.LinkDownSpec;
import org.mptcplab.engine.scenario.LoadBalancerSpec;
import org.mptcplab.engine.scenario.MatchSpec;
import org.mptcplab.engine.scenario.MptcpSpec;
import org.mptcplab.engine.scenario.Protocol;
import org.mptcplab.engine.scenario.RequestResponseSpec;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.scenario.TcpSpec;
import org.mptcplab.engine.scenario.TestScenarios;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.trace.DropReason;
import org.mptcplab.engine.trace.NodeEvent;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.RouteChange;
import org.mptcplab.engine.trace.TraceRecorder;
import org.mptcplab.engine.wire.TcpFlags;

class ScenarioRunTest {

    private static String traceOf(Scenario s, long seed) {
        StringWriter out = new StringWriter();
        ScenarioRun.build(s, seed).addSink(new TraceJsonLines(out)).run();
        return out.toString();
    }

    @Test
    void aDownloadCompletesAndTheRunStopsWhenNothingIsLeft() {
        RunSummary summary = ScenarioRun.build(TestScenarios.twoHosts(200_000)).run();

        assertThat(summary.connections()).singleElement().satisfies(c -> {
            assertThat(c.app()).isEqualTo("get");
            assertThat(c.kind()).isEqualTo("tcp");
            assertThat(c.completed()).isTrue();
            assertThat(c.bytes()).isEqualTo(200_000);
            assertThat(c.subflowsEstablished()).isEqualTo(1);
            assertThat(c.completionTime()).isBetween(Time.millis(20), Time.millis(500));
            assertThat(c.goodputMbps()).isBetween(1.0, 100.0);
        });
        assertThat(summary.endTime()).isLessThan(Time.seconds(2));
        assertThat(summary.seed()).isEqualTo(7);
        assertThat(summary.assumptions()).containsExactly("one link");
    }

    @Test
    void aLoadBalancedDownloadIsDecidedByTheBalancerAndServedByOneBackend() {
        ScenarioRun run = ScenarioRun.build(TestScenarios.loadBalanced());
        RunSummary summary = run.run();
        assertThat(summary.connections()).singleElement().satisfies(c -> assertThat(c.completed()).isTrue());
        assertThat(run.loadBalancer("lb").counters().balancedPackets()).isPositive();
        assertThat(run.loadBalancer("lb").counters().packetsTo("s1") * run.loadBalancer("lb").counters().packetsTo("s2"))
                .as("one backend only").isZero();
        assertThat(summary.rstSentAll()).isZero();
    }

    @Test
    void withNatTheRepliesComeBackThroughTheBalancerByAutomaticRouting() {
        Scenario lb = TestScenarios.loadBalanced();
        LoadBalancerSpec dsr = (LoadBalancerSpec) lb.nodes().get(2);
        LoadBalancerSpec nat = new LoadBalancerSpec("lb", dsr.vip(), Forwarding.NAT, "crc32", dsr.fields(), dsr.method(),
                13, 0, dsr.mode(), dsr.backends(), 1024, 2);
        long g = 1_000_000_000L;
        Scenario s = TestScenarios.withLinks(TestScenarios.withNodes(lb, List.of(lb.nodes().get(0), lb.nodes().get(1), nat,
                HostSpec.plain("s1"), HostSpec.plain("s2"))), List.of(
                TestScenarios.link("client", "192.0.2.1", "r1", "192.0.2.254", g, Time.millis(5)),
                TestScenarios.link("r1", "10.255.0.1", "lb", "10.255.0.2", g, Time.millis(1)),
                TestScenarios.link("lb", "10.0.0.254", "s1", "10.0.0.1", g, Time.millis(1)),
                TestScenarios.link("lb", "10.0.1.254", "s2", "10.0.0.2", g, Time.millis(1))));
        ScenarioRun run = ScenarioRun.build(s);
        RunSummary summary = run.run();
        assertThat(summary.connections()).singleElement().satisfies(c -> assertThat(c.completed()).isTrue());
        assertThat(run.loadBalancer("lb").counters().returnedPackets()).isPositive();
        assertThat(run.loadBalancer("lb").counters().returnedPackets()).isGreaterThan(500);
    }

    @Test
    void aFirewallRuleDropsTheSynAndCountsItInTheTrace() {
        Scenario base = TestScenarios.twoHosts(10_000);
        MatchSpec syn = new MatchSpec(TcpFlags.SYN, TcpFlags.ACK, null, null, null, 0, 80, null);
        FirewallSpec fw = new FirewallSpec(List.of(new FirewallRuleSpec(FirewallAction.DROP, syn, false, false)),
                FirewallAction.ACCEPT);
        HostSpec server = new HostSpec("server", List.of(), TcpSpec.DEFAULTS, MptcpSpec.DISABLED, fw);
        Scenario s = TestScenarios.withNodes(base, List.of(base.nodes().get(0), server));
        TraceRecorder recorder = new TraceRecorder();
        RunSummary summary = ScenarioRun.build(s).addSink(recorder).run();
        assertThat(summary.connections().get(0).completed()).isFalse();
        assertThat(recorder.ofType(PacketEvent.class)).filteredOn(e -> e.kind() == PacketEvent.Kind.DROPPED)
                .isNotEmpty().allSatisfy(e -> assertThat(e.dropReason()).isEqualTo(DropReason.FIREWALL));
        assertThat(recorder.ofType(NodeEvent.class)).anySatisfy(e -> assertThat(e.kind())
                .isEqualTo(NodeEvent.Kind.FIREWALL_DROP));
    }

    @Test
    void anEstablishedRuleLetsAcceptedConnectionsThroughADropByDefaultFirewall() {
        Scenario base = TestScenarios.twoHosts(100_000);
        MatchSpec syn = new MatchSpec(TcpFlags.SYN, TcpFlags.ACK, null, null, null, 0, 80, null);
        FirewallSpec fw = new FirewallSpec(List.of(new FirewallRuleSpec(FirewallAction.ACCEPT, MatchSpec.ANY, true, false),
                new FirewallRuleSpec(FirewallAction.ACCEPT, syn, false, false)), FirewallAction.DROP);
        HostSpec server = new HostSpec("server", List.of(), TcpSpec.DEFAULTS, MptcpSpec.DISABLED, fw);
        RunSummary summary = ScenarioRun.build(TestScenarios.withNodes(base, List.of(base.nodes().get(0), server))).run();
        assertThat(summary.connections().get(0).completed()).isTrue();
    }

    @Test
    void requestResponseClientsGetEveryAnswer() {
        Scenario s = TestScenarios.withApps(TestScenarios.twoHosts(1), List.of(new RequestResponseSpec("rr", "client",
                TestScenarios.ip("10.0.0.2"), 80, 0, Protocol.TCP, 5, 100, 20_000)));
        RunSummary summary = ScenarioRun.build(s).run();
        assertThat(summary.connections()).singleElement().satisfies(c -> {
            assertThat(c.completed()).isTrue();
            assertThat(c.bytes()).isEqualTo(100_000);
        });
    }

    @Test
    void aDurationBoundTransferIsCountedAtItsDeadline() {
        Scenario s = TestScenarios.withApps(TestScenarios.twoHosts(1), List.of(new BulkSpec("stream", "client",
                TestScenarios.ip("10.0.0.2"), 80, Time.millis(100), Protocol.TCP, Direction.DOWNLOAD, 0, Time.seconds(1))));
        RunSummary summary = ScenarioRun.build(s).run();
        assertThat(summary.connections()).singleElement().satisfies(c -> {
            assertThat(c.completed()).isFalse();
            assertThat(c.completionTime()).isEqualTo(-1);
            assertThat(c.bytes()).isBetween(5_000_000L, 12_500_000L);
            assertThat(c.goodputMbps()).isBetween(40.0, 100.0);
        });
        assertThat(summary.endTime()).isEqualTo(Time.millis(1100) + ScenarioRun.LINGER);
    }

    @Test
    void theSameSeedGivesTheSameTraceAndAnotherSeedAnother() {
        Scenario s = TestScenarios.loadBalanced();
        String first = traceOf(s, 3);
        assertThat(first).isNotEmpty().isEqualTo(traceOf(s, 3));
        assertThat(traceOf(s, 4)).isNotEqualTo(first);
    }

    @Test
    void aDropFaultDropsExactlyTheNthMatchingPacket() {
        MatchSpec synAck = new MatchSpec(TcpFlags.SYN | TcpFlags.ACK, 0, null, null, null, 0, 0, null);
        Scenario s = TestScenarios.withFaults(TestScenarios.twoHosts(10_000),
                List.of(new DropSpec(null, null, "client", synAck, 1, 1)));
        TraceRecorder recorder = new TraceRecorder();
        RunSummary summary = ScenarioRun.build(s).addSink(recorder).run();
        List<PacketEvent> drops = recorder.ofType(PacketEvent.class).stream()
                .filter(e -> e.kind() == PacketEvent.Kind.DROPPED).toList();
        assertThat(drops).singleElement().satisfies(e -> {
            assertThat(e.dropReason()).isEqualTo(DropReason.SCRIPTED);
            assertThat(TcpFlags.isSynAck(e.packet().tcp().flags())).isTrue();
        });
        assertThat(summary.connections().get(0).completed()).isTrue();
    }

    @Test
    void aLinkGoesDownAndComesBackAtTheGivenTimes() {
        Scenario s = TestScenarios.withFaults(TestScenarios.twoHosts(100_000),
                List.of(new LinkDownSpec("client-server", Time.millis(1), Time.millis(300))));
        TraceRecorder recorder = new TraceRecorder();
        RunSummary summary = ScenarioRun.build(s).addSink(recorder).run();
        assertThat(recorder.ofType(NodeEvent.class)).extracting(NodeEvent::kind, NodeEvent::time).containsExactly(
                org.assertj.core.groups.Tuple.tuple(NodeEvent.Kind.LINK_DOWN, Time.millis(1)),
                org.assertj.core.groups.Tuple.tuple(NodeEvent.Kind.LINK_UP, Time.millis(300)));
        assertThat(summary.connections().get(0).completed()).isTrue();
        assertThat(summary.connections().get(0).completionTime()).isGreaterThan(Time.millis(300));
    }

    @Test
    void backendEventsChangeTheBalancersPool() {
        Scenario s = TestScenarios.withEvents(TestScenarios.loadBalanced(), List.of(
                new EventSpec(Time.millis(1), 0, 0, EventAction.REMOVE_BACKEND, "lb", "s2", null),
                new EventSpec(Time.millis(2), 0, 0, EventAction.ADD_BACKEND, "lb", "s2", null)));
        TraceRecorder recorder = new TraceRecorder();
        ScenarioRun.build(s).addSink(recorder).run();
        assertThat(recorder.ofType(RouteChange.class)).extracting(RouteChange::action, RouteChange::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RouteChange.Action.BACKEND_REMOVED, "s2"),
                        org.assertj.core.groups.Tuple.tuple(RouteChange.Action.BACKEND_ADDED, "s2"));
    }

    @Test
    void anInvalidScenarioIsRefusedBeforeAnythingIsBuilt() {
        Scenario s = TestScenarios.withApps(TestScenarios.twoHosts(1), List.of(new BulkSpec("x", "nobody",
                TestScenarios.ip("10.0.0.2"), 80, 0, Protocol.TCP, Direction.DOWNLOAD, 1, 0)));
        assertThatThrownBy(() -> ScenarioRun.build(s)).isInstanceOf(InvalidScenarioException.class)
                .hasMessageStartingWith("applications[0].from: unknown node \"nobody\"");
    }

    @Test
    void aRunRunsOnce() {
        ScenarioRun run = ScenarioRun.build(TestScenarios.twoHosts(1000));
        run.run();
        assertThatThrownBy(run::run).isInstanceOf(IllegalStateException.class);
    }
}
