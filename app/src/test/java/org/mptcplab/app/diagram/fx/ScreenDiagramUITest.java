package org.mptcplab.app.diagram.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.SplitPane;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mptcplab.app.canvas.TopologyView;
import org.mptcplab.app.diagram.Diagram;
import org.mptcplab.app.diagram.Mark;
import org.mptcplab.app.diagram.Pt;
import org.mptcplab.app.diagram.Rgba;
import org.mptcplab.app.diagram.Stroke;
import org.mptcplab.app.diagram.TextAnchor;
import org.mptcplab.app.playback.DemoRuns;
import org.mptcplab.app.playback.PlaybackViewModel;
import org.mptcplab.app.playback.RecordedRun;
import org.mptcplab.app.sequence.SequenceChartView;
import org.mptcplab.app.sequence.SequenceChartViewModel;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The screen draws the same diagram model the exporter writes, through {@link FxRenderer}. */
class ScreenDiagramUITest {
    private static final RecordedRun RUN = RecordedRun.record(DemoRuns.clientRouterServer(1), 1000);
    private PlaybackViewModel playback;
    private SequenceChartViewModel sequence;
    private SequenceChartView chart;
    private TopologyView topology;

    @BeforeEach
    void open() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            playback = new PlaybackViewModel();
            sequence = new SequenceChartViewModel(playback);
            chart = new SequenceChartView(sequence);
            topology = new TopologyView(playback);
            playback.load(RUN);
            s.setScene(new Scene(new SplitPane(topology, chart), 1200, 600));
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void sequenceViewDrawsALaneAndAnArrowGroupPerChartLaneAndArrowInView() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> playback.seek(12)).get();
        WaitForAsyncUtils.waitForFxEvents();

        Diagram d = WaitForAsyncUtils.asyncFx(chart::diagram).get();

        assertThat(d.groups("lane")).hasSize(sequence.getChart().lanes().size());
        assertThat(d.groups("arrow")).hasSize(sequence.getChart().arrows().size());
    }

    @Test
    void topologyViewDrawsEveryNodeAndAMarkerGroupPerPacketInFlight() throws Exception {
        int flying = -1;
        for (int i = 0; i < RUN.events().size() && flying < 0; i++) {
            if (playback.index().stateAt(i).inFlight().size() > 0) {
                flying = i;
            }
        }
        int step = flying;
        WaitForAsyncUtils.asyncFx(() -> playback.seek(step)).get();
        WaitForAsyncUtils.waitForFxEvents();

        Diagram d = WaitForAsyncUtils.asyncFx(topology::diagram).get();

        assertThat(d.groups("node")).hasSize(RUN.topology().nodes().size());
        assertThat(d.groups("packet")).hasSize(topology.visibleMarkers().size()).isNotEmpty();
    }

    @Test
    void fxRendererPaintsShapesWhereTheDiagramPutsThem() throws Exception {
        Diagram d = new Diagram(100, 60, List.of(new Mark.Rect(0, 0, 100, 60, 0, Rgba.hex("#ffffff"), null),
                new Mark.Rect(10, 10, 30, 20, 0, Rgba.hex("#ff0000"), null),
                new Mark.Circle(75, 40, 8, Rgba.hex("#0000ff"), null),
                Mark.Line.of(new Pt(0, 55), new Pt(100, 55), Stroke.solid(Rgba.hex("#00ff00"), 3), false),
                Mark.Text.of(50, 5, "x", TextAnchor.MIDDLE, 8, false, Rgba.hex("#000000"))));

        WritableImage img = WaitForAsyncUtils.asyncFx(() -> {
            Canvas c = new Canvas(100, 60);
            FxRenderer.draw(d, c.getGraphicsContext2D());
            return c.snapshot(null, null);
        }).get();

        assertThat(img.getPixelReader().getColor(20, 20)).isEqualTo(Color.RED);
        assertThat(img.getPixelReader().getColor(75, 40)).isEqualTo(Color.BLUE);
        assertThat(img.getPixelReader().getColor(50, 55)).isEqualTo(Color.LIME);
        assertThat(img.getPixelReader().getColor(90, 20)).isEqualTo(Color.WHITE);
    }
}
