package org.mptcplab.engine.scenario.run;

/**
 * What one client application achieved in a run. A reconnecting client is one row for all its
 * connections; every other application opens one connection.
 *
 * @param app                 application instance name (a reconnecting client's is {@code name#k})
 * @param node                client host
 * @param kind                {@code "tcp"} or {@code "mptcp"} (an MPTCP connection that fell back counts as tcp)
 * @param connections         connections opened
 * @param bytes               payload bytes delivered to the receiving side (for uploads: acknowledged)
 * @param goodputMbps         bytes over the time from start to completion (or to the end of the run), Mbit/s
 * @param completed           whether the transfer completed
 * @param completionTime      start to completion in ns, or -1 when not completed
 * @param subflowsEstablished subflows that became usable (1 for a plain TCP connection that connected)
 * @param subflowsRefused     MPTCP subflows refused (typically a JOIN answered with RST)
 * @param rstSent             RSTs the client sent on these connections' subflows
 * @param rstReceived         RSTs the client received on them
 */
public record ConnectionSummary(String app, String node, String kind, int connections, long bytes,
        double goodputMbps, boolean completed, long completionTime, int subflowsEstablished, int subflowsRefused,
        long rstSent, long rstReceived) {
}
