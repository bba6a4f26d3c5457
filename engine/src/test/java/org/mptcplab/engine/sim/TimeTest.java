package org.mptcplab.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TimeTest {
    @Test
    void transmissionTimeRoundsUpToWholeNanoseconds() {
        // 1500 bytes at 1 Gbit/s = 12 us exactly; at 3 Gbit/s = 4 us; 1 byte at 3 Gbit/s = 2.67 ns -> 3 ns.
        assertThat(Time.transmission(1500, 1_000_000_000L)).isEqualTo(12_000);
        assertThat(Time.transmission(1500, 3_000_000_000L)).isEqualTo(4_000);
        assertThat(Time.transmission(1, 3_000_000_000L)).isEqualTo(3);
    }

    @Test
    void conversionsAreExact() {
        assertThat(Time.millis(5)).isEqualTo(5_000_000);
        assertThat(Time.fromSeconds(0.0125)).isEqualTo(12_500_000);
        assertThat(Time.format(Time.millis(12))).isEqualTo("12.000000 ms");
        assertThatThrownBy(() -> Time.fromSeconds(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Time.transmission(10, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
