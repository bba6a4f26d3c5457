package org.mptcplab.app.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mptcplab.app.playback.RecordedRun;
import org.mptcplab.app.playback.ScenarioRunSource;
import org.mptcplab.engine.crypto.MptcpCrypto;
import org.mptcplab.engine.trace.ConnectionEvent;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.trace.SubflowEvent;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.wire.FiveTuple;

/** The node-state fold against the trace of the catalogue's fix scenario. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NodeStateFolderTest {
    private List<TraceEvent> events;
    private int last;

    @BeforeAll
    void record() throws Exception {
        events = RecordedRun.record(ScenarioRunSource.builtIn("l4lb-mptcp-fixed"), 5_000).events();
        last = events.size() - 1;
    }

    private String clientName() {
        return events.stream().filter(e -> e instanceof SubflowEvent s && s.action() == SubflowEvent.Action.OPENING)
                .map(TraceEvent::node).findFirst().orElseThrow();
    }

    @Test
    void everyTokenOfTheNodesSubflowEventsIsAnMptcpConnectionWhoseKeyHashesToIt() {
        Set<String> nodes = events.stream().filter(e -> e instanceof SubflowEvent).map(TraceEvent::node)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(nodes).hasSizeGreaterThanOrEqualTo(2);
        for (String node : nodes) {
            NodeState s = NodeStateFolder.fold(events, last, node);
            Set<Integer> tokens = events.stream().filter(e -> e instanceof SubflowEvent && e.node().equals(node))
                    .map(e -> ((SubflowEvent) e).localToken()).collect(Collectors.toSet());
            assertThat(s.mptcp().keySet()).as(node).containsAll(tokens);
            for (NodeState.MptcpConnection c : s.mptcp().values()) {
                if (c.localKey() != null) {
                    assertThat(MptcpCrypto.token(c.localKey())).isEqualTo(c.token());
                }
            }
        }
    }

    @Test
    void theClientSeesTheServersKeyAsItsRemoteKeyAndBothSubflowsOfTheFix() {
        String client = clientName();
        NodeState c = NodeStateFolder.fold(events, last, client);
        NodeState.MptcpConnection conn = c.mptcp().values().iterator().next();
        assertThat(conn.localKey()).isNotNull();
        assertThat(conn.remoteKey()).isNotNull();
        Set<FiveTuple> flows = events.stream()
                .filter(e -> e instanceof SubflowEvent s && s.node().equals(client) && s.localToken() == conn.token())
                .map(e -> ((SubflowEvent) e).flow()).collect(Collectors.toSet());
        assertThat(conn.subflows().keySet()).isEqualTo(flows);
        assertThat(flows).hasSizeGreaterThanOrEqualTo(2);
        boolean serverHoldsIt = events.stream().map(TraceEvent::node).distinct().filter(n -> !n.equals(client))
                .map(n -> NodeStateFolder.fold(events, last, n))
                .anyMatch(s -> s.mptcp().values().stream().anyMatch(m -> conn.remoteKey().equals(m.localKey())
                        && conn.localKey().equals(m.remoteKey())));
        assertThat(serverHoldsIt).isTrue();
    }

    @Test
    void tcpConnectionsShowTheLastStateTheTraceGaveThem() {
        String client = clientName();
        Map<FiveTuple, String> expected = new LinkedHashMap<>();
        int cursor = last / 2;
        for (int i = 0; i <= cursor; i++) {
            if (events.get(i) instanceof ConnectionEvent c && c.node().equals(client)) {
                expected.put(c.flow(), c.to());
            }
        }
        NodeState s = NodeStateFolder.fold(events, cursor, client);
        assertThat(s.tcp()).hasSameSizeAs(expected);
        expected.forEach((flow, state) -> assertThat(s.tcp().get(flow).state()).isEqualTo(state));
    }

    @Test
    void theLoadBalancersTableCountsItsDecisionsUpToTheCursorAndSpellsOutASmallMaglevTable() {
        HashDecision first = events.stream().filter(e -> e instanceof HashDecision).map(e -> (HashDecision) e)
                .findFirst().orElseThrow();
        String lb = first.node();
        int cursor = events.indexOf(first);
        assertThat(NodeStateFolder.fold(events, cursor - 1, lb).hashing()).isNull();
        for (int c : new int[] {cursor, last}) {
            long decisions = events.subList(0, c + 1).stream().filter(e -> e instanceof HashDecision && e.node().equals(lb))
                    .count();
            NodeState.HashTable t = NodeStateFolder.fold(events, c, lb).hashing();
            assertThat(t.decisions()).isEqualTo(decisions);
            assertThat(t.perBackend().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo((int) decisions);
            assertThat(t.method()).isEqualTo(first.method());
            assertThat(t.backends()).isEqualTo(first.candidates());
        }
        NodeState.HashTable t = NodeStateFolder.fold(events, last, lb).hashing();
        if (first.method().startsWith("maglev M=")) {
            int m = Integer.parseInt(first.method().substring("maglev M=".length()));
            assertThat(t.maglevTable()).hasSize(m).allMatch(first.candidates()::contains);
            assertThat(t.maglevTable().get(first.slot())).isEqualTo(first.chosen());
        }
    }

    @Test
    void beforeAnyEventEveryNodeIsEmpty() {
        NodeState s = NodeStateFolder.fold(events, -1, clientName());
        assertThat(s.tcp()).isEmpty();
        assertThat(s.mptcp()).isEmpty();
        assertThat(s.hashing()).isNull();
    }
}
