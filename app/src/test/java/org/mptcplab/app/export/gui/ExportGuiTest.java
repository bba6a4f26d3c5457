package org.mptcplab.app.export.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.app.export.ExportFormat;
import org.mptcplab.app.export.ExportMetadata;
import org.mptcplab.app.export.ExportView;
import org.mptcplab.app.files.FileChooserPort;
import org.mptcplab.app.playback.DemoRuns;
import org.mptcplab.app.playback.PlaybackViewModel;
import org.mptcplab.app.playback.RecordedRun;
import org.mptcplab.app.playback.ScenarioRunSource;
import org.mptcplab.engine.pcap.PcapReader;
import org.mptcplab.lessons.scenario.ScenarioWriter;

/** The export entry point with fake file chooser, dialogs and prompts: no window. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportGuiTest {
    private RecordedRun run;
    private final Deque<Optional<Path>> answers = new ArrayDeque<>();
    private final List<String> suggested = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final List<String> status = new ArrayList<>();
    private final List<ExportDialogModel> asked = new ArrayList<>();
    private Consumer<ExportDialogModel> answer = m -> { };
    private boolean accept = true;
    private List<CapturePoint> pointsAnswer;
    private PlaybackViewModel playback;
    private ShownRun shown;
    private ExportGui gui;
    @TempDir
    Path dir;

    @BeforeAll
    void record() throws Exception {
        run = RecordedRuns.builtIn("l4lb-mptcp-plain");
    }

    @BeforeEach
    void setUp() {
        answers.clear();
        suggested.clear();
        errors.clear();
        status.clear();
        asked.clear();
        // One instance for the class (the run is recorded once): the prompt answers start afresh.
        answer = m -> { };
        accept = true;
        pointsAnswer = null;
        playback = new PlaybackViewModel();
        playback.load(run);
        shown = new ShownRun(run.source(), playback);
        FileChooserPort chooser = new FileChooserPort() {
            @Override
            public Optional<Path> chooseOpen() {
                return answers.pop();
            }

            @Override
            public Optional<Path> chooseSave(String name) {
                suggested.add(name);
                return answers.pop();
            }
        };
        ExportPrompts prompts = new ExportPrompts() {
            @Override
            public boolean askExport(ExportDialogModel model) {
                asked.add(model);
                answer.accept(model);
                return accept;
            }

            @Override
            public Optional<List<CapturePoint>> askCapturePoints(List<CapturePoint> points) {
                return Optional.ofNullable(pointsAnswer == null ? points : pointsAnswer);
            }
        };
        gui = new ExportGui(chooser, (t, m) -> errors.add(t + ": " + m), prompts, () -> Optional.ofNullable(shown),
                "9.9-test",
                ExportThreads.callerThread());
        gui.setOnStatus(status::add);
    }

    @Test
    void anSvgExportCarriesTheScenarioSeedAndStepAndReopensThere() throws Exception {
        playback.seek(17);
        answers.add(Optional.of(dir.resolve("figure")));

        List<Path> written = gui.exportFigure().join();

        assertThat(suggested).containsExactly("l4lb-mptcp-plain-sequence-step17.svg");
        assertThat(written).containsExactly(dir.resolve("figure.svg"));
        ExportMetadata meta = ExportMetadata.read(written.get(0)).orElseThrow();
        ScenarioRunSource source = (ScenarioRunSource) run.source();
        assertThat(meta.scenarioId()).isEqualTo("l4lb-mptcp-plain");
        assertThat(meta.step()).isEqualTo(17);
        assertThat(meta.seed()).isEqualTo(source.seed());
        assertThat(meta.view()).isEqualTo(ExportView.SEQUENCE);
        assertThat(meta.appVersion()).isEqualTo("9.9-test",
                ExportThreads.callerThread());
        assertThat(status).last().asString().contains("figure.svg");

        List<ReopenRequest> reopened = new ArrayList<>();
        assertThat(gui.reopen(written.get(0), reopened::add)).isTrue();
        assertThat(reopened).singleElement().satisfies(r -> {
            assertThat(r.step()).isEqualTo(17);
            assertThat(ScenarioWriter.toJson(r.scenario())).isEqualTo(ScenarioWriter.toJson(source.scenario()));
        });
        assertThat(errors).isEmpty();
    }

    @Test
    void aRangeInPdfIsOneFileAndTheDialogRemembersTheFormatForTheNextExport() throws Exception {
        answer = m -> {
            m.formatProperty().set(ExportFormat.PDF);
            m.rangeProperty().set(true);
            m.fromProperty().set(3);
            m.toProperty().set(5);
        };
        answers.add(Optional.of(dir.resolve("slides.pdf")));

        List<Path> written = gui.exportFigure().join();

        assertThat(written).containsExactly(dir.resolve("slides.pdf"));
        assertThat(Files.readAllBytes(written.get(0))).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        answer = m -> { };
        accept = false;
        gui.exportFigure().join();
        assertThat(asked.get(1).formatProperty().get()).isEqualTo(ExportFormat.PDF);
        assertThat(asked.get(1).rangeProperty().get()).isTrue();
    }

    @Test
    void aRangeInSvgGivesOneNumberedFilePerStepEachRememberingItsStep() throws Exception {
        answer = m -> {
            m.rangeProperty().set(true);
            m.fromProperty().set(10);
            m.toProperty().set(12);
        };
        answers.add(Optional.of(dir.resolve("slide.svg")));

        List<Path> written = gui.exportFigure().join();

        assertThat(written).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(ExportMetadata.read(written.get(i)).orElseThrow().step()).isEqualTo(10 + i);
        }
        assertThat(status).last().asString().startsWith("Exported 3 files");
    }

    @Test
    void aFolderThatDoesNotExistGivesAnErrorDialogAndNothingWritten() {
        answers.add(Optional.of(dir.resolve("missing").resolve("events.csv")));

        assertThat(gui.exportCsv().join()).isEmpty();

        assertThat(errors).singleElement().asString().startsWith(ExportGui.CSV_FAILED + ": " + dir.resolve("missing"));
    }

    @Test
    void cancellingTheDialogOrTheChooserWritesNothing() throws Exception {
        accept = false;
        assertThat(gui.exportFigure().join()).isEmpty();
        assertThat(suggested).isEmpty();
        accept = true;
        answers.add(Optional.empty());
        assertThat(gui.exportFigure().join()).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void withNoRunOrARunStillRecordingTheUserIsToldAndNothingIsAsked() {
        shown = null;
        gui.exportCsv().join();
        assertThat(errors).singleElement().asString().contains("open a scenario run first");

        PlaybackViewModel loading = new PlaybackViewModel();
        loading.open(run.source(), task -> { });
        shown = new ShownRun(run.source(), loading);
        gui.exportFigure().join();
        assertThat(errors).last().asString().contains("still being recorded");
        assertThat(asked).isEmpty();
        assertThat(suggested).isEmpty();
    }

    @Test
    void aFileWithoutMetadataOrFromADemoRunIsExplainedAndAScenarioFileIsLeftToTheCaller() throws Exception {
        Path plain = dir.resolve("plain.svg");
        Files.writeString(plain, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>");
        List<ReopenRequest> reopened = new ArrayList<>();

        assertThat(gui.reopen(plain, reopened::add)).isTrue();
        assertThat(errors).singleElement().asString().contains("carries no MPTCP Lab metadata");

        RecordedRun demo = RecordedRun.record(DemoRuns.clientRouterServer(1), 1000);
        PlaybackViewModel demoPlayback = new PlaybackViewModel();
        demoPlayback.load(demo);
        shown = new ShownRun(demo.source(), demoPlayback);
        answers.add(Optional.of(dir.resolve("demo.png")));
        List<Path> png = gui.exportFigure().join();
        assertThat(gui.reopen(png.get(0), reopened::add)).isTrue();
        assertThat(errors).last().asString().contains("demo run");

        assertThat(gui.reopen(dir.resolve("scenario.json"), reopened::add)).isFalse();
        assertThat(reopened).isEmpty();
    }

    @Test
    void pcapOfAllPointsWritesOneCapturePerNodeAndCsvOneLinePerEvent() throws Exception {
        answers.add(Optional.of(dir.resolve("plain.pcap")));
        Map<Path, Long> counts = gui.exportPcap().join();

        List<CapturePoint> points = CapturePoint.of(run.topology());
        assertThat(counts).hasSize(points.size());
        for (Map.Entry<Path, Long> e : counts.entrySet()) {
            assertThat(PcapReader.readAll(e.getKey())).hasSize(e.getValue().intValue());
        }
        pointsAnswer = List.of(points.get(0));
        answers.add(Optional.of(dir.resolve("one")));
        Map<Path, Long> one = gui.exportPcap().join();
        assertThat(suggested).last().isEqualTo("l4lb-mptcp-plain-" + points.get(0).node() + ".pcap");
        assertThat(one).containsOnlyKeys(dir.resolve("one.pcap"));

        answers.add(Optional.of(dir.resolve("events.csv")));
        Path csv = gui.exportCsv().join().orElseThrow();
        assertThat(Rfc4180.parse(Files.readString(csv))).hasSize(run.events().size() + 1);
        assertThat(errors).isEmpty();
    }
}
