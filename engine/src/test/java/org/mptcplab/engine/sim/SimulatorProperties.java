package org.mptcplab.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class SimulatorProperties {

    record Op(int time, boolean cancel) {}

    /** Whatever is scheduled, cancelled or re-armed, execution follows (time, scheduling order). */
    @Property(tries = 300)
    void executionOrderIsTimeThenSchedulingOrder(
            @ForAll @Size(max = 200) List<@IntRange(max = 50) Integer> times,
            @ForAll @Size(max = 200) List<Boolean> cancels) {
        Simulator sim = new Simulator(0);
        List<Integer> executed = new ArrayList<>();
        List<int[]> expected = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            int id = i;
            Timer t = sim.scheduleAt(times.get(i), () -> executed.add(id));
            boolean cancel = i < cancels.size() && cancels.get(i);
            if (cancel) {
                t.cancel();
            } else {
                expected.add(new int[] {times.get(i), i});
            }
        }
        expected.sort(Comparator.<int[]>comparingInt(e -> e[0]).thenComparingInt(e -> e[1]));

        sim.run(Long.MAX_VALUE);

        assertThat(executed).containsExactlyElementsOf(expected.stream().map(e -> e[1]).toList());
    }
}
