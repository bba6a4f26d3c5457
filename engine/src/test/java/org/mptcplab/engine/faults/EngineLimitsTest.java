package org.mptcplab.engine.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.mptcplab.engine.scenario.InvalidScenarioException;
import org.mptcplab.engine.scenario.LinkParams;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.scenario.run.ScenarioRun;
import org.mptcplab.engine.sim.SimulationAbortedException;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.sim.Watchdog;

/** The edges of the fault space: dead lines, endless delays, and runs the watchdog must stop. */
class EngineLimitsTest {

    @Test
    void aZeroRateLinkIsRejectedWhenTheScenarioIsBuiltNotWhenAPacketCrossesIt() {
        Scenario base = FaultNetworks.l4lb(Workload.TCP, Traffic.BULK, 1);
        Scenario zero = Scenarios.withLink(base, FaultNetworks.R1_LB,
                p -> new LinkParams(0, p.delay(), p.loss(), p.queuePackets(), p.queueBytes(), p.framing()));

        assertThatThrownBy(() -> ScenarioRun.build(zero)).isInstanceOf(InvalidScenarioException.class)
                .hasMessageContaining("rate");
    }

    @Test
    void aStalledLineMakesTheHandshakeTimeOutWithAReasonWithoutSpinning() {
        Scenario base = FaultNetworks.l4lb(Workload.MPTCP_FIXED, Traffic.BULK, 1);
        FaultRun run = FaultRun.of(base, Faults.stalledForward(Topo.L4LB).apply().apply(base), 1);

        assertThat(run.verdict().kind()).isEqualTo(Verdict.Kind.FAILED);
        assertThat(run.verdict().reason()).isEqualTo("SYN: 6 retransmissions without answer");
        // The queued SYNs still creep over the line (480 s each) and are answered, so the run lasts its
        // full length, but in about a hundred events: nothing spins.
        assertThat(run.events()).isLessThan(200);
        assertThat(run.endTime()).isEqualTo(FaultNetworks.DURATION);
    }

    @Test
    void anHourOfDelayDeliversTheSynLongAfterTheClientGaveUpAndTheRunStillEnds() {
        Scenario base = FaultNetworks.anycast(Workload.TCP, Traffic.REQUEST_RESPONSE, 1);
        FaultRun run = FaultRun.of(base, Faults.hugeDelayLongRun().apply().apply(base), 1);

        assertThat(run.verdict().kind()).isEqualTo(Verdict.Kind.FAILED);
        assertThat(run.endTime()).isGreaterThan(Time.seconds(3600)).isLessThan(Time.seconds(8 * 3600));
        assertThat(run.events()).isLessThan(500);
    }

    @Test
    void aScenarioRunOverItsEventBudgetAbortsWithATypedOutcome() {
        ScenarioRun run = ScenarioRun.build(FaultNetworks.l4lb(Workload.MPTCP_PLAIN, Traffic.BULK, 1));
        run.simulator().setWatchdog(Watchdog.withBudget(2_000));

        SimulationAbortedException e = catchThrowableOfType(run::run, SimulationAbortedException.class);

        assertThat(e.outcome().reason()).contains("budget");
        assertThat(e.outcome().executed()).isEqualTo(2_000);
        assertThat(e.outcome().time()).isPositive().isLessThan(Time.seconds(1));
        assertThat(run.simulator().aborted()).isEqualTo(e.outcome());
    }

    @Test
    void theDefaultWatchdogLeavesALegitimateRunAlone() {
        ScenarioRun run = ScenarioRun.build(FaultNetworks.anycast(Workload.MPTCP_FIXED, Traffic.BULK, 1));

        assertThat(run.run().completedCount()).isEqualTo(1);
        assertThat(run.simulator().aborted()).isNull();
        assertThat(run.simulator().watchdog()).isEqualTo(Watchdog.DEFAULT);
    }
}
