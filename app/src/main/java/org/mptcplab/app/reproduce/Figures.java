package org.mptcplab.app.reproduce;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.mptcplab.engine.experiment.AnycastResult;
import org.mptcplab.engine.experiment.L4lbPoint;
import org.mptcplab.engine.experiment.L4lbSummary;
import org.mptcplab.engine.experiment.L4lbVariant;
import org.mptcplab.engine.experiment.RouteEvent;
import org.mptcplab.engine.experiment.Stats;

/**
 * The figures of {@code reproduce}: L4LB transfer rate vs LB-path loss ({@code l4lb_loss}), transfer
 * rate and establishment time vs LB-path latency ({@code l4lb_latency}), and the anycast timeline
 * with pool changes marked and RSTs per interval ({@code anycast_timeline}). Error bars span the
 * seeds' minimum and maximum around the mean.
 */
public final class Figures {
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    private static final Font AXIS = new Font(Font.SANS_SERIF, Font.PLAIN, 16);

    private Figures() {}

    /** Writes every figure the report allows into {@code dir}; returns the base names written. */
    public static List<String> write(ReproduceReport report, Path dir) throws IOException {
        java.util.ArrayList<String> names = new java.util.ArrayList<>();
        if (report.l4lb() != null) {
            ChartFiles.save(lossChart(report.l4lb()), dir, "l4lb_loss");
            ChartFiles.save(latencyChart(report.l4lb()), dir, "l4lb_latency");
            names.add("l4lb_loss");
            names.add("l4lb_latency");
        }
        if (report.anycastRuns() != null) {
            ChartFiles.save(anycastChart(report.anycastRuns()), dir, "anycast_timeline");
            names.add("anycast_timeline");
        }
        return names;
    }

    static JFreeChart lossChart(L4lbSummary s) {
        YIntervalSeriesCollection data = sweep(s, s::lossSweep, p -> p.loss() * 100, s::transferMbps);
        XYPlot plot = new XYPlot(data, axis("loss on the load-balancer path (%)"),
                logAxis("transfer rate (Mbit/s, log scale)"), errorRenderer(true));
        return chart("L4LB: 10 MB transfer rate vs LB-path loss (added latency "
                + s.experiment().operatingLatency() / 1_000_000 + " ms)", plot);
    }

    static JFreeChart latencyChart(L4lbSummary s) {
        Function<L4lbPoint, Double> x = p -> p.addedLatencyNanos() / 1e6;
        XYPlot rate = new XYPlot(sweep(s, s::latencySweep, x, s::transferMbps), null,
                logAxis("transfer rate (Mbit/s, log)"), errorRenderer(true));
        XYPlot est = new XYPlot(sweep(s, s::latencySweep, x, s::establishmentMs), null,
                axis("establishment (ms)"), errorRenderer(false));
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(axis("added latency on the load-balancer path (ms)"));
        plot.add(rate, 1);
        plot.add(est, 1);
        return chart("L4LB: transfer rate and establishment vs LB-path latency (no loss)", plot);
    }

    static JFreeChart anycastChart(List<AnycastResult> runs) {
        XYSeriesCollection rate = new XYSeriesCollection();
        XYSeriesCollection rst = new XYSeriesCollection();
        for (AnycastResult r : runs) {
            if (r.seed() != 1) {
                continue;
            }
            XYSeries g = new XYSeries(r.variant().label());
            XYSeries k = new XYSeries(r.variant().label() + " RSTs");
            for (int i = 0; i < r.bins(); i++) {
                double t = (i + 0.5) * r.bin() / 1e9;
                g.add(t, r.mbps(i));
                k.add(t, r.resets()[i]);
            }
            rate.addSeries(g);
            rst.addSeries(k);
        }
        XYPlot top = new XYPlot(rate, null, axis("aggregate goodput (Mbit/s per 100 ms)"), lines(true));
        XYPlot bottom = new XYPlot(rst, null, axis("RSTs per 100 ms"), lines(false));
        for (RouteEvent e : runs.get(0).schedule()) {
            for (XYPlot p : List.of(top, bottom)) {
                ValueMarker m = new ValueMarker(e.time() / 1e9, e.withdrawn() ? new Color(200, 0, 0) : new Color(0, 140, 0),
                        new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {6, 4}, 0));
                if (p == top) {
                    m.setLabel(e.withdrawn() ? "- " + e.server() : "+ " + e.server());
                    m.setLabelFont(AXIS);
                    m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
                    m.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_LEFT);
                }
                p.addDomainMarker(m);
            }
        }
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(axis("time (s)   red: server withdrawn, green: re-added"));
        plot.add(top, 2);
        plot.add(bottom, 1);
        return chart("Anycast: 3 servers, one withdrawn for 5 s every 10 s", plot);
    }

    private static YIntervalSeriesCollection sweep(L4lbSummary s, Function<L4lbVariant, List<L4lbPoint>> points,
            Function<L4lbPoint, Double> x, Function<L4lbPoint, Stats> y) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (L4lbVariant v : L4lbVariant.values()) {
            YIntervalSeries series = new YIntervalSeries(v.label());
            for (L4lbPoint p : points.apply(v)) {
                Stats st = y.apply(p);
                if (st.n() > 0 && st.mean() > 0) {
                    series.add(x.apply(p), st.mean(), Math.max(st.min(), 1e-3), st.max());
                }
            }
            data.addSeries(series);
        }
        return data;
    }

    private static NumberAxis axis(String label) {
        NumberAxis a = new NumberAxis(label);
        a.setLabelFont(AXIS);
        a.setAutoRangeIncludesZero(true);
        return a;
    }

    /** Series colours by variant, the same in every figure and subplot. */
    private static final Color[] VARIANT = {new Color(220, 90, 0), new Color(30, 80, 200), new Color(120, 120, 120)};

    private static ValueAxis logAxis(String label) {
        LogarithmicAxis a = new LogarithmicAxis(label);
        a.setStrictValuesFlag(false);
        a.setAllowNegativesFlag(false);
        a.setLabelFont(AXIS);
        return a;
    }

    private static XYErrorRenderer errorRenderer(boolean inLegend) {
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDefaultLinesVisible(true);
        r.setDefaultShapesVisible(true);
        r.setDefaultStroke(new BasicStroke(2f));
        r.setAutoPopulateSeriesStroke(false);
        r.setDefaultSeriesVisibleInLegend(inLegend);
        for (int i = 0; i < VARIANT.length; i++) {
            r.setSeriesPaint(i, VARIANT[i]);
        }
        return r;
    }

    private static XYLineAndShapeRenderer lines(boolean inLegend) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDefaultStroke(new BasicStroke(2f));
        r.setAutoPopulateSeriesStroke(false);
        r.setDefaultSeriesVisibleInLegend(inLegend);
        for (int i = 0; i < 2; i++) {
            r.setSeriesPaint(i, VARIANT[i]);
        }
        return r;
    }

    private static JFreeChart chart(String title, org.jfree.chart.plot.Plot plot) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, true);
        chart.getLegend().setItemFont(AXIS);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
