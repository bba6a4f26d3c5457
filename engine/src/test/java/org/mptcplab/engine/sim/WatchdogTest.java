package org.mptcplab.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class WatchdogTest {

    /** An action that re-arms itself with zero delay: the clock never moves. */
    private static void spinForever(Simulator sim) {
        sim.schedule(0, () -> spinForever(sim));
    }

    @Test
    void aZeroDelayLoopIsAbortedAsALivelockAtTheTimeItStarted() {
        Simulator sim = new Simulator(1);
        sim.setWatchdog(new Watchdog(1000, Time.MILLISECOND, Long.MAX_VALUE));
        sim.scheduleAt(Time.seconds(2), () -> spinForever(sim));

        SimulationAbortedException e = catchThrowableOfType(() -> sim.runUntil(Time.seconds(10)),
                SimulationAbortedException.class);

        assertThat(e.outcome().reason()).startsWith("livelock");
        assertThat(e.outcome().time()).isEqualTo(Time.seconds(2));
        assertThat(e.outcome().executed()).isEqualTo(1000);
        assertThat(e.outcome().pending()).isEqualTo(1);
        assertThat(e.getMessage()).contains("run aborted at").contains("livelock");
        assertThat(sim.aborted()).isEqualTo(e.outcome());
    }

    @Test
    void theDefaultWatchdogStopsALivelockInsteadOfHanging() {
        Simulator sim = new Simulator(1);
        spinForever(sim);

        assertThatThrownBy(() -> sim.run(Long.MAX_VALUE)).isInstanceOf(SimulationAbortedException.class)
                .hasMessageContaining("livelock");
        assertThat(sim.executedEvents()).isEqualTo(Watchdog.DEFAULT.maxEventsPerWindow());
    }

    @Test
    void anAbortedSimulatorRefusesEveryLaterStep() {
        Simulator sim = new Simulator(1);
        sim.setWatchdog(new Watchdog(10, Time.MILLISECOND, Long.MAX_VALUE));
        spinForever(sim);
        assertThatThrownBy(() -> sim.run(Long.MAX_VALUE)).isInstanceOf(SimulationAbortedException.class);
        long executed = sim.executedEvents();

        assertThatThrownBy(sim::step).isInstanceOf(SimulationAbortedException.class);
        assertThat(sim.executedEvents()).isEqualTo(executed);
    }

    @Test
    void busyButAdvancingRunsNeverTripTheLivelockLimit() {
        Simulator sim = new Simulator(1);
        sim.setWatchdog(new Watchdog(100, Time.MILLISECOND, Long.MAX_VALUE));
        // 99 events per millisecond for a simulated second: heavy, but the clock moves.
        for (int ms = 0; ms < 1000; ms++) {
            for (int k = 0; k < 99; k++) {
                sim.scheduleAt(Time.millis(ms) + k, () -> { });
            }
        }

        long ran = sim.runUntil(Time.seconds(1));

        assertThat(ran).isEqualTo(99_000);
        assertThat(sim.aborted()).isNull();
    }

    @Test
    void theEventBudgetAbortsARunThatIsOtherwiseFine() {
        Simulator sim = new Simulator(1);
        sim.setWatchdog(Watchdog.withBudget(500));
        for (int i = 0; i < 1000; i++) {
            sim.scheduleAt(Time.millis(i), () -> { });
        }

        SimulationAbortedException e = catchThrowableOfType(() -> sim.run(Long.MAX_VALUE),
                SimulationAbortedException.class);

        assertThat(e.outcome().reason()).contains("budget of 500 events");
        assertThat(e.outcome().executed()).isEqualTo(500);
        assertThat(e.outcome().pending()).isEqualTo(500);
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> new Watchdog(0, 1, 1)).hasMessageContaining("positive");
        assertThatThrownBy(() -> new Watchdog(1, 0, 1)).hasMessageContaining("positive");
        assertThatThrownBy(() -> Watchdog.withBudget(0)).hasMessageContaining("positive");
    }
}
