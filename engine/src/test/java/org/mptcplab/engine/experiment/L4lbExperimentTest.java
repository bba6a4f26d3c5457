package org.mptcplab.engine.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.sim.Time;

/** The L4LB claims on a small sweep (3 seeds): TCP falls with LB-path loss, MPTCP with the fix does not. */
class L4lbExperimentTest {
    private static final L4lbExperiment QUICK = L4lbExperiment.quick(3);
    private static final L4lbSummary SUMMARY = new L4lbSummary(QUICK,
            new ParallelRunner(2).run(QUICK.tasks().stream()
                    .filter(t -> t.point().variant() != L4lbVariant.MPTCP_NO_FIX).toList(), null));

    @Test
    void tcpFallsWithLossOnTheLoadBalancerPath() {
        List<L4lbPoint> sweep = SUMMARY.lossSweep(L4lbVariant.TCP);
        double clean = SUMMARY.transferMbps(sweep.get(0)).mean();
        double lossy = SUMMARY.transferMbps(sweep.get(sweep.size() - 1)).mean();
        assertThat(lossy).isLessThan(clean / 10);
    }

    @Test
    void mptcpWithTheFixIsFlatAcrossTheLossSweep() {
        assertThat(SUMMARY.spread(SUMMARY.lossSweep(L4lbVariant.MPTCP_FIX))).isLessThan(0.10);
    }

    @Test
    void atTheOperatingPointTcpIsNearSixteenAndMptcpNearEightHundredThree() {
        double tcp = SUMMARY.transferMbps(QUICK.operatingPoint(L4lbVariant.TCP)).mean();
        double mptcp = SUMMARY.transferMbps(QUICK.operatingPoint(L4lbVariant.MPTCP_FIX)).mean();
        assertThat(tcp).isBetween(0.75 * PaperNumbers.L4LB_TCP_MBPS, 1.25 * PaperNumbers.L4LB_TCP_MBPS);
        assertThat(mptcp).isBetween(0.9 * PaperNumbers.L4LB_MPTCP_MBPS, 1.1 * PaperNumbers.L4LB_MPTCP_MBPS);
    }

    @Test
    void latencyOnTheLoadBalancerPathDelaysOnlyMptcpsEstablishment() {
        List<L4lbPoint> sweep = SUMMARY.latencySweep(L4lbVariant.MPTCP_FIX);
        L4lbPoint none = sweep.get(0);
        L4lbPoint most = sweep.get(sweep.size() - 1);
        double added = (most.addedLatencyNanos() - none.addedLatencyNanos()) / 1e6;
        assertThat(SUMMARY.establishmentMs(most).mean() - SUMMARY.establishmentMs(none).mean())
                .isGreaterThanOrEqualTo(added);
        assertThat(SUMMARY.spread(sweep)).isLessThan(0.10);
    }

    @Test
    void theFixMovesTheDataOffTheBalancerWhileTcpSendsEverythingThroughIt() {
        L4lbResult tcp = L4lbExperiment.run(QUICK.setup(), new L4lbPoint(L4lbVariant.TCP, 0, 0), 1);
        L4lbResult fix = L4lbExperiment.run(QUICK.setup(), new L4lbPoint(L4lbVariant.MPTCP_FIX, 0, 0), 1);
        long segments = QUICK.setup().sizeBytes() / 1448;
        assertThat(tcp.lbDataPackets()).isGreaterThanOrEqualTo(segments);
        assertThat(fix.lbDataPackets()).isLessThan(segments / 20);
        assertThat(fix.joins()).isEqualTo(1);
        assertThat(fix.completed()).isTrue();
    }

    @Test
    void withoutTheFixAJoinHashedToAnotherBackendIsRefused() {
        long refused = 0;
        for (int seed = 1; seed <= 6; seed++) {
            L4lbResult r = L4lbExperiment.run(QUICK.setup(), new L4lbPoint(L4lbVariant.MPTCP_NO_FIX, 0, 0), seed);
            refused += r.resets();
            assertThat(r.joins() + r.resets()).as("the join either lands on the right server or is reset").isEqualTo(1);
        }
        assertThat(refused).isPositive();
    }

    @Test
    void aRunIsAPureFunctionOfPointAndSeed() {
        L4lbPoint p = new L4lbPoint(L4lbVariant.TCP, 0.01, Time.millis(10));
        assertThat(L4lbExperiment.run(QUICK.setup(), p, 7)).isEqualTo(L4lbExperiment.run(QUICK.setup(), p, 7));
    }
}
