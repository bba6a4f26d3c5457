package org.mptcplab.engine.scenario.run;

import java.util.List;

/**
 * The outcome of one run, as {@code mptcp-lab run} prints it.
 *
 * @param scenario    scenario id
 * @param title       scenario title
 * @param seed        seed of the run
 * @param assumptions the scenario's stated assumptions
 * @param endTime     simulated time at which the run stopped, ns
 * @param connections one row per client application instance, in scenario order
 * @param rstSentAll  RSTs sent by any host during the run (servers included)
 * @param rstReceivedAll RSTs received by any host during the run
 */
public record RunSummary(String scenario, String title, long seed, List<String> assumptions, long endTime,
        List<ConnectionSummary> connections, long rstSentAll, long rstReceivedAll) {
    /** Copies the lists. */
    public RunSummary {
        assumptions = List.copyOf(assumptions);
        connections = List.copyOf(connections);
    }

    /** Bytes delivered over all connections. */
    public long totalBytes() {
        return connections.stream().mapToLong(ConnectionSummary::bytes).sum();
    }

    /** Sum of the connections' goodputs, Mbit/s. */
    public double totalGoodputMbps() {
        return connections.stream().mapToDouble(ConnectionSummary::goodputMbps).sum();
    }

    /** Subflows established over all connections. */
    public int totalSubflowsEstablished() {
        return connections.stream().mapToInt(ConnectionSummary::subflowsEstablished).sum();
    }

    /** Subflows refused over all connections. */
    public int totalSubflowsRefused() {
        return connections.stream().mapToInt(ConnectionSummary::subflowsRefused).sum();
    }

    /** RSTs sent by clients on their connections. */
    public long totalRstSent() {
        return connections.stream().mapToLong(ConnectionSummary::rstSent).sum();
    }

    /** RSTs received by clients on their connections. */
    public long totalRstReceived() {
        return connections.stream().mapToLong(ConnectionSummary::rstReceived).sum();
    }

    /** Connections that completed. */
    public long completedCount() {
        return connections.stream().filter(ConnectionSummary::completed).count();
    }
}
