package org.mptcplab.app.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What an exported SVG or PNG remembers so that opening it in the app reopens the same picture: the
 * full scenario (as {@code ScenarioWriter} writes it, so edited scenarios reopen too), the seed, the
 * step and the view. SVG keeps it in a namespaced {@code <metadata>} element, PNG in an iTXt chunk
 * (see {@link MetadataCodec}); PDF and TikZ only get a comment or Info entry.
 *
 * @param scenarioId   the scenario's id
 * @param scenarioJson the full scenario file text
 * @param seed         the run's seed
 * @param step         the playback step (cursor index) shown; for a range, the step of this file
 * @param view         which picture
 * @param appVersion   version of the app that wrote it
 */
public record ExportMetadata(String scenarioId, String scenarioJson, long seed, int step, ExportView view,
        String appVersion) {

    public ExportMetadata {
        Objects.requireNonNull(scenarioId, "scenarioId");
        Objects.requireNonNull(scenarioJson, "scenarioJson");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(appVersion, "appVersion");
    }

    /** The same metadata for step {@code s} (one file of a multi-step export). */
    public ExportMetadata atStep(int s) {
        return new ExportMetadata(scenarioId, scenarioJson, seed, s, view, appVersion);
    }

    /** The same metadata for view {@code v}. */
    public ExportMetadata withView(ExportView v) {
        return new ExportMetadata(scenarioId, scenarioJson, seed, step, v, appVersion);
    }

    /**
     * The metadata of an exported SVG or PNG (chosen by content, not by name), empty when the file
     * carries none (any other SVG or PNG, or another kind of file).
     *
     * @throws IOException when the file cannot be read
     */
    public static Optional<ExportMetadata> read(Path svgOrPng) throws IOException {
        return MetadataCodec.read(svgOrPng);
    }
}
