package org.mptcplab.lessons.scenario.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.engine.scenario.run.ConnectionSummary;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.wire.FiveTuple;

/**
 * Catalogue {@code paper-l4lb}, the single-run form of the load-balancer experiment: at its operating
 * point TCP through the lossy balancer path is near the talk's 16 Mbit/s, and MPTCP with the fix moves
 * its data off that path.
 */
class PaperL4lbTest {
    @TempDir
    static Path pcaps;
    private static CatalogueRun run;

    @BeforeAll
    static void runOnce() throws Exception {
        run = CatalogueRun.run("paper-l4lb", e -> e instanceof PacketEvent p && p.node().equals("lb")
                || !(e instanceof PacketEvent), pcaps);
    }

    private static ConnectionSummary row(String app) {
        return run.summary.connections().stream().filter(c -> c.app().equals(app)).findFirst().orElseThrow();
    }

    @Test
    void tcpThroughTheLossyBalancerPathIsNearSixteenMegabits() {
        assertThat(row("tcp").completed()).isTrue();
        assertThat(row("tcp").goodputMbps()).isBetween(12.0, 20.0);
    }

    @Test
    void mptcpWithTheFixIsFarFasterAndKeepsItsDataOffTheBalancer() {
        ConnectionSummary mptcp = row("mptcp");
        assertThat(mptcp.completed()).isTrue();
        assertThat(mptcp.subflowsEstablished()).isEqualTo(2);
        assertThat(mptcp.goodputMbps()).isGreaterThan(5 * row("tcp").goodputMbps());
        long mptcpBytesViaLb = run.events(PacketEvent.class).stream()
                .filter(e -> e.kind() == PacketEvent.Kind.FORWARDED && FiveTuple.of(e.packet()).dstPort() == 81)
                .mapToLong(e -> e.packet().payloadLength()).sum();
        assertThat(mptcpBytesViaLb).isLessThan(10_000_000L / 10);
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
