package org.mptcplab.engine.mptcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulerTest {
    record Fake(String name, boolean sendable, boolean backup, long srtt, long room) implements Schedulable {}

    @Test
    void theLowestRttSubflowWithRoomIsChosen() {
        Fake slow = new Fake("slow", true, false, 30, 10_000);
        Fake fast = new Fake("fast", true, false, 10, 10_000);
        assertThat(Scheduler.pick(List.of(slow, fast), 1)).isSameAs(fast);
    }

    @Test
    void aFullSubflowIsSkippedForTheNextBest() {
        Fake fastFull = new Fake("fast", true, false, 10, 0);
        Fake slow = new Fake("slow", true, false, 30, 10_000);
        assertThat(Scheduler.pick(List.of(fastFull, slow), 1)).isSameAs(slow);
    }

    @Test
    void backupSubflowsAreNotUsedWhileARegularOneIsActiveEvenIfItIsFull() {
        Fake regularFull = new Fake("regular", true, false, 50, 0);
        Fake backup = new Fake("backup", true, true, 1, 10_000);
        assertThat(Scheduler.pick(List.of(regularFull, backup), 1)).isNull();
    }

    @Test
    void backupSubflowsCarryDataWhenNoRegularOneIsActive() {
        Fake regularDown = new Fake("regular", false, false, 5, 10_000);
        Fake backup = new Fake("backup", true, true, 50, 10_000);
        assertThat(Scheduler.pick(List.of(regularDown, backup), 1)).isSameAs(backup);
    }

    @Test
    void equalRttsGoToTheOlderSubflow() {
        Fake first = new Fake("first", true, false, 10, 10_000);
        Fake second = new Fake("second", true, false, 10, 10_000);
        assertThat(Scheduler.pick(List.of(first, second), 1)).isSameAs(first);
    }
}
