package org.mptcplab.engine.lb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mptcplab.engine.lb.LbLab.CLIENT;
import static org.mptcplab.engine.lb.LbLab.VIP;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.trace.RouteChange;

/** Backends removed and re-added while flows run: which established flows change server. */
class BackendChangeTest {
    private static final int FLOWS = 60;

    @Test
    void removingAMaglevBackendMovesOnlyItsOwnFlowsThroughTheBalancer() {
        // M = 13 over s1..s3: removing s2 leaves every other slot with its owner. Maglev promises
        // minimal disruption, not none: removing s3 instead would move 2 of the 13 slots.
        LbLab lab = new LbLab(Forwarding.DSR, b -> Maglev.of(13, b));
        Map<Integer, String> before = sendFlows(lab);

        lab.lb.removeBackend("s2");
        Map<Integer, String> after = sendFlows(lab);

        assertThat(before).containsValue("s2");
        before.forEach((port, server) -> {
            if (server.equals("s2")) {
                assertThat(after.get(port)).isIn("s1", "s3");
            } else {
                assertThat(after.get(port)).as("flow from port %d", port).isEqualTo(server);
            }
        });
    }

    @Test
    void removingAModNBackendMovesFlowsOfSurvivorsToo() {
        LbLab lab = new LbLab(Forwarding.DSR);
        Map<Integer, String> before = sendFlows(lab);

        lab.lb.removeBackend("s3");
        Map<Integer, String> after = sendFlows(lab);

        long survivorsMoved = before.entrySet().stream()
                .filter(e -> !e.getValue().equals("s3") && !after.get(e.getKey()).equals(e.getValue())).count();
        long survivors = before.values().stream().filter(s -> !s.equals("s3")).count();
        // mod 3 -> mod 2: a survivor's flow stays only when both residues name the same server, ~1/2
        assertThat(survivorsMoved).isBetween(survivors / 4, survivors * 3 / 4);
    }

    @Test
    void aFlowTableKeepsPinnedFlowsOnTheirServerWhenTheSetChanges() {
        LbLab lab = new LbLab(Forwarding.DSR);
        lab.lb.enableFlowTable(1000);
        Map<Integer, String> before = sendFlows(lab);

        lab.lb.removeBackend("s3");
        Map<Integer, String> after = sendFlows(lab);

        before.forEach((port, server) -> {
            if (!server.equals("s3")) {
                assertThat(after.get(port)).isEqualTo(server);
            } else {
                assertThat(after.get(port)).isIn("s1", "s2");
            }
        });
        assertThat(lab.lb.flowTable().orElseThrow().size()).isEqualTo(FLOWS);
        assertThat(lab.decisions()).extracting(d -> d.function()).contains("flow table");
    }

    @Test
    void scheduledRemovalAndReAddPublishRouteChangesAndRestoreTheOriginalChoice() {
        LbLab lab = new LbLab(Forwarding.DSR);
        lab.lb.scheduleRemoval("s1", Time.millis(100));
        lab.lb.scheduleRestore("s1", Time.millis(200));
        Map<Integer, String> before = sendFlows(lab);

        lab.sim.runUntil(Time.millis(150));
        Map<Integer, String> during = sendFlows(lab);
        lab.sim.runUntil(Time.millis(250));
        Map<Integer, String> afterwards = sendFlows(lab);

        assertThat(during).doesNotContainValue("s1");
        assertThat(afterwards).isEqualTo(before);
        assertThat(lab.recorder.ofType(RouteChange.class)).filteredOn(c -> c.node().equals("lb") && c.prefix().toString().equals("1.2.3.4/32")).satisfiesExactly(
                removed -> {
                    assertThat(removed.time()).isEqualTo(Time.millis(100));
                    assertThat(removed.action()).isEqualTo(RouteChange.Action.BACKEND_REMOVED);
                    assertThat(removed.detail()).isEqualTo("s1");
                    assertThat(removed.nextHops()).containsExactly("s2", "s3");
                    assertThat(removed.prefix()).hasToString("1.2.3.4/32");
                },
                added -> {
                    assertThat(added.time()).isEqualTo(Time.millis(200));
                    assertThat(added.action()).isEqualTo(RouteChange.Action.BACKEND_ADDED);
                    assertThat(added.nextHops()).containsExactly("s1", "s2", "s3");
                });
    }

    @Test
    void resilientBucketsAtTheBalancerKeepSurvivorsWhenABackendLeaves() {
        Function<List<String>, BackendSelector> buckets = b -> ResilientBuckets.of(32, b);
        LbLab lab = new LbLab(Forwarding.DSR, buckets);
        Map<Integer, String> before = sendFlows(lab);

        lab.lb.removeBackend("s1");
        Map<Integer, String> after = sendFlows(lab);

        before.forEach((port, server) -> {
            if (!server.equals("s1")) {
                assertThat(after.get(port)).isEqualTo(server);
            }
        });
        assertThat(after).doesNotContainValue("s1");
    }

    /** Sends one data packet on each of FLOWS flows; returns client port -> server reached. */
    private static Map<Integer, String> sendFlows(LbLab lab) {
        lab.arrivals.values().forEach(List::clear);
        for (int i = 0; i < FLOWS; i++) {
            lab.client.send(Pkt.data(CLIENT, 30000 + i, VIP, 80, 100));
        }
        lab.run();
        Map<Integer, String> where = new LinkedHashMap<>();
        for (int i = 0; i < FLOWS; i++) {
            where.put(30000 + i, lab.serverOf(30000 + i));
        }
        assertThat(where).doesNotContainValue(null);
        return where;
    }
}
