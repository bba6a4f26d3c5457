package org.mptcplab.app.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.lb.Crc32;
import org.mptcplab.engine.lb.HashDecisionBuilder;
import org.mptcplab.engine.lb.HashInput;
import org.mptcplab.engine.lb.HashThreshold;
import org.mptcplab.engine.lb.LbDecision;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.IpAddress;

class HashDecisionInspectorTest {

    @Test
    void rowsShowEverythingNeededToRecomputeTheChoice() {
        FiveTuple tuple = new FiveTuple(IpAddress.parse("10.0.0.1"), IpAddress.parse("1.2.3.4"), 40000, 80, 6);
        HashDecisionBuilder builder = new HashDecisionBuilder(new Crc32(), HashInput.L4);
        LbDecision d = builder.decide(tuple, HashThreshold.of(List.of("server-1", "server-2", "server-3")));
        HashDecision event = new HashDecision(7, "lb", tuple, d.fields(), d.function(), d.input(), d.hash(),
                d.method(), d.slot(), d.candidates(), d.chosen(), null);

        Map<String, String> rows = new java.util.LinkedHashMap<>();
        HashDecisionInspector.rows(event).forEach(e -> rows.put(e.getKey(), e.getValue()));

        assertThat(rows.keySet()).containsExactly("Node", "5-tuple", "Hashed fields", "Function", "Input (hex)",
                "Hash value", "Method", "Slot", "Candidates", "Chosen");
        assertThat(rows.get("Input (hex)")).isEqualTo(HashInput.L4.hex(tuple));
        assertThat(rows.get("Hash value")).startsWith(Long.toString(builder.hash(tuple)));
        assertThat(rows.get("Chosen")).isEqualTo(d.chosen()).isIn("server-1", "server-2", "server-3");
        assertThat(rows.get("Candidates")).isEqualTo("server-1, server-2, server-3");
    }
}
