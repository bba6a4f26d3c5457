package org.mptcplab.app.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mptcplab.app.playback.RecordedRun;
import org.mptcplab.app.playback.ScenarioRunSource;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.MpCapableSyn;
import org.mptcplab.engine.wire.MpJoinSyn;

/** The MP_JOIN hash-decision comparison on the catalogue's failure scenario. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JoinHashDiffTest {
    private List<TraceEvent> events;
    private int joinIndex;
    private HashDecision join;

    @BeforeAll
    void record() throws Exception {
        events = RecordedRun.record(ScenarioRunSource.builtIn("l4lb-mptcp-plain"), 5_000).events();
        for (int i = 0; i < events.size() && join == null; i++) {
            if (events.get(i) instanceof HashDecision d && d.packet() != null
                    && d.packet().tcp().options().stream().anyMatch(o -> o instanceof MpJoinSyn)) {
                joinIndex = i;
                join = d;
            }
        }
        assertThat(join).as("the JOIN crosses the load balancer").isNotNull();
    }

    private FiveTuple initialSubflow() {
        return events.stream().filter(e -> e instanceof PacketEvent p
                        && p.packet().tcp().options().stream().anyMatch(o -> o instanceof MpCapableSyn))
                .map(e -> FiveTuple.of(((PacketEvent) e).packet())).findFirst().orElseThrow();
    }

    @Test
    void joinIsComparedWithTheInitialSubflowsDecisionAtTheSameNode() {
        JoinHashDiff diff = JoinHashDiff.of(join, events.subList(0, joinIndex + 1)).orElseThrow();
        assertThat(diff.initial().tuple()).isEqualTo(initialSubflow());
        assertThat(diff.initial().node()).isEqualTo(join.node());
        assertThat(diff.initial().time()).isLessThan(join.time());
    }

    @Test
    void diffNamesExactlyTheChangedFieldsAndBothBackends() {
        JoinHashDiff diff = JoinHashDiff.of(join, events.subList(0, joinIndex + 1)).orElseThrow();
        FiveTuple was = diff.initial().tuple();
        FiveTuple now = join.tuple();
        assertThat(now.dst()).isEqualTo(was.dst());
        assertThat(diff.changed()).containsExactly(
                "src " + now.src() + " (was " + was.src() + ")",
                "sport " + now.srcPort() + " (was " + was.srcPort() + ")");
        // The scenario's point: the JOIN lands on another server than its connection.
        assertThat(join.chosen()).isNotEqualTo(diff.initial().chosen());
        assertThat(diff.summary())
                .startsWith(String.join(", ", diff.changed()))
                .contains("hash 0x" + Long.toHexString(join.hash()) + " (was 0x"
                        + Long.toHexString(diff.initial().hash()) + ")")
                .contains("-> " + join.chosen() + " (was " + diff.initial().chosen() + ":");
    }

    @Test
    void aFieldTheFunctionDoesNotHashIsMarked() {
        HashDecision l3 = new HashDecision(join.time(), join.node(), join.tuple(), "src,dst", join.function(),
                join.input(), join.hash(), join.method(), join.slot(), join.candidates(), join.chosen(), join.packet());
        JoinHashDiff diff = JoinHashDiff.of(l3, events.subList(0, joinIndex + 1)).orElseThrow();
        assertThat(diff.changed()).anyMatch(s -> s.startsWith("sport ") && s.endsWith("[not hashed]"))
                .anyMatch(s -> s.startsWith("src ") && !s.contains("not hashed"));
    }

    @Test
    void inspectorAddsTheJoinRowOnlyForJoinDecisions() {
        List<Map.Entry<String, String>> rows = HashDecisionInspector.rows(join, events.subList(0, joinIndex + 1));
        assertThat(rows.get(rows.size() - 1).getKey()).isEqualTo(HashDecisionInspector.JOIN_ROW);
        assertThat(rows.get(rows.size() - 1).getValue())
                .isEqualTo(JoinHashDiff.of(join, events.subList(0, joinIndex + 1)).orElseThrow().summary());

        HashDecision first = (HashDecision) events.stream().filter(e -> e instanceof HashDecision).findFirst()
                .orElseThrow();
        assertThat(HashDecisionInspector.rows(first, events)).extracting(Map.Entry::getKey)
                .doesNotContain(HashDecisionInspector.JOIN_ROW);
    }

    @Test
    void withoutTheEarlierTraceTheJoinRowSaysTheInitialSubflowIsUnknown() {
        assertThat(JoinHashDiff.of(join, List.of(join))).isEmpty();
        assertThat(JoinHashDiff.describe(join, List.of(join))).hasValueSatisfying(s ->
                assertThat(s).startsWith("no earlier hash decision"));
    }
}
