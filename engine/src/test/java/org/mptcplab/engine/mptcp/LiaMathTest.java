package org.mptcplab.engine.mptcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LiaMathTest {
    @Test
    void nEqualSubflowsGetAlphaOneOverN() {
        assertThat(LiaMath.alpha(new long[] {10_000, 10_000}, new long[] {20, 20})).isCloseTo(0.5, within(1e-12));
        assertThat(LiaMath.alpha(new long[] {5, 5, 5, 5}, new long[] {7, 7, 7, 7})).isCloseTo(0.25, within(1e-12));
    }

    /** RFC 6356 §3 by hand: w = (10, 20), rtt = (1, 2); total 30, max(10/1, 20/4) = 10, sum 10 + 10 = 20. */
    @Test
    void alphaFollowsTheRfcFormula() {
        assertThat(LiaMath.alpha(new long[] {10, 20}, new long[] {1, 2})).isCloseTo(30.0 * 10 / 400, within(1e-12));
    }

    @Test
    void subflowsWithoutAnRttSampleAreLeftOut() {
        assertThat(LiaMath.alpha(new long[] {10, 999}, new long[] {3, 0})).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void theIncreaseIsCappedByWhatAnUncoupledRenoWouldAdd() {
        // Coupled term 1.0 * 1000 * 1000 / 10_000 = 100 exceeds the Reno term 1000 * 1000 / 20_000 = 50.
        assertThat(LiaMath.increase(1.0, 1000, 1000, 20_000, 10_000)).isCloseTo(50.0, within(1e-9));
        // Coupled term 0.5 * 1000 * 1000 / 40_000 = 12.5 is below the Reno term 50.
        assertThat(LiaMath.increase(0.5, 1000, 1000, 20_000, 40_000)).isCloseTo(12.5, within(1e-9));
    }
}
