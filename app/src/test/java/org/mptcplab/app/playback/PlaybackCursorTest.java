package org.mptcplab.app.playback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The cursor and play clock split out of {@link PlaybackViewModel}, driven directly. */
class PlaybackCursorTest {

    private static PlaybackCursor loaded() {
        PlaybackCursor c = new PlaybackCursor();
        c.replace(StateFolder.index(DemoTrace.EVENTS, DemoTrace.TOPOLOGY));
        return c;
    }

    @Test
    void stepRefusesToLeaveTheTraceAndKeepsTheDerivedValuesInStep() {
        PlaybackCursor c = loaded();

        assertThat(c.step(-1)).isFalse();
        assertThat(c.step(1)).isTrue();
        assertThat(c.get()).isZero();
        assertThat(c.currentEvent.get()).isSameAs(DemoTrace.EVENTS.get(0));
        assertThat(c.canStepBack.get()).isTrue();
        c.seek(c.size() - 1);
        assertThat(c.step(1)).isFalse();
        assertThat(c.canStepForward.get()).isFalse();
        assertThat(c.playhead.get()).isEqualTo(DemoTrace.EVENTS.get(c.size() - 1).time());
    }

    @Test
    void advanceToAppliesEveryEventUpToTheHeadAndStopsOnTheLastOne() {
        PlaybackCursor c = loaded();
        long t5 = DemoTrace.EVENTS.get(5).time();

        assertThat(c.advanceTo(t5)).isTrue();
        assertThat(DemoTrace.EVENTS.get(c.get()).time()).isEqualTo(t5);
        assertThat(c.get() + 1 == c.size() || DemoTrace.EVENTS.get(c.get() + 1).time() > t5).isTrue();
        assertThat(c.playhead.get()).isEqualTo(t5);
        assertThat(c.advanceTo(Double.MAX_VALUE)).isFalse();
        assertThat(c.get()).isEqualTo(c.size() - 1);
        assertThat(c.playhead.get()).isEqualTo(DemoTrace.EVENTS.get(c.size() - 1).time());
    }

    @Test
    void clockPausesAtTheEndAndPlayRestartsFromTheFirstEvent() {
        PlaybackCursor c = loaded();
        PlayClock clock = new PlayClock(c, 1);

        clock.play();
        clock.tick(Long.MAX_VALUE / 2);
        assertThat(clock.playing.get()).isFalse();
        assertThat(c.canStepForward.get()).isFalse();
        clock.toggle();
        assertThat(clock.playing.get()).isTrue();
        assertThat(c.get()).isEqualTo(-1);
    }

    @Test
    void anEmptyRunNeverPlays() {
        PlayClock clock = new PlayClock(new PlaybackCursor(), 1);

        clock.play();
        assertThat(clock.playing.get()).isFalse();
    }
}
