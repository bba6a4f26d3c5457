package org.mptcplab.app.playback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.TraceEvent;

class StateFolderProperties {
    private static final List<PacketHop> HOPS = HopMatcher.match(DemoTrace.EVENTS, DemoTrace.TOPOLOGY);
    private static final StateFolder FOLDER = new StateFolder(DemoTrace.EVENTS, HOPS);

    @Property(tries = 200)
    void checkpointedStateEqualsAFoldFromTheStart(@ForAll @IntRange(min = -1, max = 100_000) int raw) {
        int cursor = Math.min(raw, DemoTrace.EVENTS.size() - 1);
        StateFolder noCheckpoint = new StateFolder(DemoTrace.EVENTS.subList(0, cursor + 1),
                HopMatcher.match(DemoTrace.EVENTS, DemoTrace.TOPOLOGY));
        PlaybackState expected = noCheckpoint.stateAt(cursor);
        assertThat(FOLDER.stateAt(cursor).counters()).isEqualTo(expected.counters());
        assertThat(FOLDER.stateAt(cursor).connections()).isEqualTo(expected.connections());
    }

    @Property(tries = 200)
    void packetsInFlightEqualDeparturesMinusEnds(@ForAll @IntRange(min = 0, max = 100_000) int raw) {
        int cursor = Math.min(raw, DemoTrace.EVENTS.size() - 1);
        long departed = 0;
        for (TraceEvent e : DemoTrace.EVENTS.subList(0, cursor + 1)) {
            if (e instanceof PacketEvent p && (p.kind() == PacketEvent.Kind.SENT || p.kind() == PacketEvent.Kind.FORWARDED)) {
                departed++;
            }
        }
        long ended = HOPS.stream().filter(h -> h.endIndex() >= 0 && h.endIndex() <= cursor).count();
        assertThat(FOLDER.stateAt(cursor).inFlight()).hasSize((int) (departed - ended));
    }

    @Property(tries = 200)
    void indexedInFlightEqualsAScanOfEveryHopInDepartureOrder(@ForAll @IntRange(min = -1, max = 100_000) int raw) {
        int cursor = Math.min(raw, DemoTrace.EVENTS.size() - 1);
        List<PacketHop> scanned = HOPS.stream().filter(h -> h.inFlightAt(cursor)).toList();
        assertThat(FOLDER.stateAt(cursor).inFlight()).containsExactlyElementsOf(scanned);
    }
}
