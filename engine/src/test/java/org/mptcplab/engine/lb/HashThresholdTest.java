package org.mptcplab.engine.lb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class HashThresholdTest {
    private final HashThreshold three = HashThreshold.of(List.of("r1", "r2", "r3"));

    @Test
    void equalWeightBoundsFollowTheLinuxRoundingFormula() {
        // round(1 * 2^31 / 3) - 1 = 715827883 - 1; round(2 * 2^31 / 3) - 1 = 1431655765 - 1; last = 2^31 - 1.
        assertThat(three.upperBounds()).containsExactly(715_827_882L, 1_431_655_764L, 2_147_483_647L);
        assertThat(three.method()).isEqualTo("hash-threshold");
    }

    @Test
    void comparesTheHashShiftedRightByOneWithTheBounds() {
        assertThat(three.select(0)).isEqualTo(new Selection(0, "r1"));
        assertThat(three.select(2L * 715_827_882 + 1)).isEqualTo(new Selection(0, "r1")); // h31 = 715827882
        assertThat(three.select(2L * 715_827_883)).isEqualTo(new Selection(1, "r2"));     // h31 = 715827883
        assertThat(three.select(0xFFFFFFFFL)).isEqualTo(new Selection(2, "r3"));
        assertThat(HashThreshold.hash31(0xFFFFFFFFL)).isEqualTo(0x7FFFFFFFL);
    }

    @Test
    void weightsWidenRegions() {
        HashThreshold weighted = HashThreshold.weighted(List.of("r1", "r2"), List.of(3, 1));

        // round(3 * 2^31 / 4) - 1 = 1610612736 - 1
        assertThat(weighted.upperBounds()).containsExactly(1_610_612_735L, 2_147_483_647L);
        assertThat(weighted.select(2L * 1_610_612_735)).isEqualTo(new Selection(0, "r1"));
        assertThat(weighted.select(2L * 1_610_612_736)).isEqualTo(new Selection(1, "r2"));
    }

    @Test
    void removingTheFirstOfThreeShiftsTheSecondsUpperHalfToTheThird() {
        HashThreshold two = three.withBackends(List.of("r2", "r3"));
        long inOldR2Upper = 2 * 1_200_000_000L; // h31 = 1.2e9: r2 before (<= 1431655764), above 2^30 after

        assertThat(three.select(inOldR2Upper).backend()).isEqualTo("r2");
        assertThat(two.select(inOldR2Upper).backend()).isEqualTo("r3");
    }

    @Test
    void withBackendsKeepsWeightsOfSurvivorsAndGivesNewcomersOne() {
        HashThreshold weighted = HashThreshold.weighted(List.of("r1", "r2"), List.of(3, 2));

        assertThat(weighted.withBackends(List.of("r2", "r4")).weights()).containsExactly(2, 1);
    }

    @Test
    void refusesBadWeights() {
        assertThatThrownBy(() -> HashThreshold.weighted(List.of("r1"), List.of(0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HashThreshold.weighted(List.of("r1", "r2"), List.of(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
