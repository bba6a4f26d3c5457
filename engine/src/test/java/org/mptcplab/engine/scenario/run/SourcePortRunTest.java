package org.mptcplab.engine.scenario.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.scenario.AddAddrSpec;
import org.mptcplab.engine.scenario.BulkSpec;
import org.mptcplab.engine.scenario.Coupling;
import org.mptcplab.engine.scenario.Direction;
import org.mptcplab.engine.scenario.EndpointFlag;
import org.mptcplab.engine.scenario.EndpointSpec;
import org.mptcplab.engine.scenario.HostSpec;
import org.mptcplab.engine.scenario.MptcpSpec;
import org.mptcplab.engine.scenario.PathManagerKind;
import org.mptcplab.engine.scenario.Protocol;
import org.mptcplab.engine.scenario.RouterSpec;
import org.mptcplab.engine.scenario.RoutingSpec;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.scenario.ScenarioValidator;
import org.mptcplab.engine.scenario.TcpSpec;
import org.mptcplab.engine.scenario.TestScenarios;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.TraceRecorder;
import org.mptcplab.engine.wire.MpCapableSyn;
import org.mptcplab.engine.wire.MpJoinSyn;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpFlags;

/** Bulk transfers whose scenario pins the client's source ports (the initial subflow's and the JOIN's). */
class SourcePortRunTest {

    /** Client with two access links to r1 and a 'subflow' endpoint on the second; the server behind r1. */
    private static Scenario twoPathMptcp(int sourcePort, int joinSourcePort) {
        MptcpSpec client = new MptcpSpec(true, true, PathManagerKind.IN_KERNEL,
                List.of(new EndpointSpec(TestScenarios.ip("198.51.100.1"), 0, Set.of(EndpointFlag.SUBFLOW))), 2, 0,
                AddAddrSpec.DEFAULTS, MptcpSpec.DEFAULT_SCHEDULER, Coupling.LIA, false);
        long rate = 100_000_000;
        return new Scenario(Scenario.SCHEMA_VERSION, "two-paths", "Two paths", "", List.of(), 3, Time.seconds(10),
                List.of(new HostSpec("client", List.of(), TcpSpec.DEFAULTS, client, null), new RouterSpec("r1", null),
                        new HostSpec("server", List.of(), TcpSpec.DEFAULTS, MptcpSpec.enabledDefaults(), null)),
                List.of(TestScenarios.link("client", "192.0.2.1", "r1", "192.0.2.254", rate, Time.millis(5)),
                        TestScenarios.link("client", "198.51.100.1", "r1", "198.51.100.254", rate, Time.millis(5)),
                        TestScenarios.link("r1", "10.0.0.254", "server", "10.0.0.2", rate, Time.millis(1))),
                RoutingSpec.AUTOMATIC,
                List.of(new BulkSpec("get", "client", TestScenarios.ip("10.0.0.2"), 80, 0, Protocol.MPTCP,
                        Direction.DOWNLOAD, 300_000, 0, sourcePort, joinSourcePort)),
                List.of(), List.of());
    }

    private static List<Packet> clientSyns(TraceRecorder recorder) {
        return recorder.ofType(PacketEvent.class).stream()
                .filter(e -> e.node().equals("client") && e.kind() == PacketEvent.Kind.SENT)
                .map(PacketEvent::packet).filter(p -> TcpFlags.isSynOnly(p.tcp().flags())).toList();
    }

    private static boolean has(Packet p, Class<?> option) {
        return p.tcp().options().stream().anyMatch(option::isInstance);
    }

    private static String traceOf(Scenario s) {
        StringWriter out = new StringWriter();
        ScenarioRun.build(s).addSink(new TraceJsonLines(out)).run();
        return out.toString();
    }

    @Test
    void aTcpDownloadLeavesFromTheSourcePortTheScenarioNames() {
        Scenario s = TestScenarios.withApps(TestScenarios.twoHosts(100_000), List.of(new BulkSpec("get", "client",
                TestScenarios.ip("10.0.0.2"), 80, 0, Protocol.TCP, Direction.DOWNLOAD, 100_000, 0, 40_000, 0)));
        TraceRecorder recorder = new TraceRecorder();

        RunSummary summary = ScenarioRun.build(s).addSink(recorder).run();

        assertThat(clientSyns(recorder)).singleElement().satisfies(p -> {
            assertThat(p.tcp().srcPort()).isEqualTo(40_000);
            assertThat(p.tcp().dstPort()).isEqualTo(80);
        });
        assertThat(summary.connections()).singleElement().satisfies(c -> assertThat(c.completed()).isTrue());
    }

    @Test
    void anMptcpDownloadPinsTheInitialSubflowAndTheJoinToTheirPorts() {
        TraceRecorder recorder = new TraceRecorder();

        RunSummary summary = ScenarioRun.build(twoPathMptcp(40_000, 50_123)).addSink(recorder).run();

        List<Packet> syns = clientSyns(recorder);
        assertThat(syns).filteredOn(p -> has(p, MpCapableSyn.class)).singleElement()
                .satisfies(p -> assertThat(p.tcp().srcPort()).isEqualTo(40_000));
        assertThat(syns).filteredOn(p -> has(p, MpJoinSyn.class)).singleElement().satisfies(p -> {
            assertThat(p.tcp().srcPort()).isEqualTo(50_123);
            assertThat(p.src()).isEqualTo(TestScenarios.ip("198.51.100.1"));
        });
        assertThat(summary.connections()).singleElement().satisfies(c -> {
            assertThat(c.completed()).isTrue();
            assertThat(c.subflowsEstablished()).isEqualTo(2);
        });
    }

    @Test
    void onlyThePinnedJoinPortChangesWhenTheInitialPortStaysEphemeral() {
        TraceRecorder ephemeral = new TraceRecorder();
        TraceRecorder pinned = new TraceRecorder();
        ScenarioRun.build(twoPathMptcp(0, 0)).addSink(ephemeral).run();
        ScenarioRun.build(twoPathMptcp(0, 50_123)).addSink(pinned).run();

        int initialPort = clientSyns(ephemeral).get(0).tcp().srcPort();
        assertThat(clientSyns(pinned).get(0).tcp().srcPort()).isEqualTo(initialPort);
        assertThat(clientSyns(ephemeral)).filteredOn(p -> has(p, MpJoinSyn.class)).singleElement()
                .satisfies(p -> assertThat(p.tcp().srcPort()).isNotEqualTo(50_123));
    }

    @Test
    void leavingThePortsAtZeroGivesTheSameTraceAsTheNineArgumentSpec() {
        Scenario twoHosts = TestScenarios.twoHosts(100_000);
        BulkSpec old = (BulkSpec) twoHosts.applications().get(0);
        Scenario explicit = TestScenarios.withApps(twoHosts, List.of(old.withSourcePort(0)));

        assertThat(old.sourcePort()).isZero();
        assertThat(traceOf(explicit)).isEqualTo(traceOf(twoHosts));
    }

    @Test
    void twoTransfersFromOnePinnedPortToOneServerAreRefusedWithTheirPath() {
        Scenario twoHosts = TestScenarios.twoHosts(100_000);
        BulkSpec a = ((BulkSpec) twoHosts.applications().get(0)).withSourcePort(40_000);
        BulkSpec b = new BulkSpec("again", "client", a.to(), a.port(), Time.seconds(1), Protocol.TCP,
                Direction.DOWNLOAD, 1_000, 0, 40_000, 0);

        assertThat(ScenarioValidator.validate(TestScenarios.withApps(twoHosts, List.of(a, b))))
                .anySatisfy(p -> {
                    assertThat(p.path()).isEqualTo("applications[1].sourcePort");
                    assertThat(p.message()).contains("source port 40000").contains("applications[0]");
                });
    }

    @Test
    void theSpecRefusesPortsOutOfRangeAndAJoinPortOverTcp() {
        BulkSpec tcp = (BulkSpec) TestScenarios.twoHosts(1_000).applications().get(0);

        assertThatThrownBy(() -> tcp.withSourcePort(65_536)).hasMessageContaining("1..65535");
        assertThatThrownBy(() -> tcp.withSourcePort(-1)).hasMessageContaining("1..65535");
        assertThatThrownBy(() -> tcp.withJoinSourcePort(40_000)).hasMessageContaining("mptcp");
    }
}
