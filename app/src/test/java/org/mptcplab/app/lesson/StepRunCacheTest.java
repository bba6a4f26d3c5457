package org.mptcplab.app.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.app.playback.RecordedRun;
import org.mptcplab.app.playback.RunRecording;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.lessons.load.LessonLoader;
import org.mptcplab.lessons.model.Lesson;
import org.mptcplab.lessons.play.LessonPlayer;
import org.mptcplab.lessons.play.StepState;

/** Step runs served from the player's cache are the engine's runs, and the engine runs only when needed. */
class StepRunCacheTest {
    private static final int CHUNK = 500;
    @TempDir
    Path dir;

    @Test
    void everyStepReplayedFromTheLongestRecordingHasExactlyTheEventsOfAFreshRecording() throws Exception {
        List<StepState> states = LessonPlayer.play(LessonLoader.bundled("join-breaks-behind-lb"));
        StepState latest = states.stream().max((a, b) -> Long.compare(end(a), end(b))).orElseThrow();
        int[] engineRuns = {0};
        StepRunCache cache = new StepRunCache(s -> {
            engineRuns[0]++;
            return s.open();
        });
        RecordedRun.record(cache.sourceFor(latest), CHUNK);

        for (StepState s : states) {
            List<TraceEvent> fresh = RecordedRun.record(new StepRunSource(s), CHUNK).events();
            RecordedRun cached = RecordedRun.record(cache.sourceFor(s), CHUNK);

            assertThat(cached.events()).as("step %d", s.index()).isNotEmpty().containsExactlyElementsOf(fresh);
            assertThat(cached.stopped()).isEmpty();
        }
        assertThat(engineRuns[0]).as("only the first, longest recording ran the engine").isEqualTo(1);
    }

    @Test
    void steppingNextPreviousNextRunsTheEngineOnlyWhenALaterPointNeedsMore() throws Exception {
        Lesson lesson = LessonLoader.bundled("join-breaks-behind-lb");
        LessonPlayerViewModel vm = new LessonPlayerViewModel(lesson, new ProgressStore(dir), "ada");
        int[] engineRuns = {0};
        StepRunCache cache = new StepRunCache(s -> {
            engineRuns[0]++;
            return s.open();
        });
        Map<Integer, StepState> firstSeen = new LinkedHashMap<>();
        List<List<TraceEvent>> shown = new ArrayList<>();
        // What StepPlayback does on every state change: record the step's run through the cache.
        vm.stateProperty().addListener((o, was, s) -> {
            if (s != null) {
                firstSeen.putIfAbsent(s.index(), s);
                shown.add(RecordedRun.record(cache.sourceFor(s), CHUNK).events());
            }
        });
        int last = lesson.steps().size() - 1;
        firstSeen.put(0, vm.getState());
        RecordedRun.record(cache.sourceFor(vm.getState()), CHUNK);

        while (vm.getStepIndex() < last) {
            vm.advance();
        }
        int forward = engineRuns[0];
        while (vm.previous()) {
            assertThat(vm.getState()).as("a step played before is not played again").isSameAs(
                    firstSeen.get(vm.getStepIndex()));
        }
        while (vm.next()) {
            assertThat(vm.getState()).isSameAs(firstSeen.get(vm.getStepIndex()));
        }

        assertThat(forward).isEqualTo(laterEnds(LessonPlayer.play(lesson)));
        assertThat(engineRuns[0]).as("going back and forth again ran nothing").isEqualTo(forward);
        assertThat(vm.getStepIndex()).isEqualTo(last);
        assertThat(shown).hasSize(3 * last);
        for (int i = 0; i <= last; i++) {
            StepState fresh = LessonPlayer.play(lesson.steps().get(i), i);
            assertThat(firstSeen.get(i)).isEqualTo(fresh);
            assertThat(firstSeen.get(i).answer()).isEqualTo(fresh.answer());
        }
    }

    @Test
    void theCacheKeepsOnlyTheMostRecentlyUsedRuns() throws Exception {
        StepState first = LessonPlayer.play(LessonLoader.bundled("join-breaks-behind-lb").steps().get(0), 0);
        int[] engineRuns = {0};
        StepRunCache cache = new StepRunCache(s -> {
            engineRuns[0]++;
            return s.open();
        });
        for (int seed = 1; seed <= StepRunCache.CAPACITY + 1; seed++) {
            RecordedRun.record(cache.sourceFor(withSeed(first, seed)), CHUNK);
        }
        assertThat(cache.size()).isEqualTo(StepRunCache.CAPACITY);

        RecordedRun.record(cache.sourceFor(withSeed(first, StepRunCache.CAPACITY + 1)), CHUNK);
        assertThat(engineRuns[0]).as("the newest run is still kept").isEqualTo(StepRunCache.CAPACITY + 1);
        RecordedRun.record(cache.sourceFor(withSeed(first, 1)), CHUNK);
        assertThat(engineRuns[0]).as("the oldest run was dropped").isEqualTo(StepRunCache.CAPACITY + 2);
    }

    @Test
    void aRecordingCutShortIsNotKept() throws Exception {
        StepState first = LessonPlayer.play(LessonLoader.bundled("join-breaks-behind-lb").steps().get(0), 0);
        StepRunCache cache = new StepRunCache();
        RunRecording.record(cache.sourceFor(first), null, CHUNK, 10, () -> false, (session, n) -> { });

        assertThat(cache.size()).isZero();
    }

    /** How many steps, in order, need a later end than any step before them on the same run. */
    private static int laterEnds(List<StepState> states) {
        Map<Scenario, Long> reached = new LinkedHashMap<>();
        int n = 0;
        for (StepState s : states) {
            Long had = reached.get(s.scenario());
            if (had == null || had < end(s)) {
                n++;
                reached.put(s.scenario(), end(s));
            }
        }
        return n;
    }

    private static long end(StepState s) {
        return new StepRunSource(s).endTime();
    }

    private static StepState withSeed(StepState s, long seed) {
        return new StepState(s.index(), s.scenario().withSeed(seed), s.time(), s.cursor(), s.answer(), s.nodes(),
                s.packet(), s.fields());
    }
}
