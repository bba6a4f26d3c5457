package org.mptcplab.lessons.scenario.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.wire.FiveTuple;

/** Catalogue {@code l4lb-mptcp-beamer}: the server names itself by port; the mux routes the JOIN by that port. */
class L4lbMptcpBeamerTest {
    @TempDir
    static Path pcaps;
    private static CatalogueRun run;

    @BeforeAll
    static void runOnce() throws Exception {
        run = CatalogueRun.run("l4lb-mptcp-beamer", e -> true, pcaps);
    }

    @Test
    void theJoinReachesTheRightServerThroughTheBalancerWithoutRst() {
        JoinThroughBalancer.assertJoinReachesTheRightServer(run);
    }

    @Test
    void theMuxStateIsInTheTraceAsThePortMapOfEachDecision() {
        FiveTuple join = FiveTuple.of(Packets.joinSyn(run).packet());
        String server = Packets.decisionsFor(run, FiveTuple.of(Packets.initialSyn(run).packet())).get(0).chosen();
        List<HashDecision> byPort = Packets.decisionsFor(run, join);
        assertThat(join.dstPort()).isEqualTo(1023 + Integer.parseInt(server.substring(1)));
        assertThat(byPort).allSatisfy(d -> {
            assertThat(d.function()).isEqualTo("port-map");
            assertThat(d.candidates()).containsExactly("s1", "s2", "s3");
            assertThat(d.hash()).isEqualTo(join.dstPort());
        });
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
