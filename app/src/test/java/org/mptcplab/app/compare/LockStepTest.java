package org.mptcplab.app.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The shared play head's track through the load-balancer pair. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LockStepTest {
    private CompareModel model;
    private LockStep track;

    @BeforeAll
    void record() {
        model = ComparePairs.model("l4lb-mptcp-plain", "l4lb-mptcp-fixed");
        track = LockStep.of(model);
    }

    @Test
    void everyStepAppliesExactlyOneEventOfOneSide() {
        assertThat(track.size()).isEqualTo(model.leftRun().events().size() + model.rightRun().events().size() + 1);
        assertThat(track.leftAt(0)).isEqualTo(-1);
        assertThat(track.rightAt(0)).isEqualTo(-1);
        for (int s = 1; s < track.size(); s++) {
            int dl = track.leftAt(s) - track.leftAt(s - 1);
            int dr = track.rightAt(s) - track.rightAt(s - 1);
            assertThat(dl + dr).as("step %d", s).isEqualTo(1);
            assertThat(dl).isBetween(0, 1);
            assertThat(track.clockAt(s)).isGreaterThanOrEqualTo(track.clockAt(s - 1));
        }
        assertThat(track.leftAt(track.size() - 1)).isEqualTo(model.leftRun().events().size() - 1);
        assertThat(track.rightAt(track.size() - 1)).isEqualTo(model.rightRun().events().size() - 1);
    }

    @Test
    void everyAnchorIsOnePositionOfTheTrack() {
        for (Anchor a : model.anchors()) {
            int s = track.stepFor(a);
            assertThat(track.leftAt(s)).as(a.label()).isEqualTo(a.leftIndex());
            assertThat(track.rightAt(s)).as(a.label()).isEqualTo(a.rightIndex());
        }
    }
}
