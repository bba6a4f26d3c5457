package org.mptcplab.engine.lb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.trace.RouteChange;
import org.mptcplab.engine.wire.IpPrefix;

class AnycastEcmpTest {
    private static final int FLOWS = 300;

    @Test
    void hashThresholdSpreadsFlowsOverTheThreeServers() {
        AnycastLab lab = new AnycastLab(HashInput.L4, 0);

        List<String> where = lab.sendFlows(FLOWS);

        for (String s : List.of("s1", "s2", "s3")) {
            assertThat(Collections.frequency(where, s)).as(s).isBetween(FLOWS / 5, FLOWS / 2);
        }
        assertThat(lab.recorder.ofType(HashDecision.class)).hasSize(FLOWS).allSatisfy(d -> {
            assertThat(d.node()).isEqualTo("r");
            assertThat(d.method()).isEqualTo("hash-threshold");
            assertThat(d.candidates()).containsExactly("s1", "s2", "s3");
        });
        HashDecision first = lab.recorder.ofType(HashDecision.class).get(0);
        assertThat(first.chosen()).isEqualTo(where.get(0));
    }

    @Test
    void anL3PolicySendsEveryFlowOfOneClientToOneServer() {
        AnycastLab lab = new AnycastLab(HashInput.L3, 0);

        List<String> where = lab.sendFlows(50);

        assertThat(where).containsOnly(where.get(0));
        assertThat(lab.recorder.ofType(HashDecision.class).get(0).fields()).isEqualTo("src,dst");
    }

    @Test
    void aWithdrawalTakesEffectOnlyAfterTheConvergenceDelayAndMovesFlowsOfSurvivors() {
        AnycastLab lab = new AnycastLab(HashInput.L4, 0);
        List<String> before = lab.sendFlows(FLOWS);
        long t0 = Time.seconds(1);
        lab.announcer.withdrawAt("s1", t0);

        lab.sim.runUntil(t0 + AnycastLab.CONVERGENCE / 2);
        List<String> converging = lab.sendFlows(FLOWS);
        lab.sim.runUntil(t0 + AnycastLab.CONVERGENCE * 2);
        List<String> after = lab.sendFlows(FLOWS);

        assertThat(converging).isEqualTo(before);
        assertThat(after).doesNotContain("s1");
        assertThat(survivorsMoved(before, after, "s1")).as("hash-threshold boundaries shift").isGreaterThan(10);
        List<RouteChange> changes = lab.recorder.ofType(RouteChange.class).stream()
                .filter(c -> c.action() == RouteChange.Action.WITHDRAWN).toList();
        assertThat(changes).satisfiesExactly(
                speaker -> {
                    assertThat(speaker.node()).isEqualTo("s1");
                    assertThat(speaker.time()).isEqualTo(t0);
                    assertThat(speaker.nextHops()).containsExactly("s2", "s3");
                },
                router -> {
                    assertThat(router.node()).isEqualTo("r");
                    assertThat(router.time()).isEqualTo(t0 + AnycastLab.CONVERGENCE);
                    assertThat(router.prefix()).hasToString("1.2.3.4/32");
                });
    }

    @Test
    void reAnnouncingMovesFlowsAgainWhileTheWithdrawnServerStaysReachable() {
        AnycastLab lab = new AnycastLab(HashInput.L4, 0);
        lab.announcer.maintenance("s1", Time.seconds(1), Time.seconds(5), Time.seconds(10), Time.seconds(11));
        lab.sim.runUntil(Time.seconds(2));
        List<String> withdrawn = lab.sendFlows(FLOWS);
        lab.client.send(Pkt.syn("10.0.0.1", 999, "5.6.7.2", 22));
        lab.sim.runUntil(Time.seconds(3));
        assertThat(lab.arrivals.get("s1")).as("s1 by its unique address").extracting(p -> p.srcPort())
                .containsExactly(999);

        lab.sim.runUntil(Time.seconds(7));
        List<String> back = lab.sendFlows(FLOWS);

        assertThat(survivorsMoved(withdrawn, back, "none")).as("flows of s2 and s3 moved at re-announcement")
                .isGreaterThan(10);
        assertThat(lab.recorder.ofType(RouteChange.class)).filteredOn(c -> c.node().equals("s1") && c.prefix().toString().equals("1.2.3.4/32"))
                .extracting(RouteChange::action)
                .containsExactly(RouteChange.Action.WITHDRAWN, RouteChange.Action.ANNOUNCED);
        assertThat(lab.announcer.announcing()).containsExactly("s1", "s2", "s3");
        assertThat(lab.r.routes().find(IpPrefix.parse("1.2.3.4/32")).nextHops())
                .extracting(lab.serverOfHop::get).containsExactly("s2", "s3", "s1");
    }

    @Test
    void resilientBucketsMoveOnlyTheWithdrawnServersFlows() {
        AnycastLab lab = new AnycastLab(HashInput.L4, 64);
        List<String> before = lab.sendFlows(FLOWS);
        lab.announcer.withdrawAt("s1", Time.seconds(1));
        lab.sim.runUntil(Time.seconds(2));

        List<String> after = lab.sendFlows(FLOWS);

        assertThat(after).doesNotContain("s1");
        assertThat(survivorsMoved(before, after, "s1")).isZero();
        assertThat(lab.recorder.ofType(HashDecision.class).get(0).method()).isEqualTo("resilient B=64");
    }

    private static long survivorsMoved(List<String> before, List<String> after, String removed) {
        long moved = 0;
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(removed) && !before.get(i).equals(after.get(i))) {
                moved++;
            }
        }
        return moved;
    }
}
