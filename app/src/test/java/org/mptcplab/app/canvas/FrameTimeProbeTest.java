package org.mptcplab.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Feeds the probe pulse times by hand: the intervals are differences, capped at the capacity. */
class FrameTimeProbeTest {
    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void recordsIntervalsBetweenPulsesUpToItsCapacity() {
        FrameTimeProbe probe = new FrameTimeProbe(3);
        long[] pulses = {1_000, 17_000, 34_000, 50_000, 90_000, 100_000};
        for (long p : pulses) {
            probe.handle(p);
        }
        FrameStats s = probe.stats();
        assertThat(s.frames()).isEqualTo(3);
        assertThat(s.maxNanos()).isEqualTo(17_000);
        assertThat(s.medianNanos()).isEqualTo(16_000);
    }

    @Test
    void resetStartsAfreshWithoutCountingTheGap() {
        FrameTimeProbe probe = new FrameTimeProbe(10);
        probe.handle(0);
        probe.handle(16);
        probe.reset();
        probe.handle(1_000_000);
        probe.handle(1_000_020);
        assertThat(probe.stats()).isEqualTo(new FrameStats(1, 20, 20, 20));
    }
}
