package org.mptcplab.lessons.scenario.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.engine.lb.LoadBalancer;
import org.mptcplab.engine.scenario.LbMode;
import org.mptcplab.engine.scenario.LoadBalancerSpec;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.lessons.scenario.ScenarioLoader;

/**
 * A scenario file (not in the catalogue, whose ids are fixed) with a balancer in mode
 * {@code serverIdToken}: the JOIN to the VIP reaches its server by the server id in its token.
 */
class ServerIdTokenScenarioFileTest {
    private static final String FILE = "/org/mptcplab/lessons/scenario/valid/l4lb-mptcp-server-id.json";

    @TempDir
    static Path pcaps;
    private static CatalogueRun run;

    @BeforeAll
    static void runOnce() throws Exception {
        Scenario s = load();
        run = CatalogueRun.run(s, s.seed(), e -> true, pcaps);
    }

    private static Scenario load() throws Exception {
        try (InputStream in = ServerIdTokenScenarioFileTest.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IOException("missing test resource " + FILE);
            }
            return ScenarioLoader.parse("l4lb-mptcp-server-id.json", in.readAllBytes());
        }
    }

    @Test
    void theFileDeclaresAServerIdTokenBalancerWithTwoIdBits() {
        LoadBalancerSpec lb = (LoadBalancerSpec) run.scenario.node("lb").orElseThrow();
        assertThat(lb.mode()).isEqualTo(LbMode.SERVER_ID_TOKEN);
        assertThat(lb.serverIdBits()).isEqualTo(2);
    }

    @Test
    void theJoinReachesTheRightServerThroughTheBalancerWithoutRst() {
        JoinThroughBalancer.assertJoinReachesTheRightServer(run);
    }

    @Test
    void theJoinIsDecidedByTheServerIdInItsTokenWhereHashingWouldHaveMissed() {
        FiveTuple join = FiveTuple.of(Packets.joinSyn(run).packet());
        String server = Packets.decisionsFor(run, FiveTuple.of(Packets.initialSyn(run).packet())).get(0).chosen();
        LoadBalancer lb = run.run.loadBalancer("lb");
        HashDecision byId = Packets.decisionsFor(run, join).get(0);

        assertThat(byId.function()).isEqualTo("server-id");
        assertThat(byId.candidates()).containsExactly("s1", "s2", "s3");
        assertThat(byId.slot()).isEqualTo(lb.serverId(server));
        assertThat(Integer.parseUnsignedInt(byId.input(), 16) >>> 30).isEqualTo(lb.serverId(server));
        assertThat(lb.selector().select(lb.hashing().hash(join)).backend())
                .as("seed 1: plain hashing would send the JOIN elsewhere").isNotEqualTo(server);
    }

    @Test
    void capturesDissectCleanlyAndTheJoinSitsInItsConnectionsStream() throws Exception {
        PcapChecks.assertDissectClean(pcaps, List.of("client", "lb", "s1", "s2", "s3"));
        assertThat(PcapChecks.assertJoinsInInitialStream(pcaps.resolve("client.pcap"))).isEqualTo(1);
    }

    @Test
    void theSameSeedGivesTheSameTrace() {
        assertThat(CatalogueRun.traceDigest(run.scenario, run.scenario.seed())).isEqualTo(run.traceDigest);
    }
}
