package org.mptcplab.engine.scenario.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mptcplab.engine.trace.AppEvent;
import org.mptcplab.engine.trace.ConnectionEvent;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.SubflowEvent;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.trace.TraceSink;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.TcpFlags;

/**
 * The counters a run summary needs, gathered from the trace: RSTs sent and received per host and
 * connection (local-first 5-tuple), TCP connections that reached ESTABLISHED, MPTCP subflows opened,
 * established and refused per host and token, and which applications completed. Hash maps are only
 * looked up, never iterated, so their order cannot leak into results.
 */
final class RunMetrics implements TraceSink {
    private final Map<String, Map<FiveTuple, long[]>> resets = new HashMap<>();
    private final Set<String> established = new HashSet<>();
    private final Map<String, List<FiveTuple>> subflowFlows = new HashMap<>();
    private final Map<String, int[]> subflowCounts = new HashMap<>();
    private final Set<String> completed = new HashSet<>();
    private long rstSentTotal;
    private long rstReceivedTotal;
    private int completedCount;

    @Override
    public void accept(TraceEvent event) {
        if (event instanceof PacketEvent p) {
            packet(p);
        } else if (event instanceof ConnectionEvent c) {
            if (c.to().equals("ESTABLISHED")) {
                established.add(c.node() + " " + c.flow());
            }
        } else if (event instanceof SubflowEvent s) {
            subflow(s);
        } else if (event instanceof AppEvent a && a.kind() == AppEvent.Kind.COMPLETED) {
            if (completed.add(a.node() + " " + a.app())) {
                completedCount++;
            }
        }
    }

    private void packet(PacketEvent p) {
        if (!p.packet().hasFlag(TcpFlags.RST)) {
            return;
        }
        int index;
        FiveTuple localFirst;
        if (p.kind() == PacketEvent.Kind.SENT) {
            index = 0;
            localFirst = FiveTuple.of(p.packet());
            rstSentTotal++;
        } else if (p.kind() == PacketEvent.Kind.RECEIVED) {
            index = 1;
            localFirst = FiveTuple.of(p.packet()).reversed();
            rstReceivedTotal++;
        } else {
            return;
        }
        resets.computeIfAbsent(p.node(), n -> new HashMap<>()).computeIfAbsent(localFirst, f -> new long[2])[index]++;
    }

    private void subflow(SubflowEvent s) {
        String key = s.node() + " " + s.localToken();
        List<FiveTuple> flows = subflowFlows.computeIfAbsent(key, k -> new ArrayList<>());
        if (!flows.contains(s.flow())) {
            flows.add(s.flow());
        }
        int[] counts = subflowCounts.computeIfAbsent(key, k -> new int[2]);
        if (s.action() == SubflowEvent.Action.ESTABLISHED) {
            counts[0]++;
        } else if (s.action() == SubflowEvent.Action.REFUSED) {
            counts[1]++;
        }
    }

    /** RSTs {@code node} sent on {@code flow} (local first). */
    long rstSent(String node, FiveTuple flow) {
        long[] c = resets.getOrDefault(node, Map.of()).get(flow);
        return c == null ? 0 : c[0];
    }

    /** RSTs {@code node} received on {@code flow} (local first). */
    long rstReceived(String node, FiveTuple flow) {
        long[] c = resets.getOrDefault(node, Map.of()).get(flow);
        return c == null ? 0 : c[1];
    }

    /** RSTs sent by any host. */
    long rstSentTotal() {
        return rstSentTotal;
    }

    /** RSTs received by any host. */
    long rstReceivedTotal() {
        return rstReceivedTotal;
    }

    /** True when the TCP connection {@code flow} of {@code node} reached ESTABLISHED. */
    boolean wasEstablished(String node, FiveTuple flow) {
        return established.contains(node + " " + flow);
    }

    /** Subflow 5-tuples seen for MPTCP connection {@code token} at {@code node}, in order of appearance. */
    List<FiveTuple> subflows(String node, int token) {
        return List.copyOf(subflowFlows.getOrDefault(node + " " + token, List.of()));
    }

    /** Subflows of {@code token} at {@code node} that were established. */
    int subflowsEstablished(String node, int token) {
        int[] c = subflowCounts.get(node + " " + token);
        return c == null ? 0 : c[0];
    }

    /** Subflows of {@code token} at {@code node} that were refused (RST, unknown token, limits). */
    int subflowsRefused(String node, int token) {
        int[] c = subflowCounts.get(node + " " + token);
        return c == null ? 0 : c[1];
    }

    /** True when application {@code app} on {@code node} published COMPLETED. */
    boolean completed(String node, String app) {
        return completed.contains(node + " " + app);
    }

    /** Distinct (node, app) pairs that completed. */
    int completedCount() {
        return completedCount;
    }
}
