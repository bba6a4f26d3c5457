package org.mptcplab.app.export.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.app.export.ExportMetadata;
import org.mptcplab.app.playback.PlaybackViewModel;
import org.mptcplab.app.shell.MainWindowFixture;
import org.mptcplab.app.shell.ShellViewModel;
import org.mptcplab.engine.pcap.PcapReader;
import org.mptcplab.engine.trace.PacketEvent;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** File > Export figure / pcap / CSV and reopening an exported SVG, in the real main window. */
class ExportMenuUITest {
    private static final String SCENARIO = "l4lb-mptcp-plain";
    private final FxRobot robot = new FxRobot();
    @TempDir
    Path dir;
    @RegisterExtension
    final MainWindowFixture shell = new MainWindowFixture();
    private ShellViewModel model;
    private List<String> errors;

    @BeforeEach
    void open() throws Exception {
        model = shell.model();
        errors = shell.errors();
    }

    private void fireMenuItem(String id) {
        MenuItem item = shell.fileMenuItem(id);
        // Not interact(): the item opens a modal dialog, which must be answered before fire() returns.
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Exports write in the background; the status line says when they are done. */
    private void awaitStatus(String start) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !errors.isEmpty() || model.getStatus().startsWith(start));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void shortcutExportWritesAnSvgOfTheCurrentStepAndOpeningItReopensTheScenarioThere() throws Exception {
        robot.interact(() -> model.openRun(SCENARIO));
        PlaybackViewModel playback = shell.loadedPlayback();
        robot.clickOn("#status-bar");
        robot.interact(() -> playback.seek(23));
        Path svg = dir.resolve("join.svg");
        shell.chooser().then(svg);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.E).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#export-ok");
        awaitStatus("Exported");

        ExportMetadata meta = ExportMetadata.read(svg).orElseThrow();
        assertThat(meta.scenarioId()).isEqualTo(SCENARIO);
        assertThat(meta.step()).isEqualTo(23);
        assertThat(model.getStatus()).contains("join.svg");

        robot.interact(model::closeRun);
        shell.chooser().then(svg);
        robot.clickOn("#welcome-pane");
        shell.ctrl(KeyCode.O);
        PlaybackViewModel reopened = shell.loadedPlayback();

        assertThat(reopened).isNotSameAs(playback);
        assertThat(reopened.getCursor()).isEqualTo(23);
        assertThat(reopened.getEvents()).hasSameSizeAs(playback.getEvents());
        assertThat(model.getStatus()).contains("Reopened join.svg");
        assertThat(errors).isEmpty();
    }

    @Test
    void thePcapAndCsvItemsWriteEveryCapturePointAndOneCsvLinePerEvent() throws Exception {
        robot.interact(() -> model.openRun(SCENARIO));
        PlaybackViewModel playback = shell.loadedPlayback();
        shell.chooser().then(dir.resolve("run.pcap"));

        fireMenuItem("menu-file-export-pcap");
        robot.clickOn("#pcap-ok");
        awaitStatus("Wrote");

        Path lb = dir.resolve("run-lb.pcap");
        long forwarded = playback.getEvents().stream().filter(e -> e instanceof PacketEvent p
                && p.node().equals("lb") && p.kind() == PacketEvent.Kind.FORWARDED).count();
        assertThat(PcapReader.readAll(lb)).hasSize((int) forwarded);
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".pcap")))
                    .hasSize(CapturePoint.of(playback.topologyProperty().get()).size());
        }

        shell.chooser().then(dir.resolve("events.csv"));
        fireMenuItem("menu-file-export-csv");
        awaitStatus("Wrote " + playback.getEvents().size() + " events");
        List<List<String>> csv = Rfc4180.parse(Files.readString(dir.resolve("events.csv")));
        assertThat(csv).hasSize(playback.getEvents().size() + 1);
        assertThat(csv.get(0)).containsExactlyElementsOf(EventCsv.HEADER);
        assertThat(errors).isEmpty();
    }
}
