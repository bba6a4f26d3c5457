package org.mptcplab.app.charts;

import java.util.List;

/**
 * A named series, oldest point first.
 *
 * @param name   legend text, e.g. the subflow's 5-tuple
 * @param points its points up to the cursor
 */
public record ChartSeries(String name, List<ChartPoint> points) {
    public ChartSeries {
        points = List.copyOf(points);
    }

    /** Sum of the values (bytes of a throughput series, packets of a count series). */
    public double total() {
        return points.stream().mapToDouble(ChartPoint::value).sum();
    }
}
