package org.mptcplab.app.export.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.mptcplab.app.export.ExportView;
import org.mptcplab.app.files.AtomicFiles;
import org.mptcplab.app.files.FileChooserPort;
import org.mptcplab.app.files.FxFileChooser;
import org.mptcplab.app.files.UserDialogs;

/**
 * The shell's one entry point for exporting and reopening: File &gt; Export figure…, Export pcap…,
 * Export events as CSV…, and File &gt; Open / drop of an exported figure. Exports the run the active
 * window shows, as recorded; remembers the export dialog's choices for the session (this object lives
 * as long as the main window). Problems go to {@link UserDialogs}, never to a stack trace.
 */
public final class ExportGui {
    static final String FIGURE_FAILED = "Cannot export figure";
    static final String PCAP_FAILED = "Cannot export pcap";
    static final String CSV_FAILED = "Cannot export events";
    private final FileChooserPort chooser;
    private final UserDialogs dialogs;
    private final ExportPrompts prompts;
    private final Supplier<Optional<ShownRun>> shown;
    private final String appVersion;
    private final Reopener reopener;
    private final BackgroundWrites writes;
    private Consumer<String> status = line -> { };
    private ExportChoices last = ExportChoices.defaults();

    /**
     * @param chooser    asks where to write (and, for {@link #chooseOpen()}, what to open)
     * @param dialogs    reports problems
     * @param prompts    the export dialog and the capture-point question
     * @param shown      the run the active window shows, empty when none
     * @param appVersion written into the figures' metadata
     * @param threads    where files are written and where results come back
     */
    public ExportGui(FileChooserPort chooser, UserDialogs dialogs, ExportPrompts prompts,
            Supplier<Optional<ShownRun>> shown, String appVersion, ExportThreads threads) {
        this.chooser = Objects.requireNonNull(chooser, "chooser");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.shown = Objects.requireNonNull(shown, "shown");
        this.appVersion = Objects.requireNonNull(appVersion, "appVersion");
        this.reopener = new Reopener(dialogs);
        this.writes = new BackgroundWrites(threads, dialogs, line -> status.accept(line));
    }

    /**
     * The export GUI of a window owned by {@code owner}, with JavaFX dialogs. The platform's scenario
     * chooser filters JSON files only, so it is replaced by one that knows the export formats; any other
     * chooser (a test's fake) is used as given.
     */
    public static ExportGui forWindow(Supplier<Window> owner, FileChooserPort scenarioChooser, UserDialogs dialogs,
            Supplier<Optional<ShownRun>> shown, String appVersion) {
        FileChooserPort chooser = scenarioChooser instanceof FxFileChooser ? new FxExportFileChooser(owner)
                : scenarioChooser;
        return new ExportGui(chooser, dialogs, new FxExportPrompts(owner), shown, appVersion, ExportThreads.fx());
    }

    /**
     * File &gt; Export figure…: asks what and where, then writes in the background; completes with the
     * files written (none when cancelled or failed).
     */
    public CompletableFuture<List<Path>> exportFigure() {
        return exportFigure(shown.get());
    }

    /**
     * Exports {@code run} (a compare window's pair, for instance) the way {@link #exportFigure()} exports
     * the main window's run; a run with a partner offers the compare figure first.
     */
    public CompletableFuture<List<Path>> exportFigure(Optional<ShownRun> run) {
        Optional<RunSnapshot> found = snapshot(run, FIGURE_FAILED);
        if (found.isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        RunSnapshot snap = found.get();
        List<ExportView> views = snap.partner() == null ? List.of(ExportView.SEQUENCE, ExportView.TOPOLOGY)
                : List.of(ExportView.COMPARE, ExportView.SEQUENCE, ExportView.TOPOLOGY);
        ExportDialogModel model = new ExportDialogModel(snap, views, last);
        if (!prompts.askExport(model)) {
            return CompletableFuture.completedFuture(List.of());
        }
        last = model.choices();
        ExportRequest request = model.request();
        Optional<Path> chosen = chooser.chooseSave(request.fileName(snap.id()));
        if (chosen.isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        Path out = request.withExtension(chosen.get());
        int steps = request.steps().count();
        return writes.run(FIGURE_FAILED, out, "Exporting " + (steps == 1 ? "step " + request.steps().from()
                : steps + " steps") + " to " + out.getFileName() + "…", () -> request.write(snap, appVersion, out),
                written -> written.size() == 1 ? "Exported " + written.get(0).getFileName() + "."
                        : "Exported " + written.size() + " files: " + written.get(0).getFileName() + " … "
                                + written.get(written.size() - 1).getFileName() + ".", List.of());
    }

    /** File &gt; Export pcap…: completes with the packets written per file (none when cancelled or failed). */
    public CompletableFuture<Map<Path, Long>> exportPcap() {
        Optional<RunSnapshot> found = snapshot(shown.get(), PCAP_FAILED);
        if (found.isEmpty()) {
            return CompletableFuture.completedFuture(Map.of());
        }
        RunSnapshot snap = found.get();
        List<CapturePoint> points = CapturePoint.of(snap.run().topology());
        if (points.isEmpty()) {
            dialogs.showError(PCAP_FAILED, "This run has no capture point: captures are taken at hosts and load"
                    + " balancers, and it has neither.");
            return CompletableFuture.completedFuture(Map.of());
        }
        Optional<List<CapturePoint>> picked = prompts.askCapturePoints(points);
        if (picked.isEmpty() || picked.get().isEmpty()) {
            return CompletableFuture.completedFuture(Map.of());
        }
        List<CapturePoint> which = picked.get();
        String suggested = which.size() == 1 ? snap.id() + "-" + which.get(0).node() + ".pcap" : snap.id() + ".pcap";
        Optional<Path> chosen = chooser.chooseSave(suggested);
        if (chosen.isEmpty()) {
            return CompletableFuture.completedFuture(Map.of());
        }
        Path out = withExtension(chosen.get(), ".pcap");
        return writes.run(PCAP_FAILED, out, "Writing " + which.size() + " pcap file(s)…", () -> which.size() == 1
                ? Map.of(out, PcapExport.write(snap.run().events(), which.get(0), out))
                : PcapExport.writeAll(snap.run().events(), which, out),
                counts -> "Wrote " + counts.size() + (counts.size() == 1 ? " capture" : " captures") + ", "
                        + counts.values().stream().mapToLong(Long::longValue).sum() + " packets.", Map.of());
    }

    /** File &gt; Export events as CSV…: completes with the file written, empty when cancelled or failed. */
    public CompletableFuture<Optional<Path>> exportCsv() {
        Optional<RunSnapshot> found = snapshot(shown.get(), CSV_FAILED);
        if (found.isEmpty()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        RunSnapshot snap = found.get();
        Optional<Path> chosen = chooser.chooseSave(snap.id() + "-events.csv");
        if (chosen.isEmpty()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        Path out = withExtension(chosen.get(), ".csv");
        int events = snap.run().events().size();
        return writes.run(CSV_FAILED, out, "Writing " + events + " events…", () -> {
            AtomicFiles.write(out, EventCsv.toCsv(EventCsv.rows(snap.run().events())));
            return Optional.of(out);
        }, written -> "Wrote " + events + " events to " + out.getFileName() + ".", Optional.<Path>empty());
    }

    /** Asks for a scenario or an exported figure to open. */
    public Optional<Path> chooseOpen() {
        return chooser.chooseOpen();
    }

    /**
     * Reopens {@code file} if it is an exported figure (by name): {@code run} gets the scenario and
     * step (and answers false if it did not run it after all: the user kept unsaved work), or the user
     * is told why the file cannot be reopened.
     *
     * @return false when {@code file} is not a figure, so the caller opens it as a scenario
     */
    public boolean reopen(Path file, Predicate<ReopenRequest> run) {
        if (!Reopener.isFigure(file)) {
            return false;
        }
        reopener.read(file).filter(run).ifPresent(r -> status.accept("Reopened " + r.origin() + ": '"
                + r.scenario().id() + "' at step " + r.step() + "."));
        return true;
    }

    /** Where to say what an export or reopen did, one line each (the status bar). */
    public void setOnStatus(Consumer<String> sink) {
        status = Objects.requireNonNull(sink, "sink");
    }

    private Optional<RunSnapshot> snapshot(Optional<ShownRun> run, String title) {
        if (run.isEmpty()) {
            dialogs.showError(title, "Nothing to export: open a scenario run first.");
            return Optional.empty();
        }
        if (run.get().recording()) {
            dialogs.showError(title, "The run is still being recorded; export it once recording has finished.");
            return Optional.empty();
        }
        return Optional.of(run.get().snapshot());
    }

    private static Path withExtension(Path chosen, String ext) {
        String name = chosen.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(ext) ? chosen : chosen.resolveSibling(name + ext);
    }
}
