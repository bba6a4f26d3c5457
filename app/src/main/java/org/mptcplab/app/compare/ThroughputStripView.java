package org.mptcplab.app.compare;

import java.util.Locale;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.mptcplab.app.charts.CanvasRegion;

/**
 * The throughput strip under one side: one bar per bin (bit/s delivered to the clients), a shared
 * scale with the other side, and a line at the play head's time.
 */
final class ThroughputStripView extends CanvasRegion {
    private ThroughputStrip strip;
    private double scale = 1;
    private long time;

    ThroughputStripView(String id) {
        setId(id);
        getStyleClass().add("throughput-strip");
        setPrefHeight(64);
        setMinHeight(48);
        Tooltip.install(this, new Tooltip("Payload bits the clients received per second (new bytes only, "
                + "by sequence number); both strips share the time axis and the scale"));
    }

    /** Shows {@code newStrip} on a scale whose top is {@code maxBitsPerSecond}. */
    void show(ThroughputStrip newStrip, double maxBitsPerSecond) {
        strip = newStrip;
        scale = Math.max(1, maxBitsPerSecond);
        redraw();
    }

    /** Moves the play-head line to {@code nanos}. */
    void playhead(long nanos) {
        time = nanos;
        redraw();
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        g.clearRect(0, 0, w, h);
        g.setFill(Color.rgb(245, 245, 245));
        g.fillRect(0, 0, w, h);
        if (strip == null || strip.bitsPerSecond().isEmpty()) {
            return;
        }
        int n = strip.bitsPerSecond().size();
        double bar = w / n;
        double top = 16;
        g.setFill(Color.rgb(33, 113, 181));
        for (int i = 0; i < n; i++) {
            double v = strip.bitsPerSecond().get(i) / scale * (h - top);
            g.fillRect(i * bar, h - v, Math.max(1, bar - 0.5), v);
        }
        double x = time / (double) (strip.binNanos() * n) * w;
        g.setStroke(Color.rgb(200, 30, 30));
        g.setLineWidth(2);
        g.strokeLine(x, 0, x, h);
        g.setFill(Color.rgb(40, 40, 40));
        g.setFont(Font.font(13));
        g.fillText(String.format(Locale.ROOT, "throughput, max %.0f Mbit/s", scale / 1e6), 4, 13);
    }
}
