package org.mptcplab.app.charts;

import java.util.List;

/**
 * Everything the charts show at one cursor position.
 *
 * @param binWidth             width of a throughput / RST bin, ns
 * @param endTime              time of the last event of the run (the x axis' extent), ns
 * @param cursorTime           time of the cursor's event, ns; no data lies after it
 * @param subflowThroughput    payload bytes received per bin, one series per subflow (sender &gt; receiver)
 * @param connectionThroughput the same summed per connection (MPTCP token, or the TCP connection)
 * @param cwnd                 congestion window in bytes per sending subflow, one point per congestion event
 * @param rsts                 RST segments sent per bin
 */
public record ChartsSnapshot(long binWidth, long endTime, long cursorTime, List<ChartSeries> subflowThroughput,
        List<ChartSeries> connectionThroughput, List<ChartSeries> cwnd, ChartSeries rsts) {

    public ChartsSnapshot {
        subflowThroughput = List.copyOf(subflowThroughput);
        connectionThroughput = List.copyOf(connectionThroughput);
        cwnd = List.copyOf(cwnd);
    }

    /** No run loaded. */
    public static final ChartsSnapshot EMPTY = new ChartsSnapshot(1, 0, 0, List.of(), List.of(), List.of(),
            new ChartSeries("RST", List.of()));

    /** Seconds per bin, to turn bin totals into rates. */
    public double binSeconds() {
        return binWidth / 1e9;
    }
}
