package org.mptcplab.app.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.app.playback.RecordedRun;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.lessons.load.LessonLoader;
import org.mptcplab.lessons.model.Lesson;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The run view of the lesson player going next, previous, next: each step opens the same events and
 * point as an uncached recording, and the engine only runs for a step that needs a later end.
 */
class StepPlaybackCacheUITest {
    @TempDir
    Path dir;
    private StepPlayback run;

    @BeforeEach
    void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        if (run != null) {
            WaitForAsyncUtils.asyncFx(run::close).get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void steppingThroughALessonAndBackOpensTheUncachedEventsAndPointsWithFewerEngineRuns() throws Exception {
        Lesson lesson = LessonLoader.bundled("join-breaks-behind-lb");
        int[] engineRuns = {0};
        StepRunCache cache = new StepRunCache(s -> {
            engineRuns[0]++;
            return s.open();
        });
        LessonPlayerViewModel vm = WaitForAsyncUtils.asyncFx(() -> new LessonPlayerViewModel(lesson,
                new ProgressStore(dir), "ada")).get(30, TimeUnit.SECONDS);
        run = WaitForAsyncUtils.asyncFx(() -> new StepPlayback(vm, Runnable::run, cache)).get(30, TimeUnit.SECONDS);
        int last = lesson.steps().size() - 1;
        List<Integer> visits = new ArrayList<>(List.of(0));
        check(vm);

        while (vm.getStepIndex() < last) {
            WaitForAsyncUtils.asyncFx(() -> vm.advance()).get(30, TimeUnit.SECONDS);
            if (visits.get(visits.size() - 1) != vm.getStepIndex()) {
                visits.add(vm.getStepIndex());
                check(vm);
            }
        }
        int forward = engineRuns[0];
        while (WaitForAsyncUtils.asyncFx(vm::previous).get(30, TimeUnit.SECONDS)) {
            check(vm);
        }
        while (WaitForAsyncUtils.asyncFx(vm::next).get(30, TimeUnit.SECONDS)) {
            check(vm);
        }

        assertThat(forward).isPositive().isLessThanOrEqualTo(lesson.steps().size());
        assertThat(engineRuns[0]).as("previous and next again replayed kept recordings").isEqualTo(forward);
        assertThat(vm.getStepIndex()).isEqualTo(last);
    }

    /** The step shown has the events and point an uncached recording gives. */
    private void check(LessonPlayerViewModel vm) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> run.pointProperty().get() >= 0);
        List<TraceEvent> fresh = RecordedRun.record(new StepRunSource(vm.getState()), 2_000).events();
        List<TraceEvent> shown = WaitForAsyncUtils.asyncFx(() -> List.copyOf(run.playback().getEvents()))
                .get(10, TimeUnit.SECONDS);
        assertThat(shown).as("step %d", vm.getStepIndex()).containsExactlyElementsOf(fresh);
        assertThat(run.pointProperty().get()).isEqualTo(RevealTarget.pointIndex(fresh, vm.getState().cursor()));
    }
}
