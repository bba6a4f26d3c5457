package org.mptcplab.app.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.scenario.run.RunSummary;
import org.mptcplab.engine.scenario.run.ScenarioRun;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.RouteChange;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.wire.MpJoinSyn;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.lessons.scenario.ScenarioLoader;

/** The two default pairs: where the stories part, and the anchors around it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompareModelTest {
    private CompareModel l4lb;
    private CompareModel anycast;

    @BeforeAll
    void record() {
        l4lb = ComparePairs.model("l4lb-mptcp-plain", "l4lb-mptcp-fixed");
        anycast = ComparePairs.model("anycast-tcp", "anycast-mptcp-fixed");
    }

    private static boolean carriesJoinSyn(Packet p) {
        return p != null && p.tcp().find(MpJoinSyn.class).isPresent();
    }

    private static int firstJoinHashDecision(List<TraceEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof HashDecision d && carriesJoinSyn(d.packet())) {
                return i;
            }
        }
        return -1;
    }

    private static int firstWithdrawal(List<TraceEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof RouteChange r && r.action() == RouteChange.Action.WITHDRAWN) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void l4lbPairDivergesOnTheJoinsHashDecision() {
        List<TraceEvent> left = l4lb.leftRun().events();
        List<TraceEvent> right = l4lb.rightRun().events();
        Divergence d = l4lb.divergence().orElseThrow();
        int join = firstJoinHashDecision(left);
        assertThat(join).isPositive();
        assertThat(d.leftIndex()).isEqualTo(join);
        HashDecision decision = (HashDecision) left.get(join);
        // With the fix the JOIN goes to the server's own address: no hash decision, it simply arrives.
        assertThat(firstJoinHashDecision(right)).isEqualTo(-1);
        assertThat(right.get(d.rightIndex())).isInstanceOfSatisfying(PacketEvent.class, p -> {
            assertThat(p.kind()).isEqualTo(PacketEvent.Kind.RECEIVED);
            assertThat(carriesJoinSyn(p.packet())).isTrue();
        });
        assertThat(d.sentence()).contains("MP_JOIN #1", "1.2.3.4", "hashes it to " + decision.chosen(), "RST",
                ((PacketEvent) right.get(d.rightIndex())).packet().ip().dst().toString(), "SYN/ACK");
    }

    @Test
    void anycastPairDivergesOnTheFirstWithdrawal() {
        Divergence d = anycast.divergence().orElseThrow();
        assertThat(d.leftIndex()).isEqualTo(firstWithdrawal(anycast.leftRun().events())).isPositive();
        assertThat(d.rightIndex()).isEqualTo(firstWithdrawal(anycast.rightRun().events())).isPositive();
        assertThat(d.sentence()).contains("withdrawn", "RSTs follow", "no RST follows");
    }

    @Test
    void theDivergenceIsAnAnchorSoBothSidesShowItTogether() {
        Divergence d = l4lb.divergence().orElseThrow();
        assertThat(l4lb.anchors()).anySatisfy(a -> {
            assertThat(a.leftIndex()).isEqualTo(d.leftIndex());
            assertThat(a.rightIndex()).isEqualTo(d.rightIndex());
        });
        assertThat(l4lb.rightIndexFor(d.leftIndex())).isEqualTo(d.rightIndex());
        assertThat(l4lb.leftIndexFor(d.rightIndex())).isEqualTo(d.leftIndex());
    }

    @Test
    void anchorsIncreaseOnBothSidesAndMapExactly() {
        for (CompareModel m : List.of(l4lb, anycast)) {
            List<Anchor> anchors = m.anchors();
            assertThat(anchors).hasSizeGreaterThan(3);
            for (int k = 1; k < anchors.size(); k++) {
                assertThat(anchors.get(k).leftIndex()).isGreaterThan(anchors.get(k - 1).leftIndex());
                assertThat(anchors.get(k).rightIndex()).isGreaterThan(anchors.get(k - 1).rightIndex());
            }
            anchors.forEach(a -> assertThat(m.rightIndexFor(a.leftIndex())).isEqualTo(a.rightIndex()));
        }
    }

    @Test
    void alignmentOverTheWholeTraceIsMonotoneAndCoversBothEnds() {
        int n = l4lb.leftRun().events().size();
        int previous = -1;
        for (int i = -1; i < n; i++) {
            int r = l4lb.rightIndexFor(i);
            assertThat(r).isGreaterThanOrEqualTo(previous).isLessThan(l4lb.rightRun().events().size());
            previous = r;
        }
        assertThat(l4lb.rightIndexFor(-1)).isEqualTo(-1);
        assertThat(l4lb.rightIndexFor(n - 1)).isEqualTo(l4lb.rightRun().events().size() - 1);
    }

    /** The engine's own summary ({@code mptcp-lab run}), counted by its metrics sink, not by the compare model. */
    private static RunSummary summary(String id) throws Exception {
        Scenario s = ScenarioLoader.builtIn(id);
        return ScenarioRun.build(s, s.seed()).run();
    }

    private static void assertBadges(Badges b, RunSummary summary, double goodputTolerance) {
        assertThat(b.subflowsEstablished()).isEqualTo(summary.totalSubflowsEstablished());
        assertThat(b.subflowsRefused()).isEqualTo(summary.totalSubflowsRefused());
        assertThat((long) b.rsts()).isEqualTo(summary.rstSentAll());
        assertThat(b.goodputBitsPerSecond() / 1e6)
                .isCloseTo(summary.totalGoodputMbps(), within(summary.totalGoodputMbps() * goodputTolerance));
    }

    @Test
    void l4lbBadgesEqualTheEnginesRunSummary() throws Exception {
        assertBadges(l4lb.left(), summary("l4lb-mptcp-plain"), 0.001);
        assertBadges(l4lb.right(), summary("l4lb-mptcp-fixed"), 0.001);
        assertThat(l4lb.left().subflowsRefused()).isEqualTo(1);
        assertThat(l4lb.right().subflowsRefused()).isZero();
    }

    @Test
    void anycastBadgesEqualTheEnginesRunSummary() throws Exception {
        // The summary adds one goodput per connection over its own lifetime; the badge divides all bytes by
        // the span since the first start: with starts staggered over 110 ms of 12 s they agree within 2 %.
        assertBadges(anycast.left(), summary("anycast-tcp"), 0.02);
        assertBadges(anycast.right(), summary("anycast-mptcp-fixed"), 0.02);
        assertThat(anycast.left().rsts()).isPositive();
        assertThat(anycast.right().rsts()).isZero();
    }

    @Test
    void throughputStripsShareTheTimeAxisAndCarryTheDeliveredBytes() {
        ThroughputStrip l = l4lb.throughput(true);
        ThroughputStrip r = l4lb.throughput(false);
        assertThat(l.binNanos()).isEqualTo(r.binNanos());
        assertThat(l.bitsPerSecond()).hasSize(CompareModel.THROUGHPUT_BINS);
        double bits = l.bitsPerSecond().stream().mapToDouble(Double::doubleValue).sum() * l.binNanos() / 1e9;
        // The download is 10 MB: the strip integrates to it (plus handshake bytes, minus nothing).
        assertThat(bits / 8).isBetween(10_000_000.0, 10_000_100.0);
    }
}
