package org.mptcplab.app.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mptcplab.app.playback.IndexedRun;

/** The shared play head without a window: commands move both playbacks along the lock-step track. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompareViewModelTest {
    private ComparePair pair;
    private CompareModel model;
    private LockStep track;
    private final CompareViewModel vm = new CompareViewModel();

    @BeforeAll
    void record() {
        pair = ComparePair.builtIn("l4lb-mptcp-plain", "l4lb-mptcp-fixed");
        model = ComparePairs.model("l4lb-mptcp-plain", "l4lb-mptcp-fixed");
        track = LockStep.of(model);
        vm.load(pair, IndexedRun.of(model.leftRun()), IndexedRun.of(model.rightRun()), model);
    }

    @BeforeEach
    void reset() {
        vm.reset();
    }

    private void assertOnTrack() {
        int s = vm.stepProperty().get();
        assertThat(vm.left().getCursor()).isEqualTo(track.leftAt(s));
        assertThat(vm.right().getCursor()).isEqualTo(track.rightAt(s));
    }

    @Test
    void seekPutsBothPlaybacksOnTheTrackPosition() {
        for (int s : new int[] {1, 500, 12_345, track.size() - 1, 7}) {
            vm.seek(s);
            assertOnTrack();
        }
    }

    @Test
    void momentsVisitTheAnchorsInOrderAndNameThem() {
        for (Anchor a : model.anchors()) {
            assertThat(vm.nextAnchor()).isTrue();
            assertThat(vm.left().getCursor()).isEqualTo(a.leftIndex());
            assertThat(vm.right().getCursor()).isEqualTo(a.rightIndex());
            assertThat(vm.momentProperty().get()).isEqualTo(a.label());
        }
        assertThat(vm.nextAnchor()).isFalse();
        assertThat(vm.previousAnchor()).isTrue();
        assertThat(vm.left().getCursor()).isEqualTo(model.anchors().get(model.anchors().size() - 2).leftIndex());
    }

    @Test
    void divergenceSelectsTheMarkedEventOnBothSides() {
        Divergence d = model.divergence().orElseThrow();
        assertThat(vm.toDivergence()).isTrue();
        assertThat(vm.left().getSelectedIndex()).isEqualTo(d.leftIndex());
        assertThat(vm.right().getSelectedIndex()).isEqualTo(d.rightIndex());
    }

    @Test
    void playPacesTheStepsOnTheLeftRunsClockAndStopsAtTheEnd() {
        vm.speedProperty().set(1.0);
        vm.play();
        vm.tick(20_000_000); // 20 ms of the left run
        int s = vm.stepProperty().get();
        assertThat(s).isPositive().isLessThan(track.size() - 1);
        assertThat(track.clockAt(s)).isLessThanOrEqualTo(20_000_000);
        assertThat(track.clockAt(s + 1)).isGreaterThan(20_000_000);
        assertOnTrack();
        vm.tick(10_000_000_000L);
        assertThat(vm.stepProperty().get()).isEqualTo(track.size() - 1);
        assertThat(vm.playingProperty().get()).isFalse();
        vm.speedProperty().set(0.02);
    }
}
