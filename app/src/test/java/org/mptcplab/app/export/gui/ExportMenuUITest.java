package org.mptcplab.app.export.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.app.AppInfo;
import org.mptcplab.app.export.ExportMetadata;
import org.mptcplab.app.files.FileChooserPort;
import org.mptcplab.app.files.JsonRecentFilesStore;
import org.mptcplab.app.files.RecentFiles;
import org.mptcplab.app.playback.PlaybackViewModel;
import org.mptcplab.app.shell.MainWindow;
import org.mptcplab.app.shell.RunView;
import org.mptcplab.app.shell.ShellViewModel;
import org.mptcplab.assets.Themes;
import org.mptcplab.engine.pcap.PcapReader;
import org.mptcplab.engine.scenario.Catalog;
import org.mptcplab.engine.trace.PacketEvent;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** File > Export figure / pcap / CSV and reopening an exported SVG, in the real main window. */
class ExportMenuUITest {
    private static final String SCENARIO = "l4lb-mptcp-plain";
    private final FxRobot robot = new FxRobot();
    private final Deque<Optional<Path>> answers = new ArrayDeque<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    @TempDir
    Path dir;
    private ShellViewModel model;

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        model = new ShellViewModel(AppInfo.version(), Catalog.entries(), Themes.LIGHT);
        FileChooserPort chooser = new FileChooserPort() {
            @Override
            public Optional<Path> chooseOpen() {
                return answers.pop();
            }

            @Override
            public Optional<Path> chooseSave(String suggestedName) {
                return answers.pop();
            }
        };
        RecentFiles recent = new RecentFiles(new JsonRecentFilesStore(dir.resolve("recent.json")), 4);
        FxToolkit.setupStage(s -> new MainWindow(s, model, chooser, (t, m) -> errors.add(m), recent).show());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws TimeoutException {
        robot.interact(model::closeRun);
        FxToolkit.cleanupStages();
    }

    /** The playback of the Run view once its run is recorded. */
    private PlaybackViewModel loadedPlayback() throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#run-view").tryQuery()
                .map(v -> !((RunView) v).playback().loadingProperty().get()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#run-view").queryAs(RunView.class).playback();
    }

    private void fireMenuItem(String id) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().get(0).getItems().stream().filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow();
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
        PlaybackViewModel playback = loadedPlayback();
        robot.clickOn("#status-bar");
        robot.interact(() -> playback.seek(23));
        Path svg = dir.resolve("join.svg");
        answers.add(Optional.of(svg));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.E).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#export-ok");
        awaitStatus("Exported");

        ExportMetadata meta = ExportMetadata.read(svg).orElseThrow();
        assertThat(meta.scenarioId()).isEqualTo(SCENARIO);
        assertThat(meta.step()).isEqualTo(23);
        assertThat(model.getStatus()).contains("join.svg");

        robot.interact(model::closeRun);
        answers.add(Optional.of(svg));
        robot.clickOn("#welcome-pane");
        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        PlaybackViewModel reopened = loadedPlayback();

        assertThat(reopened).isNotSameAs(playback);
        assertThat(reopened.getCursor()).isEqualTo(23);
        assertThat(reopened.getEvents()).hasSameSizeAs(playback.getEvents());
        assertThat(model.getStatus()).contains("Reopened join.svg");
        assertThat(errors).isEmpty();
    }

    @Test
    void thePcapAndCsvItemsWriteEveryCapturePointAndOneCsvLinePerEvent() throws Exception {
        robot.interact(() -> model.openRun(SCENARIO));
        PlaybackViewModel playback = loadedPlayback();
        answers.add(Optional.of(dir.resolve("run.pcap")));

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

        answers.add(Optional.of(dir.resolve("events.csv")));
        fireMenuItem("menu-file-export-csv");
        awaitStatus("Wrote " + playback.getEvents().size() + " events");
        List<List<String>> csv = Rfc4180.parse(Files.readString(dir.resolve("events.csv")));
        assertThat(csv).hasSize(playback.getEvents().size() + 1);
        assertThat(csv.get(0)).containsExactlyElementsOf(EventCsv.HEADER);
        assertThat(errors).isEmpty();
    }
}
