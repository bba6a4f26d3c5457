package org.mptcplab.app.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.app.playback.DemoRuns;
import org.mptcplab.app.playback.EventKind;
import org.mptcplab.app.playback.EventKinds;
import org.mptcplab.app.playback.PlaybackViewModel;
import org.mptcplab.app.playback.RecordedRun;
import org.mptcplab.engine.trace.TraceEvent;

class EventTableViewModelTest {
    private static final RecordedRun RUN = RecordedRun.record(DemoRuns.clientRouterServer(3), 1000);
    private final PlaybackViewModel playback = new PlaybackViewModel();
    private final EventTableViewModel table = new EventTableViewModel(playback);

    EventTableViewModelTest() {
        playback.load(RUN);
    }

    @Test
    void unfilteredTableHasOneRowPerTraceEventInOrder() {
        List<EventRow> rows = table.getVisibleRows();
        assertThat(rows).hasSize(RUN.events().size());
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).index()).isEqualTo(i);
            assertThat(rows.get(i).event()).isSameAs(RUN.events().get(i));
        }
    }

    @Test
    void kindAndNodeFiltersKeepExactlyTheMatchingEvents() {
        table.showOnly(EnumSet.of(EventKind.SYN, EventKind.SYN_ACK));
        table.nodeProperty().set("router");
        long expected = RUN.events().stream().filter(e -> e.node().equals("router"))
                .filter(e -> EventKinds.of(e) == EventKind.SYN || EventKinds.of(e) == EventKind.SYN_ACK).count();
        assertThat(expected).isEqualTo(2);
        assertThat(table.getVisibleRows()).hasSize((int) expected)
                .allMatch(r -> r.node().equals("router") && (r.kind() == EventKind.SYN || r.kind() == EventKind.SYN_ACK));
        table.nodeProperty().set(null);
        table.setKindShown(EventKind.SYN, false);
        assertThat(table.getVisibleRows()).allMatch(r -> r.kind() == EventKind.SYN_ACK).isNotEmpty();
    }

    @Test
    void choosingARowMovesTheCursorAndTheCursorNamesTheLastVisibleRowAtOrBeforeIt() {
        table.showOnly(EnumSet.of(EventKind.SYN_ACK));
        EventRow synAck = table.getVisibleRows().get(0);
        table.choose(synAck);
        assertThat(playback.getCursor()).isEqualTo(synAck.index());
        assertThat(playback.getSelectedIndex()).isEqualTo(synAck.index());
        assertThat(table.visiblePositionFor(synAck.index() - 1)).isEqualTo(-1);
        assertThat(table.visiblePositionFor(RUN.events().size() - 1)).isEqualTo(table.getVisibleRows().size() - 1);
    }

    @Test
    void nodesAreTheSortedNodeNamesOfTheTrace() {
        assertThat(table.nodes()).containsExactly("client", "router", "server");
        assertThat(RUN.events()).extracting(TraceEvent::node).contains("client", "router", "server");
        assertThat(EventSummaries.of(RUN.events().get(0))).isNotBlank();
    }
}
