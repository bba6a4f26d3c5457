package org.mptcplab.app.charts;

import java.util.List;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The charts tab: throughput per subflow and per connection (Mbit/s), congestion window per subflow
 * (kB) and RSTs per second, stacked, redrawn whenever the view-model's snapshot changes.
 */
public final class ChartsView extends VBox {
    private final ChartPanel subflows = new ChartPanel("chart-subflow-throughput", "Throughput per subflow (Mbit/s)",
            v -> v, false);
    private final ChartPanel connections = new ChartPanel("chart-connection-throughput",
            "Throughput per connection (Mbit/s)", v -> v, false);
    private final ChartPanel cwnd = new ChartPanel("chart-cwnd", "Congestion window per subflow (kB)", v -> v / 1000,
            true);
    private final ChartPanel rsts = new ChartPanel("chart-rsts", "RSTs per second", v -> v, false);

    /** Builds the view for {@code model}. */
    public ChartsView(ChartsViewModel model) {
        super(4);
        setId("charts-view");
        getStyleClass().add("charts-view");
        for (ChartPanel p : new ChartPanel[] {subflows, connections, cwnd, rsts}) {
            VBox.setVgrow(p, Priority.ALWAYS);
            getChildren().add(p);
        }
        model.snapshotProperty().addListener((o, a, s) -> show(s));
        show(model.getSnapshot());
    }

    private void show(ChartsSnapshot s) {
        double toMbits = 8 / s.binSeconds() / 1e6;
        subflows.show(rates(s.subflowThroughput(), toMbits), s.endTime(), s.cursorTime());
        connections.show(rates(s.connectionThroughput(), toMbits), s.endTime(), s.cursorTime());
        cwnd.show(s.cwnd(), s.endTime(), s.cursorTime());
        rsts.show(rates(List.of(s.rsts()), 1 / s.binSeconds()), s.endTime(), s.cursorTime());
    }

    /** Bin totals as rates; the panel shows values as they come. */
    private static List<ChartSeries> rates(List<ChartSeries> totals, double factor) {
        return totals.stream().map(t -> new ChartSeries(t.name(),
                t.points().stream().map(p -> new ChartPoint(p.time(), p.value() * factor)).toList())).toList();
    }
}
