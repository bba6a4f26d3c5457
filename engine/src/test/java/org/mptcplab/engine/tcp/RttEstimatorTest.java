package org.mptcplab.engine.tcp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mptcplab.engine.sim.Time;

class RttEstimatorTest {
    private final RttEstimator rtt = new RttEstimator(Time.SECOND, Time.millis(200), Time.seconds(120), Time.MILLISECOND);

    @Test
    void beforeAnySampleTheRtoIsTheInitialOne() {
        assertThat(rtt.currentRto()).isEqualTo(Time.SECOND);
        assertThat(rtt.srtt()).isZero();
    }

    @Test
    void firstSampleSetsSrttAndHalfOfItAsVariation() {
        rtt.sample(Time.millis(100));
        assertThat(rtt.srtt()).isEqualTo(Time.millis(100));
        assertThat(rtt.rttvar()).isEqualTo(Time.millis(50));
        assertThat(rtt.currentRto()).isEqualTo(Time.millis(300));
    }

    @Test
    void laterSamplesAreSmoothedWithGainsOneEighthAndOneQuarter() {
        rtt.sample(Time.millis(100));
        rtt.sample(Time.millis(180));
        assertThat(rtt.rttvar()).isEqualTo((3 * Time.millis(50) + Time.millis(80)) / 4);
        assertThat(rtt.srtt()).isEqualTo((7 * Time.millis(100) + Time.millis(180)) / 8);
    }

    @Test
    void theRtoNeverGoesBelowTheMinimum() {
        rtt.sample(Time.millis(1));
        assertThat(rtt.currentRto()).isEqualTo(Time.millis(200));
    }

    @Test
    void backoffDoublesUpToTheMaximumAndANewSampleClearsIt() {
        rtt.sample(Time.millis(100));
        rtt.backOff();
        rtt.backOff();
        assertThat(rtt.currentRto()).isEqualTo(Time.millis(1200));
        for (int i = 0; i < 20; i++) {
            rtt.backOff();
        }
        assertThat(rtt.currentRto()).isEqualTo(Time.seconds(120));
        rtt.sample(Time.millis(100));
        assertThat(rtt.backoffCount()).isZero();
    }
}
