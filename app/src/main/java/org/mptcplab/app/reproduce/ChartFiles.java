package org.mptcplab.app.reproduce;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/** Saves a chart as SVG (vector, JFreeSVG) and PNG side by side. */
final class ChartFiles {
    static final int WIDTH = 1000;
    static final int HEIGHT = 700;

    private ChartFiles() {}

    /** Writes {@code dir/name.svg} and {@code dir/name.png}. */
    static void save(JFreeChart chart, Path dir, String name) throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        SVGUtils.writeToSVG(dir.resolve(name + ".svg").toFile(), g.getSVGElement());
        ChartUtils.saveChartAsPNG(dir.resolve(name + ".png").toFile(), chart, WIDTH, HEIGHT);
    }
}
