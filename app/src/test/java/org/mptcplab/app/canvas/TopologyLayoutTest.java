package org.mptcplab.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;
import org.mptcplab.app.playback.DemoRuns;
import org.mptcplab.app.playback.EventKind;
import org.mptcplab.app.playback.NodeInfo;
import org.mptcplab.app.playback.NodeRole;
import org.mptcplab.app.playback.TopologyModel;

class TopologyLayoutTest {

    @Test
    void demoIsLaidOutClientRouterServerLeftToRightOnOneRow() {
        TopologyModel topo = DemoRuns.clientRouterServer(1).topology();
        Map<String, Point2D> at = TopologyLayout.place(topo, 900, 300);
        assertThat(at.get("client").getX()).isLessThan(at.get("router").getX());
        assertThat(at.get("router").getX()).isLessThan(at.get("server").getX());
        assertThat(at.get("client").getY()).isEqualTo(150);
        assertThat(topo.links()).extracting(l -> l.label()).containsExactly("100 Mbit/s · 5 ms", "10 Mbit/s · 10 ms");
    }

    @Test
    void loadBalancerSitsBetweenRoutersAndStackedServers() {
        TopologyModel topo = new TopologyModel(List.of(new NodeInfo("server-2", NodeRole.SERVER, List.of()),
                new NodeInfo("lb", NodeRole.LOAD_BALANCER, List.of("1.2.3.4")),
                new NodeInfo("server-1", NodeRole.SERVER, List.of()),
                new NodeInfo("client", NodeRole.CLIENT, List.of())), List.of());
        Map<String, Point2D> at = TopologyLayout.place(topo, 300, 200);
        assertThat(at.get("client").getX()).isLessThan(at.get("lb").getX());
        assertThat(at.get("lb").getX()).isLessThan(at.get("server-1").getX());
        assertThat(at.get("server-1").getX()).isEqualTo(at.get("server-2").getX());
        assertThat(at.get("server-2").getY()).isLessThan(at.get("server-1").getY());
    }

    @Test
    void everyLegendKindHasItsOwnColour() {
        assertThat(PacketPalette.legendKinds()).allMatch(EventKind::isPacket);
        assertThat(PacketPalette.legendKinds().stream().map(PacketPalette::colour).distinct().count())
                .isEqualTo(PacketPalette.legendKinds().size());
    }

    @Test
    void aLoneLoadBalancerStaysClearOfTheRouterToServerLinksThatCrossItsColumn() {
        TopologyModel topo = new TopologyModel(List.of(new NodeInfo("client", NodeRole.CLIENT, List.of()),
                new NodeInfo("r1", NodeRole.ROUTER, List.of()), new NodeInfo("lb", NodeRole.LOAD_BALANCER, List.of()),
                new NodeInfo("s1", NodeRole.SERVER, List.of()), new NodeInfo("s2", NodeRole.SERVER, List.of()),
                new NodeInfo("s3", NodeRole.SERVER, List.of())), List.of());
        Map<String, Point2D> at = TopologyLayout.place(topo, 800, 700);
        Point2D lb = at.get("lb");
        for (String s : List.of("s1", "s2", "s3")) {
            Point2D r = at.get("r1");
            Point2D srv = at.get(s);
            double yAtLb = r.getY() + (srv.getY() - r.getY()) * (lb.getX() - r.getX()) / (srv.getX() - r.getX());
            // Half a node box (27 px) plus a margin.
            assertThat(Math.abs(yAtLb - lb.getY())).as("r1-" + s).isGreaterThan(40);
        }
        assertThat(at.get("client").getX()).isEqualTo(TopologyLayout.MARGIN);
        assertThat(at.get("s1").getX()).isEqualTo(800 - TopologyLayout.MARGIN);
    }
}
