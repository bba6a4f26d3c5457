package org.mptcplab.lessons.scenario.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.trace.PacketEvent;

/** Catalogue {@code anycast-mptcp-fixed}: with the fix, the same group changes cause no RST and no throughput drop. */
class AnycastMptcpFixedTest {
    @TempDir
    static Path pcaps;
    private static final ThroughputBins BINS = new ThroughputBins("client", Time.millis(500), 24);
    private static CatalogueRun run;

    @BeforeAll
    static void runOnce() throws Exception {
        run = CatalogueRun.run("anycast-mptcp-fixed", AnycastChanges::keep, pcaps, BINS);
    }

    @Test
    void theGroupLosesS1AtFiveSecondsAndRegainsItAtTen() {
        AnycastChanges.assertMaintenanceHappened(run);
    }

    @Test
    void noHostSendsAResetAndNoClientReconnects() {
        assertThat(run.events(PacketEvent.class)).isEmpty();
        assertThat(run.summary.rstSentAll()).isZero();
        assertThat(run.summary.connections()).hasSize(12).allSatisfy(c -> {
            assertThat(c.connections()).isEqualTo(1);
            assertThat(c.subflowsEstablished()).isEqualTo(2);
        });
    }

    @Test
    void throughputDoesNotDropAroundEitherChange() {
        long before = BINS.bytes(9);
        assertThat(BINS.bytes(10)).isGreaterThan(before * 9 / 10);
        assertThat(BINS.bytes(20)).isGreaterThan(before * 9 / 10);
    }

    @Test
    void capturesDissectCleanlyAndEveryJoinSitsInItsConnectionsStream() throws Exception {
        PcapChecks.assertDissectClean(pcaps, List.of("client", "s1", "s2", "s3"));
        assertThat(PcapChecks.assertJoinsInInitialStream(pcaps.resolve("client.pcap"))).isEqualTo(12);
    }

    @Test
    void theSameSeedGivesTheSameTrace() {
        assertThat(CatalogueRun.traceDigest(run.scenario, run.scenario.seed())).isEqualTo(run.traceDigest);
    }
}
