package org.mptcplab.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.mptcplab.app.diagram.Pt;
import org.junit.jupiter.api.Test;
import org.mptcplab.app.playback.EventKind;
import org.mptcplab.app.playback.PacketHop;

class PacketMarkersTest {
    private static final Map<String, Pt> AT = Map.of("a", new Pt(100, 100), "b", new Pt(700, 100));

    private static PacketHop hop(int index, String from, String to, long depart, long end, EventKind kind) {
        return new PacketHop(index, index + 1, false, "a-b", from, to, depart, end, null, kind, 1000);
    }

    @Test
    void movingPacketsGoFromBoxEdgeToBoxEdgeOnTheRightOfTheirDirection() {
        PacketHop right = hop(0, "a", "b", 0, 1000, EventKind.SYN);
        PacketHop left = hop(1, "b", "a", 0, 1000, EventKind.SYN_ACK);
        List<PacketMarker> start = PacketMarkers.place(List.of(right, left), 0, AT, 100, 40, 10);
        assertThat(start.get(0).position().x()).isEqualTo(100 + 50 + 10);
        assertThat(start.get(0).position().y()).isGreaterThan(100);
        assertThat(start.get(1).position().x()).isEqualTo(700 - 50 - 10);
        assertThat(start.get(1).position().y()).isLessThan(100);
        List<PacketMarker> half = PacketMarkers.place(List.of(right), 500, AT, 100, 40, 10);
        assertThat(half.get(0).position().x()).isEqualTo(400);
    }

    @Test
    void queuedPacketsAndOverlappingOnesOfOneKindBecomeTrainsWithCounts() {
        // Propagation 1000 ns: packets ending at 5000 and 5001 only start moving at 4000 and 4001.
        PacketHop q1 = hop(0, "a", "b", 0, 5000, EventKind.DATA);
        PacketHop q2 = hop(1, "a", "b", 0, 5001, EventKind.DATA);
        List<PacketMarker> queued = PacketMarkers.place(List.of(q1, q2), 100, AT, 100, 40, 10);
        assertThat(queued).singleElement().satisfies(m -> {
            assertThat(m.count()).isEqualTo(2);
            assertThat(m.label()).isEqualTo("data ×2");
        });
        List<PacketMarker> moving = PacketMarkers.place(List.of(q1, q2), 4500, AT, 100, 40, 10);
        assertThat(moving).singleElement().satisfies(m -> assertThat(m.count()).isEqualTo(2));
    }

    @Test
    void aThousandPacketsOfOneKindAlongALinkBecomeAFewTrainsThatStillCountEveryPacket() {
        List<PacketHop> flying = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            // Departures 1 ns apart on a link whose propagation (1000 ns) dominates: all moving, evenly spread.
            flying.add(hop(i, "a", "b", i, 1000 + i, EventKind.DSS_DATA));
        }
        List<PacketMarker> markers = PacketMarkers.place(flying, 1000, AT, 100, 40, 10);
        assertThat(markers.stream().mapToInt(PacketMarker::count).sum()).isEqualTo(1000);
        // Usable length 600 - 2 * 60 = 480 px, one train per two marker widths (20 px) at most.
        assertThat(markers.size()).isBetween(2, 480 / 20 + 1);
        assertThat(markers.get(0).label()).startsWith("DSS data ×");
    }

    @Test
    void aQueuedSignallingSegmentGetsItsOwnMarkerBesideTheQueuedDataTrain() {
        PacketHop d1 = hop(0, "a", "b", 0, 5000, EventKind.DSS_DATA);
        PacketHop addAddr = hop(1, "a", "b", 0, 5001, EventKind.ADD_ADDR);
        PacketHop d2 = hop(2, "a", "b", 0, 5002, EventKind.DSS_DATA);
        List<PacketMarker> queued = PacketMarkers.place(List.of(d1, addAddr, d2), 100, AT, 100, 40, 10);
        assertThat(queued).extracting(PacketMarker::label).containsExactly("DSS data ×2", "ADD_ADDR");
        assertThat(queued.get(1).position().x()).isGreaterThan(queued.get(0).position().x());
    }

    @Test
    void parallelLinksAreDrawnSideBySideAndTheirPacketsFollowThem() {
        org.mptcplab.app.playback.TopologyModel topo = new org.mptcplab.app.playback.TopologyModel(List.of(),
                List.of(new org.mptcplab.app.playback.LinkInfo("a-b", "a", "eth0", "b", "eth0", 1, 1),
                        new org.mptcplab.app.playback.LinkInfo("a-b#2", "b", "eth1", "a", "eth1", 1, 1)));
        Map<String, Pt> shifts = LinkGeometry.shifts(topo, AT);
        assertThat(shifts.get("a-b").distance(shifts.get("a-b#2"))).isEqualTo(LinkGeometry.GAP);
        assertThat(shifts.get("a-b").x()).isZero();
        PacketHop onFirst = hop(0, "a", "b", 0, 1000, EventKind.SYN);
        double plain = PacketMarkers.place(List.of(onFirst), 500, AT, 100, 40, 10).get(0).position().y();
        double shifted = PacketMarkers.place(List.of(onFirst), 500, AT, shifts, 100, 40, 10).get(0).position().y();
        assertThat(shifted - plain).isEqualTo(shifts.get("a-b").y());
    }
}
