package org.mptcplab.app.sequence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mptcplab.app.playback.EventKind;
import org.mptcplab.app.playback.NodeRole;
import org.mptcplab.app.playback.PlaybackViewModel;
import org.mptcplab.app.playback.RecordedRun;
import org.mptcplab.app.playback.ScenarioRunSource;
import org.mptcplab.app.playback.TopologyModel;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.wire.AddAddr;

/** The sequence chart's view-model against the trace of the catalogue's fix scenario. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SequenceChartViewModelTest {
    private RecordedRun run;
    private PlaybackViewModel playback;
    private SequenceChartViewModel vm;

    @BeforeAll
    void record() throws Exception {
        run = RecordedRun.record(ScenarioRunSource.builtIn("l4lb-mptcp-fixed"), 5_000);
        playback = new PlaybackViewModel();
        vm = new SequenceChartViewModel(playback);
        playback.load(run);
    }

    /** Hops leaving a shown lane onto a link, counted straight from the trace: one per SENT / FORWARDED event. */
    private static int hopsFromTrace(List<TraceEvent> events, TopologyModel topo, int cursor, boolean routers) {
        int n = 0;
        for (int i = 0; i <= cursor; i++) {
            if (events.get(i) instanceof PacketEvent p
                    && (p.kind() == PacketEvent.Kind.SENT || p.kind() == PacketEvent.Kind.FORWARDED)
                    && p.iface() != null && topo.linkAt(p.node(), p.iface()).isPresent()
                    && (routers || topo.node(p.node()).orElseThrow().role() != NodeRole.ROUTER)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void withoutCollapsingThereIsOneArrowPerShownPacketHopAtEveryCursor() {
        vm.collapseTrainsProperty().set(false);
        try {
            int size = run.events().size();
            for (int cursor : new int[] {-1, 0, 5, 40, size / 3, size - 1}) {
                playback.seek(cursor);
                int expected = cursor < 0 ? 0 : hopsFromTrace(run.events(), run.topology(), cursor, false);
                assertThat(vm.getChart().arrows()).as("cursor %d", cursor).hasSize(expected);
            }
        } finally {
            vm.collapseTrainsProperty().set(true);
        }
    }

    @Test
    void showingRouterLanesAddsTheirHopsAndLanes() {
        vm.showRoutersProperty().set(true);
        vm.collapseTrainsProperty().set(false);
        try {
            playback.seek(run.events().size() / 2);
            assertThat(vm.getChart().lanes()).anyMatch(l -> l.role() == NodeRole.ROUTER);
            assertThat(vm.getChart().arrows())
                    .hasSize(hopsFromTrace(run.events(), run.topology(), playback.getCursor(), true));
        } finally {
            vm.showRoutersProperty().set(false);
            vm.collapseTrainsProperty().set(true);
        }
        assertThat(vm.getChart().lanes()).noneMatch(l -> l.role() == NodeRole.ROUTER);
    }

    @Test
    void lanesGoClientsThenLoadBalancerThenServers() {
        List<NodeRole> roles = vm.getChart().lanes().stream().map(SequenceLane::role).toList();
        assertThat(roles).isSortedAccordingTo(java.util.Comparator.comparingInt(NodeRole::column));
        assertThat(roles).contains(NodeRole.CLIENT, NodeRole.LOAD_BALANCER, NodeRole.SERVER);
    }

    @Test
    void bulkTransfersCollapseIntoTrainsThatStillCountEveryHop() {
        int last = run.events().size() - 1;
        playback.seek(last);
        SequenceChart chart = vm.getChart();
        assertThat(chart.hopCount()).isEqualTo(hopsFromTrace(run.events(), run.topology(), last, false));
        assertThat(chart.arrows().size()).isLessThan(chart.hopCount() / 2);
        assertThat(chart.arrows()).anyMatch(a -> a.count() > 1 && a.label().contains("×" + a.count()));
        assertThat(chart.arrows()).filteredOn(a -> a.count() > 1)
                .allMatch(a -> a.kind() == EventKind.DSS_DATA || a.kind() == EventKind.DATA || a.kind() == EventKind.ACK);
    }

    @Test
    void theFixShowsTheCFlagTheJoinAndTheAddAddrWithItsAddress() {
        playback.reset();
        assertThat(playback.runToNext(EventKind.ADD_ADDR)).isTrue();
        while (!(playback.currentEventProperty().get() instanceof PacketEvent)) {
            assertThat(playback.runToNext(EventKind.ADD_ADDR)).isTrue();
        }
        AddAddr sent = ((PacketEvent) playback.currentEventProperty().get()).packet().tcp().find(AddAddr.class)
                .orElseThrow();
        SequenceChart chart = vm.getChart();
        assertThat(chart.arrows()).anyMatch(a -> a.label().startsWith("SYN/ACK + MP_CAPABLE C"));
        assertThat(chart.arrows()).anyMatch(a -> a.label().contains(
                "ADD_ADDR id=" + sent.addressId() + " " + sent.address()));
        assertThat(playback.runToNext(EventKind.MP_JOIN)).isTrue();
        assertThat(vm.getChart().arrows()).anyMatch(a -> a.label().startsWith("SYN + MP_JOIN tok=0x"));
    }

    @Test
    void aJoinHashedToTheWrongServerShowsItsRst() throws Exception {
        RecordedRun plain = RecordedRun.record(ScenarioRunSource.builtIn("l4lb-mptcp-plain"), 5_000);
        PlaybackViewModel pb = new PlaybackViewModel();
        SequenceChartViewModel chartVm = new SequenceChartViewModel(pb);
        pb.load(plain);
        assertThat(pb.runToNext(EventKind.RST)).isTrue();
        int rst = pb.getCursor();
        assertThat(chartVm.getChart().arrows()).anyMatch(a -> a.label().startsWith("RST") && a.departIndices().contains(rst));
    }

    @Test
    void clickingAnArrowSelectsItsPacketForEveryView() {
        playback.reset();
        playback.runToNext(EventKind.MP_JOIN);
        SequenceArrow join = vm.getChart().arrows().stream().filter(a -> a.label().contains("MP_JOIN")).findFirst()
                .orElseThrow();
        vm.select(join);
        assertThat(playback.getSelectedIndex()).isEqualTo(join.selectIndex());
        assertThat(playback.getCursor()).isEqualTo(join.selectIndex());
        assertThat(vm.isSelected(join)).isTrue();
        assertThat(vm.getChart().arrows()).filteredOn(vm::isSelected).containsExactly(join);
    }

    @Test
    void aPacketSelectedElsewhereIsNeverHiddenInATrain() {
        int last = run.events().size() - 1;
        int data = -1;
        for (int i = last / 2; i <= last && data < 0; i++) {
            if (playback.hopDepartingAt(i) != null && playback.hopDepartingAt(i).kind() == EventKind.DSS_DATA) {
                data = i;
            }
        }
        assertThat(data).isNotNegative();
        playback.select(data);
        int selected = data;
        assertThat(vm.getChart().arrows()).filteredOn(a -> a.covers(selected))
                .singleElement().satisfies(a -> assertThat(a.count()).isEqualTo(1));
    }

    @Test
    void theChartIsAFunctionOfTheCursorSoSteppingBackShowsWhatWasShownBefore() {
        playback.seek(200);
        SequenceChart before = vm.getChart();
        for (int i = 0; i < 25; i++) {
            playback.stepForward();
        }
        assertThat(vm.getChart()).isNotEqualTo(before);
        for (int i = 0; i < 25; i++) {
            playback.stepBack();
        }
        assertThat(vm.getChart()).isEqualTo(before);
    }

    @Test
    void dataSequenceNumbersReadFromTheConnectionsIdsnSoTheFirstByteIsIdsnPlusOne() {
        playback.seek(run.events().size() - 1);
        SequenceArrow firstData = vm.getChart().arrows().stream().filter(a -> a.label().contains("DSS dsn="))
                .findFirst().orElseThrow();
        assertThat(firstData.label()).contains("DSS dsn=IDSN+1 len=");
        assertThat(vm.getChart().arrows()).filteredOn(a -> a.label().contains("DSS dsn="))
                .allMatch(a -> a.label().contains("dsn=IDSN+"));
    }

    @Test
    void rowsFollowEventOrderSoArrowsNeverPointUpwards() {
        playback.seek(run.events().size() - 1);
        SequenceChart chart = vm.getChart();
        assertThat(chart.arrows()).allMatch(a -> a.endRow() >= a.startRow());
        assertThat(chart.rowTimes()).isSorted();
    }
}
