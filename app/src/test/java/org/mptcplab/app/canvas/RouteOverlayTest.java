package org.mptcplab.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.app.playback.LinkInfo;
import org.mptcplab.app.playback.NodeRole;
import org.mptcplab.app.playback.RecordedRun;
import org.mptcplab.app.playback.ScenarioRunSource;
import org.mptcplab.app.playback.StateFolder;
import org.mptcplab.app.playback.TopologyModel;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.RouteChange;
import org.mptcplab.engine.trace.TraceEvent;

/** DSR return paths and withdrawn routes, as the canvas marks them, against catalogue traces. */
class RouteOverlayTest {

    @Test
    void dsrRepliesMarkTheirLinksOnlyOnceTheyLeftAndNeverTheLoadBalancers() throws Exception {
        RecordedRun run = RecordedRun.record(ScenarioRunSource.builtIn("l4lb-tcp"), 5_000);
        TopologyModel topo = run.topology();
        RouteOverlay overlay = new RouteOverlay(StateFolder.index(run.events(), topo), topo);
        String lb = topo.nodes().stream().filter(n -> n.role() == NodeRole.LOAD_BALANCER).findFirst().orElseThrow()
                .name();
        int firstServerSend = indexOf(run.events(), e -> e instanceof PacketEvent p && p.kind() == PacketEvent.Kind.SENT
                && topo.node(p.node()).orElseThrow().role() == NodeRole.SERVER);
        assertThat(overlay.at(firstServerSend - 1).dsrLinks()).isEmpty();
        assertThat(overlay.at(firstServerSend).dsrLinks()).isNotEmpty();
        List<String> lbLinks = topo.links().stream().filter(l -> l.peerOf(lb) != null).map(LinkInfo::name).toList();
        assertThat(overlay.at(run.events().size() - 1).dsrLinks()).doesNotContainAnyElementsOf(lbLinks);
    }

    @Test
    void aWithdrawnRouteStaysMarkedUntilItIsAnnouncedAgain() throws Exception {
        RecordedRun run = RecordedRun.record(ScenarioRunSource.builtIn("anycast-tcp"), 5_000);
        TopologyModel topo = run.topology();
        RouteOverlay overlay = new RouteOverlay(StateFolder.index(run.events(), topo), topo);
        int withdrawn = indexOf(run.events(), e -> e instanceof RouteChange r && r.action() == RouteChange.Action.WITHDRAWN);
        RouteChange w = (RouteChange) run.events().get(withdrawn);
        String link = RouteOverlay.linkOf(w, topo).orElseThrow();
        assertThat(overlay.at(withdrawn - 1).withdrawnLinks()).doesNotContain(link);
        assertThat(overlay.at(withdrawn).withdrawnLinks()).contains(link);
        int back = -1;
        for (int i = withdrawn + 1; i < run.events().size() && back < 0; i++) {
            if (run.events().get(i) instanceof RouteChange r && r.action() == RouteChange.Action.ANNOUNCED
                    && RouteOverlay.linkOf(r, topo).orElse("").equals(link)) {
                back = i;
            }
        }
        assertThat(back).isPositive();
        assertThat(overlay.at(back - 1).withdrawnLinks()).contains(link);
        assertThat(overlay.at(back).withdrawnLinks()).doesNotContain(link);
    }

    private static int indexOf(List<TraceEvent> events, java.util.function.Predicate<TraceEvent> p) {
        for (int i = 0; i < events.size(); i++) {
            if (p.test(events.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such event");
    }
}
