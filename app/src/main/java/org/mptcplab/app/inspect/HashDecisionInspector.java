package org.mptcplab.app.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.trace.TraceEvent;

/**
 * The rows of the hash-decision inspector: everything a student needs to recompute the choice of a
 * load balancer or ECMP router by hand (tuple, hashed fields, function, exact input bytes, output,
 * how the output became a slot, the candidates and the one chosen) and, for an MP_JOIN SYN, which
 * fields differ from the initial subflow's decision ({@link JoinHashDiff}).
 */
public final class HashDecisionInspector {
    /** Label of the row comparing an MP_JOIN SYN's decision with the initial subflow's. */
    public static final String JOIN_ROW = "JOIN vs initial subflow";

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

    /**
     * {@link #rows(HashDecision)} plus, when {@code d} hashed an MP_JOIN SYN, a last row "JOIN vs initial
     * subflow" comparing it with its connection's initial subflow found in {@code traceUpToCursor}.
     */
    public static List<Map.Entry<String, String>> rows(HashDecision d, List<TraceEvent> traceUpToCursor) {
        List<Map.Entry<String, String>> rows = new ArrayList<>(rows(d));
        JoinHashDiff.describe(d, traceUpToCursor).ifPresent(text -> rows.add(Map.entry(JOIN_ROW, text)));
        return List.copyOf(rows);
    }
}
