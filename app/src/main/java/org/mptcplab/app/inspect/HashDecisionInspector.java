package org.mptcplab.app.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mptcplab.engine.trace.HashDecision;

/**
 * The rows of the hash-decision inspector: everything a student needs to recompute the choice of a
 * load balancer or ECMP router by hand (tuple, hashed fields, function, exact input bytes, output,
 * how the output became a slot, the candidates and the one chosen).
 */
public final class HashDecisionInspector {
    private HashDecisionInspector() {}

    /** Label / value rows, in reading order. */
    public static List<Map.Entry<String, String>> rows(HashDecision d) {
        List<Map.Entry<String, String>> rows = new ArrayList<>();
        rows.add(Map.entry("Node", d.node()));
        rows.add(Map.entry("5-tuple", d.tuple().toString()));
        rows.add(Map.entry("Hashed fields", d.fields()));
        rows.add(Map.entry("Function", d.function()));
        rows.add(Map.entry("Input (hex)", d.input()));
        rows.add(Map.entry("Hash value", d.hash() + " (0x" + Long.toHexString(d.hash()) + ")"));
        rows.add(Map.entry("Method", d.method()));
        rows.add(Map.entry("Slot", d.slot() < 0 ? "n/a" : Integer.toString(d.slot())));
        rows.add(Map.entry("Candidates", String.join(", ", d.candidates())));
        rows.add(Map.entry("Chosen", d.chosen()));
        return List.copyOf(rows);
    }
}
