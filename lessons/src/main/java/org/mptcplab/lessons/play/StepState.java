package org.mptcplab.lessons.play;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.lessons.model.PacketField;

/**
 * What a step shows once its run reached its point.
 *
 * @param index          step index in the lesson (0-based)
 * @param scenario       the scenario as run (variant applied)
 * @param time           simulated time of the point, ns
 * @param cursor         the cursor event (null at a time before any notable event)
 * @param answer         the question's computed answer (empty without a choice/value question)
 * @param nodes          highlighted node names
 * @param packet         the highlighted packet (null unless the step highlights the current packet)
 * @param fields         highlighted fields and their values in the cursor event, in file order
 */
public record StepState(int index, Scenario scenario, long time, TraceEvent cursor, Optional<String> answer,
        List<String> nodes, Packet packet, Map<PacketField, String> fields) {
    /** Copies the collections, keeping the field order. */
    public StepState {
        nodes = List.copyOf(nodes);
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
