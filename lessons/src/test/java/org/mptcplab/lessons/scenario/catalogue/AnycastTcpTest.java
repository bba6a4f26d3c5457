package org.mptcplab.lessons.scenario.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.trace.AppEvent;
import org.mptcplab.engine.trace.PacketEvent;

/** Catalogue {@code anycast-tcp}: TCP connections are reset when s1 leaves the ECMP group and when it comes back. */
class AnycastTcpTest {
    @TempDir
    static Path pcaps;
    private static CatalogueRun run;

    @BeforeAll
    static void runOnce() throws Exception {
        run = CatalogueRun.run("anycast-tcp", AnycastChanges::keep, pcaps);
    }

    @Test
    void theGroupLosesS1AtFiveSecondsAndRegainsItAtTen() {
        AnycastChanges.assertMaintenanceHappened(run);
    }

    @Test
    void serversSendRstsAtTheWithdrawalAndAtTheReannouncement() {
        assertThat(AnycastChanges.serverRsts(run, 0, Time.seconds(5))).isZero();
        assertThat(AnycastChanges.serverRsts(run, Time.seconds(5), Time.millis(100))).isPositive();
        assertThat(AnycastChanges.serverRsts(run, Time.seconds(10), Time.millis(100))).isPositive();
    }

    @Test
    void clientsSeeTheirConnectionsResetAndReconnect() {
        List<AppEvent> resets = run.events(AppEvent.class).stream()
                .filter(e -> e.node().equals("client") && e.kind() == AppEvent.Kind.RESET).toList();
        assertThat(resets).anyMatch(e -> e.time() >= Time.seconds(5) && e.time() < Time.seconds(6));
        assertThat(resets).anyMatch(e -> e.time() >= Time.seconds(10) && e.time() < Time.seconds(11));
        assertThat(run.summary.totalRstReceived()).isPositive();
        assertThat(run.summary.connections()).anySatisfy(c -> assertThat(c.connections()).isGreaterThan(1));
        assertThat(run.events(PacketEvent.class)).allMatch(Packets::isRst);
    }

    @Test
    void capturesDissectCleanly() throws Exception {
        PcapChecks.assertDissectClean(pcaps, List.of("client", "s1", "s2", "s3"));
    }

    @Test
    void theSameSeedGivesTheSameTrace() {
        assertThat(CatalogueRun.traceDigest(run.scenario, run.scenario.seed())).isEqualTo(run.traceDigest);
    }
}
