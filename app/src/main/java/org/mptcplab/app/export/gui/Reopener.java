package org.mptcplab.app.export.gui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.mptcplab.app.export.ExportMetadata;
import org.mptcplab.app.files.UserDialogs;
import org.mptcplab.engine.scenario.Scenario;
import org.mptcplab.lessons.scenario.ScenarioLoadException;
import org.mptcplab.lessons.scenario.ScenarioLoader;

/**
 * Turns an exported SVG or PNG back into the scenario and step it shows, from the metadata the
 * exporter embedded. Any file that cannot be reopened (no metadata, a demo run, a scenario the loader
 * refuses, an unreadable file) is explained in an error dialog and yields nothing.
 */
public final class Reopener {
    static final String TITLE = "Cannot reopen export";
    private final UserDialogs dialogs;

    /** A reopener reporting problems through {@code dialogs}. */
    public Reopener(UserDialogs dialogs) {
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
    }

    /** True for the file names an export can have that carry metadata: {@code .svg} and {@code .png}. */
    public static boolean isFigure(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".svg") || name.endsWith(".png");
    }

    /** The scenario and step of {@code file}, or empty after telling the user why not. */
    public Optional<ReopenRequest> read(Path file) {
        Optional<ExportMetadata> found;
        try {
            found = ExportMetadata.read(file);
        } catch (IOException e) {
            dialogs.showError(TITLE, file + ": cannot read the file ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
            return Optional.empty();
        }
        if (found.isEmpty()) {
            dialogs.showError(TITLE, file + " carries no MPTCP Lab metadata. Only SVG and PNG figures written by"
                    + " File > Export figure… remember their scenario and step.");
            return Optional.empty();
        }
        ExportMetadata meta = found.get();
        if (meta.scenarioJson().isBlank()) {
            dialogs.showError(TITLE, file + " was exported from the demo run '" + meta.scenarioId()
                    + "', which has no scenario file to reopen.");
            return Optional.empty();
        }
        Scenario scenario;
        try {
            scenario = ScenarioLoader.parse(file.getFileName().toString(), meta.scenarioJson());
        } catch (ScenarioLoadException e) {
            dialogs.showError(TITLE, "The scenario saved in " + file + " does not load: " + e.getMessage());
            return Optional.empty();
        }
        return Optional.of(new ReopenRequest(scenario.withSeed(meta.seed()), meta.step(), meta.view(),
                file.getFileName().toString()));
    }
}
