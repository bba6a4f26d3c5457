package org.mptcplab.app.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.app.playback.RecordedRun;
import org.mptcplab.app.playback.RunStop;
import org.mptcplab.engine.sim.Watchdog;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.lessons.load.LessonLoader;
import org.mptcplab.lessons.model.Lesson;
import org.mptcplab.lessons.play.LessonPlayer;
import org.mptcplab.lessons.play.StepState;

/** A lesson step's recording that the watchdog aborts keeps the events before the abort. */
class StepRunSourceTest {

    @Test
    void aStepRunAbortedByTheWatchdogKeepsThePrefixOfTheStepsRunAndSaysWhy() throws Exception {
        Lesson lesson = LessonLoader.bundled("join-breaks-behind-lb");
        StepState state = LessonPlayer.play(lesson.steps().get(0), 0);
        List<TraceEvent> full = RecordedRun.record(new StepRunSource(state), 500).events();

        RecordedRun cut = RecordedRun.record(new StepRunSource(state, Watchdog.withBudget(100)), 500);

        RunStop stop = cut.stopped().orElseThrow();
        assertThat(stop.bug()).isFalse();
        assertThat(stop.line()).startsWith("Run stopped at t = ").contains("event budget of 100 events");
        assertThat(cut.events()).isNotEmpty().hasSizeLessThan(full.size())
                .containsExactlyElementsOf(full.subList(0, cut.events().size()));
    }
}
