package org.mptcplab.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.mptcplab.app.diagram.DiagramTheme;
import org.mptcplab.app.diagram.Pt;
import org.mptcplab.app.diagram.fx.FxRenderer;
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
        Map<String, Pt> at = TopologyLayout.place(topo, 900, 300);
        assertThat(at.get("client").x()).isLessThan(at.get("router").x());
        assertThat(at.get("router").x()).isLessThan(at.get("server").x());
        assertThat(at.get("client").y()).isEqualTo(150);
        assertThat(topo.links()).extracting(l -> l.label()).containsExactly("100 Mbit/s · 5 ms", "10 Mbit/s · 10 ms");
    }

    @Test
    void loadBalancerSitsBetweenRoutersAndStackedServers() {
        TopologyModel topo = new TopologyModel(List.of(new NodeInfo("server-2", NodeRole.SERVER, List.of()),
                new NodeInfo("lb", NodeRole.LOAD_BALANCER, List.of("1.2.3.4")),
                new NodeInfo("server-1", NodeRole.SERVER, List.of()),
                new NodeInfo("client", NodeRole.CLIENT, List.of())), List.of());
        Map<String, Pt> at = TopologyLayout.place(topo, 300, 200);
        assertThat(at.get("client").x()).isLessThan(at.get("lb").x());
        assertThat(at.get("lb").x()).isLessThan(at.get("server-1").x());
        assertThat(at.get("server-1").x()).isEqualTo(at.get("server-2").x());
        assertThat(at.get("server-2").y()).isLessThan(at.get("server-1").y());
    }

    @Test
    void everyLegendKindHasItsOwnColour() {
        assertThat(DiagramTheme.legendKinds()).allMatch(EventKind::isPacket);
        assertThat(DiagramTheme.legendKinds().stream().map(k -> FxRenderer.fx(DiagramTheme.LIGHT.packet(k)))
                .distinct().count()).isEqualTo(DiagramTheme.legendKinds().size());
    }

    @Test
    void aLoneLoadBalancerStaysClearOfTheRouterToServerLinksThatCrossItsColumn() {
        TopologyModel topo = new TopologyModel(List.of(new NodeInfo("client", NodeRole.CLIENT, List.of()),
                new NodeInfo("r1", NodeRole.ROUTER, List.of()), new NodeInfo("lb", NodeRole.LOAD_BALANCER, List.of()),
                new NodeInfo("s1", NodeRole.SERVER, List.of()), new NodeInfo("s2", NodeRole.SERVER, List.of()),
                new NodeInfo("s3", NodeRole.SERVER, List.of())), List.of());
        Map<String, Pt> at = TopologyLayout.place(topo, 800, 700);
        Pt lb = at.get("lb");
        for (String s : List.of("s1", "s2", "s3")) {
            Pt r = at.get("r1");
            Pt srv = at.get(s);
            double yAtLb = r.y() + (srv.y() - r.y()) * (lb.x() - r.x()) / (srv.x() - r.x());
            // Half a node box (27 px) plus a margin.
            assertThat(Math.abs(yAtLb - lb.y())).as("r1-" + s).isGreaterThan(40);
        }
        assertThat(at.get("client").x()).isEqualTo(TopologyLayout.MARGIN);
        assertThat(at.get("s1").x()).isEqualTo(800 - TopologyLayout.MARGIN);
    }
}
