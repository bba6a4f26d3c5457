package org.mptcplab.app.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.app.playback.ScenarioRunSource;
import org.mptcplab.engine.scenario.run.TraceJsonLines;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.wire.TcpFlags;

class TimelinesViewModelTest {
    private static List<TraceEvent> prefix(ScenarioRunSource source) {
        return TracePrefix.of(source);
    }

    private static int firstIndex(List<TraceEvent> events, java.util.function.Predicate<TraceEvent> p) {
        for (int i = 0; i < events.size(); i++) {
            if (p.test(events.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isSynAck(TraceEvent e) {
        return e instanceof PacketEvent p && p.packet().tcp().hasFlag(TcpFlags.SYN)
                && p.packet().tcp().hasFlag(TcpFlags.ACK);
    }

    private static void assertSameUpTo(List<TraceEvent> a, List<TraceEvent> b, int end) {
        for (int i = 0; i < end; i++) {
            assertThat(TraceJsonLines.toJson(b.get(i))).as("event %d", i).isEqualTo(TraceJsonLines.toJson(a.get(i)));
        }
    }

    @Test
    void clearingTheCFlagLeavesTheTraceIdenticalUntilTheServersSynAck() throws Exception {
        ScenarioRunSource fixed = ScenarioRunSource.builtIn("l4lb-mptcp-fixed");
        TimelinesViewModel timelines = new TimelinesViewModel(fixed);

        Timeline branch = timelines.branch(timelines.getSelected(), BranchParameter.C_FLAG, "off", 5);

        List<TraceEvent> a = prefix(fixed);
        List<TraceEvent> b = prefix(branch.source());
        int diverge = TraceDivergence.first(a, b);
        assertThat(diverge).isEqualTo(firstIndex(a, TimelinesViewModelTest::isSynAck)).isPositive();
        assertSameUpTo(a, b, diverge);
        assertThat(TraceJsonLines.toJson(b.get(diverge))).isNotEqualTo(TraceJsonLines.toJson(a.get(diverge)));
        assertThat(branch.source().seed()).isEqualTo(fixed.seed());
        assertThat(branch.startIndex()).isEqualTo(5);
        assertThat(timelines.timelines()).containsExactly(timelines.timelines().get(0), branch);
        assertThat(timelines.getSelected()).isEqualTo(branch);
    }

    @Test
    void changingTheHashFunctionFirstShowsAtTheFirstHashDecision() throws Exception {
        ScenarioRunSource plain = ScenarioRunSource.builtIn("l4lb-mptcp-plain");
        TimelinesViewModel timelines = new TimelinesViewModel(plain);

        Timeline branch = timelines.branch(timelines.getSelected(), BranchParameter.HASH_FUNCTION, "jenkins", 0);

        List<TraceEvent> a = prefix(plain);
        List<TraceEvent> b = prefix(branch.source());
        int diverge = TraceDivergence.first(a, b);
        assertThat(diverge).isEqualTo(firstIndex(a, e -> e instanceof HashDecision)).isPositive();
        assertThat(((HashDecision) b.get(diverge)).function()).isEqualTo("jenkins");
        assertSameUpTo(a, b, diverge);
    }

    @Test
    void switchingToNatChangesTheTraceOnlyOnceThePacketReachesTheBalancer() throws Exception {
        ScenarioRunSource plain = ScenarioRunSource.builtIn("l4lb-mptcp-plain");
        TimelinesViewModel timelines = new TimelinesViewModel(plain);

        Timeline branch = timelines.branch(timelines.getSelected(), BranchParameter.FORWARDING, "nat", 0);

        List<TraceEvent> a = prefix(plain);
        List<TraceEvent> b = prefix(branch.source());
        int diverge = TraceDivergence.first(a, b);
        int firstAtLb = firstIndex(a, e -> e.node().equals("lb"));
        assertThat(diverge).isGreaterThanOrEqualTo(firstAtLb).isPositive().isLessThan(a.size());
    }

    @Test
    void theSameParameterValueGivesAnIdenticalTrace() throws Exception {
        ScenarioRunSource plain = ScenarioRunSource.builtIn("l4lb-mptcp-plain");
        TimelinesViewModel timelines = new TimelinesViewModel(plain);

        Timeline same = timelines.branch(timelines.getSelected(), BranchParameter.HASH_FUNCTION, "crc32", 0);

        List<TraceEvent> a = prefix(plain);
        assertThat(TraceDivergence.first(a, prefix(same.source()))).isEqualTo(a.size());
    }

    @Test
    void lossOnTheClientLinksIsRefusedOutsideZeroToOne() throws Exception {
        TimelinesViewModel timelines = new TimelinesViewModel(ScenarioRunSource.builtIn("l4lb-mptcp-plain"));

        assertThatThrownBy(() -> timelines.branch(timelines.getSelected(), BranchParameter.LOSS, "2", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 1");
        assertThat(timelines.timelines()).hasSize(1);
        Timeline lossy = timelines.branch(timelines.getSelected(), BranchParameter.LOSS, "0.2", 0);
        assertThat(lossy.source().scenario().links().get(0).ab().loss()).isEqualTo(0.2);
    }

    @Test
    void theCFlagNeedsOnOrOff() throws Exception {
        TimelinesViewModel timelines = new TimelinesViewModel(ScenarioRunSource.builtIn("l4lb-mptcp-fixed"));

        assertThatThrownBy(() -> timelines.branch(timelines.getSelected(), BranchParameter.C_FLAG, "maybe", 0))
                .hasMessageContaining("on or off");
    }
}
