package org.mptcplab.app.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A quick L4LB reproduction (1 seed) writes valid SVG and PNG figures, CSV and summary.json. */
class FiguresTest {
    @TempDir
    static Path dir;
    private static ReproduceReport report;

    @BeforeAll
    static void run() throws Exception {
        System.setProperty("java.awt.headless", "true");
        report = new Reproduction(Target.L4LB, true, 1, 2).run(new PrintWriter(new StringWriter()), false);
        Figures.write(report, dir);
        CsvExport.write(report, dir);
        SummaryJson.write(report, dir);
    }

    @Test
    void theSvgFiguresHaveAxesLabelsAndALegend() throws Exception {
        String svg = Files.readString(dir.resolve("l4lb_loss.svg"));
        assertThat(svg).contains("<svg xmlns=").contains("loss on the load-balancer path (%)")
                .contains("MPTCP (fix)").contains("TCP").endsWith("</svg>\n");
        assertThat(Files.readString(dir.resolve("l4lb_latency.svg"))).contains("added latency on the load-balancer path (ms)");
    }

    @Test
    void thePngFiguresDecodeAtTheirSize() throws Exception {
        BufferedImage png = ImageIO.read(dir.resolve("l4lb_loss.png").toFile());
        assertThat(png.getWidth()).isEqualTo(ChartFiles.WIDTH);
        assertThat(png.getHeight()).isEqualTo(ChartFiles.HEIGHT);
    }

    @Test
    void summaryAndCsvCarryTheOperatingPoint() throws Exception {
        String json = Files.readString(dir.resolve("summary.json"));
        assertThat(json).contains("\"tcp_mbps\"").contains("\"mptcp_mbps\"").contains("\"operating_point\"")
                .contains("\"wall_s\"");
        long lines = Files.readAllLines(dir.resolve("l4lb_runs.csv")).size();
        assertThat(lines).isEqualTo(1 + report.l4lb().experiment().points().size());
    }
}
