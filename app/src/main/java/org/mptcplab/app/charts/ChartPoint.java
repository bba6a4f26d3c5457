package org.mptcplab.app.charts;

/**
 * One point of a chart series.
 *
 * @param time  simulated time, ns (a bin's start for binned series)
 * @param value the value: bytes or packets in the bin for binned series, bytes for a window
 */
public record ChartPoint(long time, double value) {}
