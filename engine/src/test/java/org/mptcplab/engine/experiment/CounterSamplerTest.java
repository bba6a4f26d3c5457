package org.mptcplab.engine.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mptcplab.engine.sim.Simulator;
import org.mptcplab.engine.sim.Time;

class CounterSamplerTest {
    @Test
    void storesEachCountersIncreasePerBin() {
        Simulator sim = new Simulator(1);
        long[] counter = {0};
        // one increment every 10 ms from 5 ms on, and a burst of 100 at 25 ms
        for (int i = 0; i < 10; i++) {
            sim.scheduleAt(Time.millis(5 + 10 * i), () -> counter[0]++);
        }
        sim.scheduleAt(Time.millis(25), () -> counter[0] += 100);
        CounterSampler sampler = new CounterSampler(sim, Time.millis(20), 5);
        int index = sampler.add(() -> counter[0]);
        sampler.start();

        sim.runUntil(Time.millis(200));

        assertThat(sampler.filled()).isEqualTo(5);
        assertThat(sampler.series(index)).containsExactly(2, 102, 2, 2, 2);
    }

    @Test
    void stopsSamplingAfterTheLastBin() {
        Simulator sim = new Simulator(1);
        CounterSampler sampler = new CounterSampler(sim, Time.millis(1), 3);
        sampler.add(() -> 0);
        sampler.start();
        sim.runUntil(Time.seconds(1));
        assertThat(sampler.filled()).isEqualTo(3);
        assertThat(sim.pendingEvents()).isZero();
    }
}
