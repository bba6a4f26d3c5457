package org.mptcplab.engine.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.sim.Time;

class ParallelRunnerTest {
    private static final L4lbSetup SETUP = L4lbSetup.defaults();
    private static final List<L4lbTask> TASKS = List.of(
            new L4lbTask(SETUP, new L4lbPoint(L4lbVariant.TCP, 0.01, 0), 1),
            new L4lbTask(SETUP, new L4lbPoint(L4lbVariant.MPTCP_FIX, 0.01, Time.millis(10)), 2),
            new L4lbTask(SETUP, new L4lbPoint(L4lbVariant.TCP, 0.0, 0), 3));

    @Test
    void resultsComeBackInTaskOrderAndDoNotDependOnTheThreadCount() {
        List<L4lbResult> one = new ParallelRunner(1).run(TASKS, null);
        List<L4lbResult> two = new ParallelRunner(2).run(TASKS, null);

        assertThat(two).isEqualTo(one);
        assertThat(one).extracting(L4lbResult::seed).containsExactly(1L, 2L, 3L);
    }

    @Test
    void progressIsReportedOncePerTask() {
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger last = new AtomicInteger();
        new ParallelRunner(2).run(TASKS, n -> {
            calls.incrementAndGet();
            last.accumulateAndGet(n, Math::max);
        });
        assertThat(calls.get()).isEqualTo(TASKS.size());
        assertThat(last.get()).isEqualTo(TASKS.size());
    }

    @Test
    void aFailingTaskFailsTheRunWithItsOwnException() {
        Supplier<Integer> bad = () -> {
            throw new IllegalArgumentException("bad point");
        };
        assertThatThrownBy(() -> new ParallelRunner(2).run(List.of(() -> 1, bad), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("bad point");
    }
}
