package org.mptcplab.app.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.mptcplab.app.playback.RecordedRun;

/**
 * Writes the sequence chart, the topology or the compare figure of recorded runs to SVG, PDF, PNG or
 * TikZ, one picture per step. Free of JavaFX: the command line and the GUI both call it. A single
 * step writes {@code out} as given; a range writes one PDF with a page per step, or numbered files
 * {@code out-001.svg}, {@code out-002.svg}, ... for the other formats.
 */
public final class Exporter {
    private Exporter() {
    }

    /**
     * Exports {@code view} (SEQUENCE or TOPOLOGY) of {@code run} at every step of {@code steps}.
     *
     * @return the files written, in step order
     * @throws IOException              when a file cannot be written
     * @throws IllegalArgumentException when the view is COMPARE or a step is outside the run
     */
    public static List<Path> export(RecordedRun run, ExportMetadata meta, ExportView view, ExportFormat f,
            StepRange steps, ExportOptions o, Path out) throws IOException {
        return ExportJob.single(run, meta, view, f, steps, o, out);
    }

    /**
     * Exports the compare figure of {@code left} (failure) and {@code right} (fix): the two sequence
     * charts side by side, the right one at the step aligned with each left step.
     *
     * @return the files written, in step order
     * @throws IOException when a file cannot be written
     */
    public static List<Path> exportCompare(RecordedRun left, RecordedRun right, ExportMetadata meta, ExportFormat f,
            StepRange steps, ExportOptions o, Path out) throws IOException {
        return ExportJob.compare(left, right, meta, f, steps, o, out);
    }
}
