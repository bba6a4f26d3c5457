package org.mptcplab.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatorTest {

    @Test
    void simultaneousEventsRunInTheOrderTheyWereScheduled() {
        Simulator sim = new Simulator(1);
        List<String> log = new ArrayList<>();
        sim.scheduleAt(100, () -> log.add("a"));
        sim.scheduleAt(50, () -> log.add("early"));
        sim.scheduleAt(100, () -> log.add("b"));
        sim.scheduleAt(100, () -> log.add("c"));

        sim.run(Long.MAX_VALUE);

        assertThat(log).containsExactly("early", "a", "b", "c");
        assertThat(sim.now()).isEqualTo(100);
    }

    @Test
    void anActionScheduledForNowRunsAfterThoseAlreadyDueNow() {
        Simulator sim = new Simulator(1);
        List<String> log = new ArrayList<>();
        sim.scheduleAt(10, () -> {
            log.add("first");
            sim.schedule(0, () -> log.add("spawned"));
        });
        sim.scheduleAt(10, () -> log.add("second"));

        sim.run(Long.MAX_VALUE);

        assertThat(log).containsExactly("first", "second", "spawned");
    }

    @Test
    void aCancelledTimerNeverRuns() {
        Simulator sim = new Simulator(1);
        List<String> log = new ArrayList<>();
        Timer t = sim.scheduleAt(10, () -> log.add("cancelled"));
        sim.scheduleAt(20, () -> log.add("kept"));

        t.cancel();
        t.cancel();

        assertThat(t.isScheduled()).isFalse();
        assertThat(sim.pendingEvents()).isEqualTo(1);
        sim.run(Long.MAX_VALUE);
        assertThat(log).containsExactly("kept");
    }

    @Test
    void rearmingATimerMovesItWithoutDuplicating() {
        Simulator sim = new Simulator(1);
        List<Long> fired = new ArrayList<>();
        Timer t = sim.newTimer(() -> fired.add(sim.now()));
        t.rescheduleAt(100);
        t.rescheduleAt(30);
        t.rescheduleAt(70);

        sim.run(Long.MAX_VALUE);

        assertThat(fired).containsExactly(70L);
        assertThat(t.time()).isEqualTo(Time.NEVER);
    }

    @Test
    void runUntilIncludesEventsExactlyAtTheBoundaryAndStopsTheClockThere() {
        Simulator sim = new Simulator(1);
        List<Long> fired = new ArrayList<>();
        for (long at : new long[] {5, 10, 11}) {
            sim.scheduleAt(at, () -> fired.add(sim.now()));
        }

        long ran = sim.runUntil(10);

        assertThat(ran).isEqualTo(2);
        assertThat(fired).containsExactly(5L, 10L);
        assertThat(sim.now()).isEqualTo(10);
        assertThat(sim.peek()).isEqualTo(11);
    }

    @Test
    void runUntilAdvancesTheClockEvenWhenNothingIsDue() {
        Simulator sim = new Simulator(1);
        sim.runUntil(Time.millis(3));
        assertThat(sim.now()).isEqualTo(3_000_000);
        assertThat(sim.peek()).isEqualTo(Time.NEVER);
        assertThat(sim.step()).isFalse();
    }

    @Test
    void runUntilAlsoRunsEventsScheduledDuringTheRunUpToTheBoundary() {
        Simulator sim = new Simulator(1);
        List<Long> fired = new ArrayList<>();
        sim.scheduleAt(1, () -> {
            fired.add(sim.now());
            sim.schedule(4, () -> fired.add(sim.now()));
            sim.schedule(10, () -> fired.add(sim.now()));
        });

        sim.runUntil(5);

        assertThat(fired).containsExactly(1L, 5L);
        assertThat(sim.pendingEvents()).isEqualTo(1);
    }

    @Test
    void timeNeverRunsBackwards() {
        Simulator sim = new Simulator(1);
        sim.runUntil(100);
        assertThatThrownBy(() -> sim.runUntil(99)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sim.scheduleAt(99, () -> { })).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sim.schedule(-1, () -> { })).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void peekShowsTheNextEventTimeWithoutRunningIt() {
        Simulator sim = new Simulator(1);
        List<String> log = new ArrayList<>();
        sim.scheduleAt(42, () -> log.add("x"));
        assertThat(sim.peek()).isEqualTo(42);
        assertThat(log).isEmpty();
        assertThat(sim.now()).isZero();
    }

    @Test
    void aTimerOfOneSimulatorCannotBeArmedInAnother() {
        Simulator a = new Simulator(1);
        Simulator b = new Simulator(1);
        Timer t = a.newTimer(() -> { });
        assertThatThrownBy(() -> b.reschedule(t, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSameSeedGivesTheSameEventSequence() {
        assertThat(randomWorkload(7)).isEqualTo(randomWorkload(7));
        assertThat(randomWorkload(7)).isNotEqualTo(randomWorkload(8));
    }

    @Test
    void twoSimulationsInterleavedInOneJvmDoNotInterfere() {
        List<String> alone = randomWorkload(11);

        Simulator a = new Simulator(11);
        Simulator b = new Simulator(12);
        List<String> logA = new ArrayList<>();
        List<String> logB = new ArrayList<>();
        seedWorkload(a, logA);
        seedWorkload(b, logB);
        // Alternate single steps between the two kernels.
        boolean more = true;
        while (more) {
            boolean stepA = a.step();
            boolean stepB = b.step();
            more = stepA || stepB;
        }

        assertThat(logA).isEqualTo(alone);
        assertThat(logB).isEqualTo(randomWorkload(12));
    }

    /** A self-propagating workload: each event draws a delay and maybe spawns or cancels others. */
    private static List<String> randomWorkload(long seed) {
        Simulator sim = new Simulator(seed);
        List<String> log = new ArrayList<>();
        seedWorkload(sim, log);
        sim.run(Long.MAX_VALUE);
        return log;
    }

    private static void seedWorkload(Simulator sim, List<String> log) {
        RandomStream rnd = sim.random().stream("workload");
        List<Timer> pending = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int id = i;
            pending.add(sim.schedule(rnd.nextInt(1000), new Runnable() {
                int generation;

                @Override
                public void run() {
                    log.add(sim.now() + ":" + id + "/" + generation);
                    if (generation++ < 5) {
                        sim.schedule(rnd.nextInt(500), this);
                    }
                    if (rnd.bernoulli(0.2) && !pending.isEmpty()) {
                        pending.remove(rnd.nextInt(pending.size())).cancel();
                    }
                }
            }));
        }
    }
}
