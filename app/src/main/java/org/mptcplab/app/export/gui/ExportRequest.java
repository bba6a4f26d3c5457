package org.mptcplab.app.export.gui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.mptcplab.app.export.ExportFormat;
import org.mptcplab.app.export.ExportOptions;
import org.mptcplab.app.export.ExportView;
import org.mptcplab.app.export.Exporter;
import org.mptcplab.app.export.StepRange;

/**
 * One export as the dialog settled it: which picture, which format, which steps, which options.
 *
 * @param view    the picture
 * @param format  the file format
 * @param steps   the steps, one page or file each
 * @param options lanes, kinds, labels, theme, sizes
 */
public record ExportRequest(ExportView view, ExportFormat format, StepRange steps, ExportOptions options) {

    public ExportRequest {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(steps, "steps");
        Objects.requireNonNull(options, "options");
    }

    /**
     * The file name the save dialog proposes, e.g. {@code l4lb-mptcp-plain-sequence-step42.svg} or
     * {@code l4lb-mptcp-plain-sequence-steps10-19.pdf}.
     */
    public String fileName(String id) {
        String stepPart = steps.count() == 1 ? "step" + steps.from() : "steps" + steps.from() + "-" + steps.to();
        return safe(id) + "-" + view.name().toLowerCase(Locale.ROOT) + "-" + stepPart + "." + format.fileExtension();
    }

    /** {@code chosen}, with this format's extension added when the user typed a name without it. */
    public Path withExtension(Path chosen) {
        String name = chosen.getFileName().toString();
        String ext = "." + format.fileExtension();
        return name.toLowerCase(Locale.ROOT).endsWith(ext) ? chosen : chosen.resolveSibling(name + ext);
    }

    /**
     * Writes the export of {@code snapshot} to {@code out} (numbered files beside it for a range in a
     * format other than PDF).
     *
     * @return the files written
     * @throws IOException              when a file cannot be written
     * @throws IllegalArgumentException when the exporter refuses the request (a step outside the run)
     */
    public List<Path> write(RunSnapshot snapshot, String appVersion, Path out) throws IOException {
        var meta = snapshot.metadata(view, appVersion).atStep(steps.from());
        if (view == ExportView.COMPARE) {
            if (snapshot.partner() == null) {
                throw new IllegalArgumentException("the compare figure needs the compare window's two runs");
            }
            return Exporter.exportCompare(snapshot.run(), snapshot.partner(), meta, format, steps, options, out);
        }
        return Exporter.export(snapshot.run(), meta, view, format, steps, options, out);
    }

    private static String safe(String id) {
        String cleaned = id.replaceAll("[^A-Za-z0-9._-]", "_");
        return cleaned.isEmpty() ? "export" : cleaned;
    }
}
