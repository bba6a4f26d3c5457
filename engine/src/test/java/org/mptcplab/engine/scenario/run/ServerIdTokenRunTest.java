package org.mptcplab.engine.scenario.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mptcplab.engine.scenario.TestScenarios.VIP;
import static org.mptcplab.engine.scenario.TestScenarios.ip;
import static org.mptcplab.engine.scenario.TestScenarios.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.lb.LoadBalancer;
import org.mptcplab.engine.scenario.AddAddrSpec;
import org.mptcplab.engine.scenario.BackendSpec;
import org.mptcplab.engine.scenario.BulkSpec;
import org.mptcplab.engine.scenario.Coupling;
import org.mptcplab.engine.scenario.Direction;
import org.mptcplab.engine.scenario.EndpointFlag;
import org.mptcplab.engine.scenario.EndpointSpec;
import org.mptcplab.engine.scenario.Forwarding;
import org.mptcplab.engine.scenario.HashFields;
import org.mptcplab.engine.scenario.HostSpec;
import org.mptcplab.engine.scenario.LbMode;
import org.mptcplab.engine.scenario.LinkSpec;
import org.mptcplab.engine.scenario.LoadBalancerSpec;
import org.mptcplab.engine.scenario.MptcpSpec;
import org.mptcplab.engine.scenario.NodeSpec;
import org.mptcplab.engine.scenario.PathManagerKind;
import org.mptcplab.engine.scenario.Protocol;
import org.mptcplab.engine.scenario.RouterSpec;
import org.mptcplab.engine.scenario.RoutingSpec;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.scenario.SelectorMethod;
import org.mptcplab.engine.scenario.TcpSpec;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.trace.SubflowEvent;
import org.mptcplab.engine.trace.TraceRecorder;

/**
 * The "token carries a server id" balancer end to end: the servers allow joins to the VIP (no C flag)
 * and announce nothing, so the client's second subflow is an MP_JOIN to the VIP from another address,
 * and only the server id in the token's top bits can bring it to the right server.
 */
class ServerIdTokenRunTest {
    private static final List<String> SERVERS = List.of("s1", "s2", "s3");
    private static final long[] SEEDS = LongStream.rangeClosed(1, 6).toArray();

    @Test
    void everyJoinReachesItsServerByTheTokensServerIdWithoutRstAcrossSeeds() {
        List<Boolean> hashWouldMiss = new ArrayList<>();
        for (long seed : SEEDS) {
            Run r = run(LbMode.SERVER_ID_TOKEN, seed);
            LoadBalancer lb = r.run.loadBalancer("lb");
            List<HashDecision> decisions = r.recorder.ofType(HashDecision.class);
            String initial = decisions.get(0).chosen();
            HashDecision join = decisions.stream().filter(d -> d.function().equals("server-id")).findFirst()
                    .orElseThrow(() -> new AssertionError("seed " + seed + ": no JOIN decided by server id"));
            int token = Integer.parseUnsignedInt(join.input(), 16);

            assertThat(join.tuple().dst()).as("seed %d", seed).isEqualTo(VIP);
            assertThat(join.chosen()).as("seed %d", seed).isEqualTo(initial);
            assertThat(token >>> 30).as("seed %d: top 2 token bits", seed).isEqualTo(lb.serverId(initial));
            assertThat(r.recorder.ofType(SubflowEvent.class)).as("seed %d", seed)
                    .noneMatch(e -> e.action() == SubflowEvent.Action.REFUSED)
                    .filteredOn(e -> e.node().equals("client") && e.action() == SubflowEvent.Action.ESTABLISHED)
                    .hasSize(2);
            assertThat(r.summary.rstSentAll()).as("seed %d", seed).isZero();
            assertThat(r.summary.connections()).singleElement().satisfies(c -> {
                assertThat(c.completed()).isTrue();
                assertThat(c.subflowsEstablished()).isEqualTo(2);
                assertThat(c.subflowsRefused()).isZero();
            });
            hashWouldMiss.add(!lb.selector().select(lb.hashing().hash(join.tuple())).backend().equals(initial));
        }
        assertThat(hashWouldMiss).as("some JOIN that plain hashing would have sent elsewhere").contains(true);
    }

    @Test
    void theSameNetworkWithAPlainBalancerRefusesSomeJoin() {
        long refused = LongStream.of(SEEDS).filter(seed -> {
            Run r = run(LbMode.PLAIN, seed);
            return r.summary.rstSentAll() > 0 && r.summary.totalSubflowsRefused() > 0;
        }).count();
        assertThat(refused).isPositive();
    }

    @Test
    void serversDrawTheirKeysForTheirIdAndClientsDrawPlainRandomKeys() {
        Run r = run(LbMode.SERVER_ID_TOKEN, 3);
        for (String s : SERVERS) {
            assertThat(r.run.mptcp(s).orElseThrow().config().keyPolicy()).hasToString(
                    "server id " + SERVERS.indexOf(s) + " in the top 2 token bits");
        }
        assertThat(r.run.mptcp("client").orElseThrow().config().keyPolicy()).hasToString("random");
    }

    @Test
    void theSameSeedGivesTheSameTrace() {
        assertThat(run(LbMode.SERVER_ID_TOKEN, 4).recorder.events())
                .isEqualTo(run(LbMode.SERVER_ID_TOKEN, 4).recorder.events());
    }

    private record Run(ScenarioRun run, TraceRecorder recorder, RunSummary summary) {
    }

    private static Run run(LbMode mode, long seed) {
        TraceRecorder recorder = new TraceRecorder();
        ScenarioRun run = ScenarioRun.build(scenario(mode), seed).addSink(recorder);
        return new Run(run, recorder, run.run());
    }

    /** client (two access links, a 'subflow' endpoint on the second) - r1 - lb (DSR, Maglev 13) - s1..s3. */
    private static Scenario scenario(LbMode mode) {
        MptcpSpec serverMptcp = new MptcpSpec(true, true, PathManagerKind.IN_KERNEL, List.of(), 2, 0,
                AddAddrSpec.DEFAULTS, MptcpSpec.DEFAULT_SCHEDULER, Coupling.LIA, false);
        MptcpSpec clientMptcp = new MptcpSpec(true, true, PathManagerKind.IN_KERNEL,
                List.of(new EndpointSpec(ip("198.51.100.1"), 0, Set.of(EndpointFlag.SUBFLOW))), 2, 0,
                AddAddrSpec.DEFAULTS, MptcpSpec.DEFAULT_SCHEDULER, Coupling.LIA, false);
        List<BackendSpec> backends = new ArrayList<>();
        List<NodeSpec> nodes = new ArrayList<>(List.of(
                new HostSpec("client", List.of(), TcpSpec.DEFAULTS, clientMptcp, null), new RouterSpec("r1", null)));
        long g = 1_000_000_000L;
        List<LinkSpec> links = new ArrayList<>(List.of(
                link("client", "192.0.2.1", "r1", "192.0.2.254", g, Time.millis(5)),
                link("client", "198.51.100.1", "r1", "198.51.100.254", g, Time.millis(5)),
                link("r1", "10.255.0.1", "lb", "10.255.0.2", 10 * g, Time.millis(1))));
        for (int i = 0; i < SERVERS.size(); i++) {
            String s = SERVERS.get(i);
            String unique = "10.0.0." + (i + 1);
            backends.add(new BackendSpec(s, ip(unique), 0));
            nodes.add(new HostSpec(s, List.of(VIP), TcpSpec.DEFAULTS, serverMptcp, null));
            links.add(link("lb", null, s, null, g, Time.micros(100)));
            links.add(link(s, unique, "r1", "10.0." + i + ".254", g, Time.millis(1)));
        }
        nodes.add(2, new LoadBalancerSpec("lb", VIP, Forwarding.DSR, "crc32", HashFields.L4, SelectorMethod.MAGLEV, 13,
                0, mode, backends, 1024, 2));
        return new Scenario(Scenario.SCHEMA_VERSION, "server-id-token", "Token carries a server id", "", List.of(), 1,
                Time.seconds(10), nodes, links, RoutingSpec.AUTOMATIC,
                List.of(new BulkSpec("get", "client", VIP, 80, 0, Protocol.MPTCP, Direction.DOWNLOAD, 1_000_000, 0)),
                List.of(), List.of());
    }
}
