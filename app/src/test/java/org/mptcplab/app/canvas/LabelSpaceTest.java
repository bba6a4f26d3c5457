package org.mptcplab.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.app.diagram.Mark;
import org.mptcplab.app.diagram.Rgba;
import org.mptcplab.app.diagram.TextAnchor;

/** First-fit label placement, and rate labels giving way to more telling ones. */
class LabelSpaceTest {
    private static final double[] NODE = {0, 0, 100, 50};
    private final Mark rate = Mark.Text.of(150, 25, "1 Gbit/s · 5 ms", TextAnchor.MIDDLE, 12, false,
            Rgba.hex("#000000"));

    @Test
    void aLabelTakesTheFirstCandidateThatOverlapsNothingAndTouchingIsNotOverlapping() {
        LabelSpace space = new LabelSpace(List.of(NODE));

        double[] got = space.takeFirstFree(List.of(new double[] {90, 10, 20, 10}, new double[] {100, 10, 20, 10}));

        assertThat(got).containsExactly(100, 10, 20, 10);
        assertThat(space.free(new double[] {110, 15, 5, 5})).isFalse();
        assertThat(space.takeFirstFree(List.of(new double[] {50, 20, 10, 10}))).isNull();
    }

    @Test
    void onlyExpendableBoxesArePushedOutAndTheirMarksAreReported() {
        LabelSpace space = new LabelSpace(List.of(NODE));
        space.take(new double[] {120, 20, 60, 12}, List.of(rate));

        assertThat(space.takeEvicting(List.of(new double[] {90, 20, 40, 10}))).as("covers the node too").isNull();
        assertThat(space.evicted()).isEmpty();
        double[] got = space.takeEvicting(List.of(new double[] {90, 20, 40, 10}, new double[] {130, 22, 30, 8}));

        assertThat(got).containsExactly(130, 22, 30, 8);
        assertThat(space.evicted()).containsExactly(rate);
        assertThat(space.free(new double[] {170, 20, 5, 5})).as("the rate's place is free again").isTrue();
        assertThat(space.free(new double[] {140, 25, 5, 5})).isFalse();
    }

    @Test
    void aMarkerPushesOutTheExpendableBoxesUnderItButNeverAFixedOne() {
        LabelSpace space = new LabelSpace(List.of(NODE));
        space.take(new double[] {120, 20, 60, 12}, List.of(rate));

        space.pushOut(new double[] {90, 15, 40, 10});

        assertThat(space.evicted()).containsExactly(rate);
        assertThat(space.free(new double[] {150, 20, 5, 5})).isTrue();
        assertThat(space.free(new double[] {50, 20, 5, 5})).as("the node stays").isFalse();
    }
}
