package org.mptcplab.app.playback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.trace.PacketEvent;

class PlaybackViewModelTest {
    private final PlaybackViewModel vm = DemoTrace.loaded();

    @Test
    void startsBeforeTheFirstEventWithNothingInFlight() {
        assertThat(vm.getCursor()).isEqualTo(-1);
        assertThat(vm.currentEventProperty().get()).isNull();
        assertThat(vm.getState().inFlight()).isEmpty();
        assertThat(vm.canStepBackProperty().get()).isFalse();
        assertThat(vm.canStepForwardProperty().get()).isTrue();
    }

    @Test
    void steppingForwardAppliesTheTraceInOrderAndStepBackIsANoOpAtTheStart() {
        vm.stepBack();
        assertThat(vm.getCursor()).isEqualTo(-1);
        vm.stepForward();
        vm.stepForward();
        assertThat(vm.getCursor()).isEqualTo(1);
        assertThat(vm.currentEventProperty().get()).isSameAs(DemoTrace.EVENTS.get(1));
        assertThat(vm.getCurrentTime()).isEqualTo(DemoTrace.EVENTS.get(1).time());
    }

    @Test
    void firstSentSynIsInFlightOnTheAccessLinkUntilTheRouterForwardsIt() {
        assertThat(vm.runToNext(EventKind.SYN)).isTrue();
        PacketEvent syn = (PacketEvent) vm.currentEventProperty().get();
        assertThat(syn.kind()).isEqualTo(PacketEvent.Kind.SENT);
        assertThat(vm.getState().inFlight()).singleElement().satisfies(h -> {
            assertThat(h.link()).isEqualTo("client-router");
            assertThat(h.to()).isEqualTo("router");
            assertThat(h.endTime() - h.departTime()).isGreaterThanOrEqualTo(Time.millis(5));
        });
        vm.runToNext(e -> e instanceof PacketEvent p && p.kind() == PacketEvent.Kind.FORWARDED);
        assertThat(vm.getState().inFlight()).singleElement().satisfies(h -> assertThat(h.link()).isEqualTo("router-server"));
    }

    @Test
    void runToNextStopsAtTheFirstMatchingEventAfterTheCursorOrStaysPut() {
        assertThat(vm.runToNext(EventKind.SYN_ACK)).isTrue();
        int first = vm.getCursor();
        for (int i = 0; i < first; i++) {
            assertThat(EventKinds.of(DemoTrace.EVENTS.get(i))).isNotEqualTo(EventKind.SYN_ACK);
        }
        assertThat(EventKinds.of(vm.currentEventProperty().get())).isEqualTo(EventKind.SYN_ACK);
        assertThat(vm.runToNext(EventKind.MP_JOIN)).isFalse();
        assertThat(vm.getCursor()).isEqualTo(first);
    }

    @Test
    void stepBackThenForwardShowsExactlyTheStateFirstReached() {
        Random random = new Random(42);
        Map<Integer, PlaybackState> firstSeen = new HashMap<>();
        int n = DemoTrace.EVENTS.size();
        for (int op = 0; op < 3000; op++) {
            switch (random.nextInt(5)) {
                case 0, 1 -> vm.stepForward();
                case 2 -> vm.stepBack();
                case 3 -> vm.seek(random.nextInt(n + 1) - 1);
                default -> vm.runToNext(EventKind.values()[random.nextInt(EventKind.values().length)]);
            }
            PlaybackState now = vm.getState();
            PlaybackState before = firstSeen.putIfAbsent(vm.getCursor(), now);
            if (before != null) {
                assertThat(now).isEqualTo(before);
            }
        }
        assertThat(firstSeen.size()).isGreaterThan(n / 2);
    }

    @Test
    void playingAdvancesWithAnimationTimeAndStopsAtTheEnd() {
        vm.play();
        vm.tick(Time.millis(1));
        assertThat(vm.getCursor()).isGreaterThanOrEqualTo(0);
        assertThat(vm.isPlaying()).isTrue();
        vm.tick(Time.seconds(1000));
        assertThat(vm.getCursor()).isEqualTo(DemoTrace.EVENTS.size() - 1);
        assertThat(vm.isPlaying()).isFalse();
    }

    @Test
    void selectingAnEventMovesTheCursorAndSeekOutsideTheTraceIsRefused() {
        vm.select(5);
        assertThat(vm.getSelectedIndex()).isEqualTo(5);
        assertThat(vm.getCursor()).isEqualTo(5);
        assertThatThrownBy(() -> vm.seek(DemoTrace.EVENTS.size())).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void countersAtTheEndMatchThePacketEventsOfTheTrace() {
        vm.seek(DemoTrace.EVENTS.size() - 1);
        long clientSent = DemoTrace.EVENTS.stream().filter(e -> e instanceof PacketEvent p
                && p.node().equals("client") && p.kind() == PacketEvent.Kind.SENT).count();
        assertThat(clientSent).isPositive();
        assertThat(vm.getState().counters().get("client").sent()).isEqualTo(clientSent);
        assertThat(vm.getState().connections()).isNotEmpty();
    }
}
