package org.mptcplab.engine.lb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mptcplab.engine.wire.FiveTuple;

class FlowTableTest {
    private final FiveTuple[] flows = FlowSample.flows(4, 7);

    @Test
    void pinnedFlowIsFoundAgain() {
        FlowTable table = new FlowTable(10);
        table.put(flows[0], "s2");

        assertThat(table.lookup(flows[0])).contains("s2");
        assertThat(table.lookup(flows[1])).isEmpty();
        assertThat(table.size()).isEqualTo(1);
    }

    @Test
    void fullTableEvictsTheLeastRecentlyUsedFlow() {
        FlowTable table = new FlowTable(2);
        table.put(flows[0], "s1");
        table.put(flows[1], "s2");
        table.lookup(flows[0]);

        table.put(flows[2], "s3");

        assertThat(table.lookup(flows[1])).isEmpty();
        assertThat(table.lookup(flows[0])).contains("s1");
        assertThat(table.evictions()).isEqualTo(1);
        assertThat(table.size()).isEqualTo(table.capacity());
    }

    @Test
    void replacingAPinnedFlowDoesNotEvict() {
        FlowTable table = new FlowTable(2);
        table.put(flows[0], "s1");
        table.put(flows[1], "s2");

        table.put(flows[0], "s3");

        assertThat(table.evictions()).isZero();
        assertThat(table.entries()).containsExactly(new FlowTable.Entry(flows[1], "s2"),
                new FlowTable.Entry(flows[0], "s3"));
    }

    @Test
    void forgettingABackendUnpinsAllItsFlows() {
        FlowTable table = new FlowTable(10);
        table.put(flows[0], "s1");
        table.put(flows[1], "s2");
        table.put(flows[2], "s1");

        assertThat(table.forget("s1")).isEqualTo(2);
        assertThat(table.remove(flows[1])).isTrue();
        assertThat(table.remove(flows[1])).isFalse();
        assertThat(table.size()).isZero();
    }

    @Test
    void capacityMustBePositive() {
        assertThatThrownBy(() -> new FlowTable(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
