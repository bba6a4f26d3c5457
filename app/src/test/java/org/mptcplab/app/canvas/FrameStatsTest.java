package org.mptcplab.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrameStatsTest {
    @Test
    void medianAndNinetyNinthPercentileUseNearestRank() {
        long[] intervals = new long[200];
        for (int i = 0; i < intervals.length; i++) {
            intervals[i] = 16_000_000L + i * 1_000L;
        }
        intervals[17] = 90_000_000L;
        FrameStats s = FrameStats.of(intervals, intervals.length);
        assertThat(s.frames()).isEqualTo(200);
        // Sorted: the 199 regular values (i = 17 is missing), then the outlier; ranks 100 and 198.
        assertThat(s.medianNanos()).isEqualTo(16_000_000L + 100 * 1_000L);
        assertThat(s.p99Nanos()).isEqualTo(16_000_000L + 198 * 1_000L);
        assertThat(s.maxNanos()).isEqualTo(90_000_000L);
    }

    @Test
    void onlyTheFirstNIntervalsCountAndNoneGivesZeros() {
        FrameStats s = FrameStats.of(new long[] {10, 30, 20, 999}, 3);
        assertThat(s.medianNanos()).isEqualTo(20);
        assertThat(s.maxNanos()).isEqualTo(30);
        assertThat(FrameStats.of(new long[4], 0)).isEqualTo(new FrameStats(0, 0, 0, 0));
        assertThat(new FrameStats(1, 16_666_667L, 0, 0).medianFps()).isCloseTo(60.0, org.assertj.core.data.Offset.offset(0.01));
    }
}
