package org.mptcplab.engine.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.sim.Time;

/**
 * The anycast claims on a shortened run (a withdrawal at 2 s, the re-add at 4 s, 6 s in all, 9 clients):
 * TCP shows RST spikes at both changes and loses a server's worth of throughput meanwhile; MPTCP with
 * the fix keeps its level and sends no RST.
 */
class AnycastExperimentTest {
    private static final AnycastSetup SHORT = new AnycastSetup(9, Time.seconds(6), Time.millis(100), Time.seconds(2),
            Time.seconds(10), Time.seconds(2), Time.millis(50), Time.millis(100), Time.millis(100), 10_000_000_000L,
            1_000_000_000L, Time.micros(250), Time.micros(250), 1000, AnycastSetup.defaults().tcp());
    private static final List<AnycastResult> RUNS = new ParallelRunner(2).run(
            new AnycastExperiment(SHORT, 1).tasks(), null);

    @Test
    void tcpResetsSpikeAtTheWithdrawalAndAtTheReadd() {
        AnycastSummary tcp = new AnycastSummary(RUNS.get(0));
        assertThat(tcp.run().variant()).isEqualTo(AnycastVariant.TCP);
        assertThat(tcp.resetsAfterWithdrawals()).singleElement().satisfies(n -> assertThat(n).isPositive());
        assertThat(tcp.resetsAfterReadds()).singleElement().satisfies(n -> assertThat(n).isPositive());
        assertThat(tcp.run().resets()[5]).as("no RST before any change").isZero();
    }

    @Test
    void tcpLosesAboutOneServerOfThroughputWhileAServerIsWithdrawn() {
        AnycastSummary tcp = new AnycastSummary(RUNS.get(0));
        assertThat(tcp.twoServerMbps() / tcp.threeServerMbps()).isBetween(0.6, 0.72);
        assertThat(tcp.threeServerMbps()).isBetween(2500.0, 3000.0);
    }

    @Test
    void mptcpWithTheFixKeepsItsLevelAndSendsNoReset() {
        AnycastSummary mptcp = new AnycastSummary(RUNS.get(1));
        assertThat(mptcp.run().variant()).isEqualTo(AnycastVariant.MPTCP_FIX);
        assertThat(mptcp.run().totalResets()).isZero();
        assertThat(mptcp.minSecondRatio()).isGreaterThanOrEqualTo(0.95);
        assertThat(mptcp.run().connections()).isEqualTo(SHORT.clients());
    }

    @Test
    void everyClientStreamArrivesIntact() {
        assertThat(RUNS).allSatisfy(r -> assertThat(r.intact()).isTrue());
    }

    @Test
    void theScheduleTakesServersInTurn() {
        assertThat(AnycastSetup.defaults().schedule()).startsWith(new RouteEvent(Time.seconds(10), "s1", true),
                new RouteEvent(Time.seconds(15), "s1", false), new RouteEvent(Time.seconds(20), "s2", true));
    }
}
