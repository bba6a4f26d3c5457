package org.mptcplab.engine.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StatsTest {
    @Test
    void summarisesMeanSampleDeviationAndRange() {
        Stats s = Stats.of(2, 4, 4, 4, 5, 5, 7, 9);
        assertThat(s.mean()).isEqualTo(5.0);
        assertThat(s.stddev()).isCloseTo(2.138, within(1e-3));
        assertThat(s.min()).isEqualTo(2.0);
        assertThat(s.max()).isEqualTo(9.0);
    }

    @Test
    void anEmptySetHasNoMean() {
        assertThat(Stats.of().mean()).isNaN();
    }
}
