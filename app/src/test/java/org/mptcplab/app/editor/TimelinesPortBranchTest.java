package org.mptcplab.app.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.app.playback.ScenarioRunSource;
import org.mptcplab.engine.scenario.run.RunSummary;
import org.mptcplab.engine.scenario.run.ScenarioRun;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.SubflowEvent;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.MpJoinSyn;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpFlags;

/**
 * "Branch from here" on the client's source ports, the "it is luck" lesson of {@code l4lb-mptcp-plain}:
 * another port gives the JOIN another hash, and some port sends it to the server holding the connection.
 */
class TimelinesPortBranchTest {
    private static List<TraceEvent> prefix(ScenarioRunSource source) {
        return TracePrefix.of(source);
    }

    private static boolean isJoin(Packet p) {
        return p.tcp().options().stream().anyMatch(MpJoinSyn.class::isInstance);
    }

    /** The first SYN the client sent that is (or, with {@code join} false, is not) an MP_JOIN. */
    private static Packet clientSyn(List<TraceEvent> events, boolean join) {
        return events.stream().filter(e -> e instanceof PacketEvent p && p.node().equals("client")
                && p.kind() == PacketEvent.Kind.SENT && TcpFlags.isSynOnly(p.packet().tcp().flags())
                && isJoin(p.packet()) == join).map(e -> ((PacketEvent) e).packet()).findFirst()
                .orElseThrow(() -> new AssertionError("no " + (join ? "JOIN " : "initial ") + "SYN in the prefix"));
    }

    /** The load balancer's first decision for the client's (JOIN or initial) SYN. */
    private static HashDecision decision(List<TraceEvent> events, boolean join) {
        FiveTuple tuple = FiveTuple.of(clientSyn(events, join));
        return events.stream().filter(e -> e instanceof HashDecision d && d.tuple().equals(tuple))
                .map(HashDecision.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no hash decision for " + tuple));
    }

    @Test
    void aJoinPortBranchChangesTheJoinsHashDecisionAndNotTheInitialOne() throws Exception {
        ScenarioRunSource plain = ScenarioRunSource.builtIn("l4lb-mptcp-plain");
        TimelinesViewModel timelines = new TimelinesViewModel(plain);

        Timeline branch = timelines.branch(timelines.getSelected(), BranchParameter.JOIN_PORT, "40000", 0);

        List<TraceEvent> a = prefix(plain);
        List<TraceEvent> b = prefix(branch.source());
        assertThat(decision(b, false).hash()).isEqualTo(decision(a, false).hash());
        assertThat(decision(b, true).tuple().srcPort()).isEqualTo(40_000);
        assertThat(decision(b, true).hash()).isNotEqualTo(decision(a, true).hash());
        assertThat(branch.name()).contains("MP_JOIN source port = 40000");
    }

    @Test
    void aClientPortBranchDivergesWhereTheInitialSubflowIsNamedAndRehashesTheJoin() throws Exception {
        ScenarioRunSource plain = ScenarioRunSource.builtIn("l4lb-mptcp-plain");
        TimelinesViewModel timelines = new TimelinesViewModel(plain);

        Timeline branch = timelines.branch(timelines.getSelected(), BranchParameter.CLIENT_PORT, "40000", 0);

        List<TraceEvent> a = prefix(plain);
        List<TraceEvent> b = prefix(branch.source());
        int diverge = TraceDivergence.first(a, b);
        assertThat(diverge).isPositive();
        assertThat(b.get(diverge)).isInstanceOfSatisfying(SubflowEvent.class, e -> {
            assertThat(e.action()).isEqualTo(SubflowEvent.Action.OPENING);
            assertThat(e.flow().srcPort()).isEqualTo(40_000);
        });
        assertThat(clientSyn(b, false).tcp().srcPort()).isEqualTo(40_000);
        assertThat(decision(b, false).tuple().srcPort()).isEqualTo(40_000);
        assertThat(decision(b, true).hash()).isNotEqualTo(decision(a, true).hash());
    }

    @Test
    void someJoinPortLandsTheJoinOnTheInitialSubflowsServerAndNothingIsReset() throws Exception {
        ScenarioRunSource plain = ScenarioRunSource.builtIn("l4lb-mptcp-plain");
        TimelinesViewModel timelines = new TimelinesViewModel(plain);
        List<TraceEvent> original = prefix(plain);
        assertThat(decision(original, true).chosen()).isNotEqualTo(decision(original, false).chosen());

        Timeline lucky = null;
        for (int port = 40_000; port < 40_030 && lucky == null; port++) {
            Timeline t = timelines.branch(timelines.timelines().get(0), BranchParameter.JOIN_PORT, "" + port, 0);
            List<TraceEvent> events = prefix(t.source());
            if (decision(events, true).chosen().equals(decision(events, false).chosen())) {
                lucky = t;
            }
        }

        assertThat(lucky).as("a JOIN port in 40000..40029 hashing to the initial subflow's server").isNotNull();
        RunSummary summary = ScenarioRun.build(lucky.source().scenario(), lucky.source().seed()).run();
        assertThat(summary.connections()).singleElement().satisfies(c -> {
            assertThat(c.completed()).isTrue();
            assertThat(c.subflowsEstablished()).isEqualTo(2);
            assertThat(c.rstReceived()).isZero();
        });
        RunSummary unlucky = ScenarioRun.build(plain.scenario(), plain.seed()).run();
        assertThat(unlucky.totalRstReceived()).isPositive();
    }

    @Test
    void ephemeralGivesBackTheOriginalTrace() throws Exception {
        ScenarioRunSource plain = ScenarioRunSource.builtIn("l4lb-mptcp-plain");
        TimelinesViewModel timelines = new TimelinesViewModel(plain);

        Timeline same = timelines.branch(timelines.getSelected(), BranchParameter.CLIENT_PORT, "ephemeral", 0);

        List<TraceEvent> a = prefix(plain);
        assertThat(TraceDivergence.first(a, prefix(same.source()))).isEqualTo(a.size());
    }

    @Test
    void aPortOutsideTheRangeOrNotANumberIsRefused() throws Exception {
        TimelinesViewModel timelines = new TimelinesViewModel(ScenarioRunSource.builtIn("l4lb-mptcp-plain"));

        for (String bad : List.of("65536", "-1", "http")) {
            assertThatThrownBy(() -> timelines.branch(timelines.getSelected(), BranchParameter.JOIN_PORT, bad, 0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1..65535 or \"ephemeral\"");
        }
        assertThat(timelines.timelines()).hasSize(1);
    }

    @Test
    void aJoinPortNeedsAnMptcpTransfer() throws Exception {
        TimelinesViewModel timelines = new TimelinesViewModel(ScenarioRunSource.builtIn("l4lb-tcp"));

        assertThatThrownBy(() -> timelines.branch(timelines.getSelected(), BranchParameter.JOIN_PORT, "40000", 0))
                .hasMessageContaining("no MPTCP bulk transfer");
        assertThat(timelines.branch(timelines.getSelected(), BranchParameter.CLIENT_PORT, "40000", 0).source()
                .scenario().applications().get(0)).hasFieldOrPropertyWithValue("sourcePort", 40_000);
    }
}
