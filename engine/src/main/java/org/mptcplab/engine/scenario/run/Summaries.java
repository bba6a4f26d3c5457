package org.mptcplab.engine.scenario.run;

import java.util.ArrayList;
import java.util.List;
import org.mptcplab.engine.apps.TransferReport;
import org.mptcplab.engine.mptcp.MptcpConnection;
import org.mptcplab.engine.tcp.StreamSocket;
import org.mptcplab.engine.tcp.TcpConnection;
import org.mptcplab.engine.wire.FiveTuple;

/** Turns client records and trace counters into a {@link RunSummary}. */
final class Summaries {
    private Summaries() {
    }

    static RunSummary summarise(ScenarioRun run, List<ClientApp> clients, RunMetrics metrics) {
        long now = run.simulator().now();
        List<ConnectionSummary> rows = new ArrayList<>();
        for (ClientApp c : clients) {
            rows.add(row(c, metrics, now));
        }
        return new RunSummary(run.scenario().id(), run.scenario().title(), run.seed(), run.scenario().assumptions(),
                now, rows, metrics.rstSentTotal(), metrics.rstReceivedTotal());
    }

    private static ConnectionSummary row(ClientApp c, RunMetrics metrics, long now) {
        int established = 0;
        int refused = 0;
        long rstSent = 0;
        long rstReceived = 0;
        boolean mptcp = false;
        for (StreamSocket s : c.sockets()) {
            List<FiveTuple> flows = new ArrayList<>();
            if (s instanceof MptcpConnection m) {
                flows.addAll(metrics.subflows(c.node(), m.token()));
                if (!flows.contains(m.initialFlow())) {
                    flows.add(0, m.initialFlow());
                }
                int up = metrics.subflowsEstablished(c.node(), m.token());
                established += up > 0 ? up : metrics.wasEstablished(c.node(), m.initialFlow()) ? 1 : 0;
                refused += metrics.subflowsRefused(c.node(), m.token());
                mptcp |= !m.isFallback();
            } else if (s instanceof TcpConnection t) {
                flows.add(t.flow());
                established += metrics.wasEstablished(c.node(), t.flow()) ? 1 : 0;
            }
            for (FiveTuple f : flows) {
                rstSent += metrics.rstSent(c.node(), f);
                rstReceived += metrics.rstReceived(c.node(), f);
            }
        }
        TransferReport r = c.report();
        long bytes = r == null ? 0 : r.bytes();
        boolean completed = c.finite() && r != null && r.completed();
        long completion = completed ? r.completedAt() - r.startedAt() : -1;
        long end = r == null ? now : r.completed() ? r.completedAt() : Math.min(now, c.deadline());
        double goodput = r == null || end <= r.startedAt() ? 0 : bytes * 8.0 / ((end - r.startedAt()) / 1e9) / 1e6;
        return new ConnectionSummary(c.name(), c.node(), mptcp ? "mptcp" : "tcp", c.sockets().size(), bytes, goodput,
                completed, completion, established, refused, rstSent, rstReceived);
    }
}
