package org.mptcplab.app.charts;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * One small line chart on a canvas: a title, a time axis over the whole run, a value axis scaled to
 * the data shown, one line per series with a legend, and a vertical line at the cursor. Cheaper than
 * a {@code LineChart} (no node per point), which matters because it redraws at every cursor move.
 */
final class ChartPanel extends CanvasRegion {
    /** Okabe-Ito colours (colour-blind safe), in the order series get them. */
    static final List<Color> SERIES_COLOURS = List.of(Color.web("#0072B2"), Color.web("#D55E00"),
            Color.web("#009E73"), Color.web("#CC79A7"), Color.web("#E69F00"), Color.web("#56B4E9"),
            Color.web("#000000"));
    private static final double LEFT = 58;
    private static final double RIGHT = 12;
    private static final double TOP = 24;
    private static final double BOTTOM = 22;
    private final String title;
    private final DoubleUnaryOperator scale;
    private final boolean steps;
    private List<ChartSeries> series = List.of();
    private long endTime;
    private long cursorTime;

    /**
     * @param title shown top left, with the unit
     * @param scale turns a stored value into the unit shown
     * @param steps draw as a step function (a window holds its value until the next sample)
     */
    ChartPanel(String id, String title, DoubleUnaryOperator scale, boolean steps) {
        this.title = title;
        this.scale = scale;
        this.steps = steps;
        setId(id);
        getStyleClass().add("chart-panel");
        setMinHeight(80);
        setPrefHeight(160);
    }

    void show(List<ChartSeries> newSeries, long newEndTime, long newCursorTime) {
        series = List.copyOf(newSeries);
        endTime = Math.max(1, newEndTime);
        cursorTime = newCursorTime;
        redraw();
    }

    /** The series shown (tests read them). */
    List<ChartSeries> series() {
        return series;
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (w < LEFT + RIGHT + 10 || h < TOP + BOTTOM + 10) {
            return;
        }
        double plotW = w - LEFT - RIGHT;
        double plotH = h - TOP - BOTTOM;
        double max = niceMax(series.stream().flatMap(s -> s.points().stream())
                .mapToDouble(p -> scale.applyAsDouble(p.value())).max().orElse(0));
        g.setFill(Color.BLACK);
        g.setFont(Font.font(null, FontWeight.BOLD, 14));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(title, 6, 4);
        axes(g, plotW, plotH, max);
        for (int i = 0; i < series.size(); i++) {
            line(g, series.get(i), SERIES_COLOURS.get(i % SERIES_COLOURS.size()), plotW, plotH, max);
        }
        legend(g, w);
        double cx = LEFT + plotW * cursorTime / endTime;
        g.setStroke(Color.web("#444444"));
        g.setLineDashes(4, 4);
        g.setLineWidth(1);
        g.strokeLine(cx, TOP, cx, TOP + plotH);
        g.setLineDashes();
    }

    private void axes(GraphicsContext g, double plotW, double plotH, double max) {
        g.setStroke(Color.web("#888888"));
        g.setLineWidth(1);
        g.strokeRect(LEFT, TOP, plotW, plotH);
        g.setFont(Font.font(12));
        g.setFill(Color.web("#222222"));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int k = 0; k <= 2; k++) {
            double y = TOP + plotH * (1 - k / 2.0);
            g.fillText(number(max * k / 2), LEFT - 4, y);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int k = 0; k <= 4; k++) {
            g.fillText(timeText(endTime * k / 4), LEFT + plotW * k / 4, TOP + plotH + 3);
        }
    }

    private void line(GraphicsContext g, ChartSeries s, Color colour, double plotW, double plotH, double max) {
        g.setStroke(colour);
        g.setLineWidth(2.5);
        g.beginPath();
        boolean first = true;
        double lastY = 0;
        for (ChartPoint p : s.points()) {
            double x = LEFT + plotW * p.time() / endTime;
            double y = TOP + plotH * (1 - scale.applyAsDouble(p.value()) / max);
            if (first) {
                g.moveTo(x, y);
                first = false;
            } else {
                if (steps) {
                    g.lineTo(x, lastY);
                }
                g.lineTo(x, y);
            }
            lastY = y;
        }
        if (steps && !first) {
            g.lineTo(LEFT + plotW * cursorTime / endTime, lastY);
        }
        g.stroke();
    }

    private void legend(GraphicsContext g, double w) {
        g.setFont(Font.font(12));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.TOP);
        double y = TOP + 3;
        for (int i = 0; i < series.size() && i < 4; i++) {
            g.setFill(SERIES_COLOURS.get(i % SERIES_COLOURS.size()));
            g.fillRect(w - RIGHT - 14, y + 2, 10, 10);
            g.setFill(Color.BLACK);
            g.fillText(series.get(i).name(), w - RIGHT - 18, y);
            y += 15;
        }
    }

    static double niceMax(double v) {
        if (v <= 0) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2g", v);
    }

    private static String timeText(long ns) {
        return ns >= 1_000_000_000L ? String.format(Locale.ROOT, "%.1f s", ns / 1e9)
                : String.format(Locale.ROOT, "%.0f ms", ns / 1e6);
    }
}
