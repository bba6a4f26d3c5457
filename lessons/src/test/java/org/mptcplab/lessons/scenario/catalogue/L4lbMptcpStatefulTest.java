package org.mptcplab.lessons.scenario.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.engine.trace.NodeEvent;

/** Catalogue {@code l4lb-mptcp-stateful}: an MPTCP-aware balancer routes the JOIN by token. */
class L4lbMptcpStatefulTest {
    @TempDir
    static Path pcaps;
    private static CatalogueRun run;

    @BeforeAll
    static void runOnce() throws Exception {
        run = CatalogueRun.run("l4lb-mptcp-stateful", e -> true, pcaps);
    }

    @Test
    void theJoinReachesTheRightServerThroughTheBalancerWithoutRst() {
        JoinThroughBalancer.assertJoinReachesTheRightServer(run);
    }

    @Test
    void theBalancersTokenTableSizeIsInTheTrace() {
        List<String> notes = run.events(NodeEvent.class).stream()
                .filter(e -> e.node().equals("lb") && e.kind() == NodeEvent.Kind.NOTE).map(NodeEvent::detail).toList();
        assertThat(notes).anySatisfy(n -> assertThat(n).contains("token table 1 entries"));
        assertThat(notes).anySatisfy(n -> assertThat(n).contains("MP_JOIN token"));
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
