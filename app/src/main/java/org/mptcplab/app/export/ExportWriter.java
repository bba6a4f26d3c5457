package org.mptcplab.app.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mptcplab.app.diagram.Diagram;
import org.mptcplab.app.diagram.DiagramFiles;
import org.mptcplab.app.diagram.TikzWriter;

/**
 * Writes the pages of an export: one PDF with a page per step, or one file per step (numbered
 * {@code name-001.ext}, {@code name-002.ext}, ... when there is more than one), with metadata.
 */
final class ExportWriter {
    private ExportWriter() {
    }

    /** Writes {@code pages} (with {@code metas}, one per page) as {@code f} to {@code out}; the files written. */
    static List<Path> write(List<Diagram> pages, List<ExportMetadata> metas, ExportFormat f, ExportOptions o,
            Path out, String title) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (f == ExportFormat.PDF) {
            Files.write(out, DiagramFiles.pdf(pages, title + " (" + describe(metas.get(0)) + ")"));
            return List.of(out);
        }
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Path file = pages.size() == 1 ? out : numbered(out, i + 1, f);
            Diagram d = pages.get(i);
            ExportMetadata m = metas.get(i);
            switch (f) {
                case SVG -> Files.writeString(file, DiagramFiles.svg(d, MetadataCodec.svgFragment(m)),
                        StandardCharsets.UTF_8);
                case PNG -> MetadataCodec.writePng(DiagramFiles.png(d, o.pngScale()), m, file);
                case TIKZ -> Files.writeString(file, TikzWriter.document(d, title + "\n" + describe(m)),
                        StandardCharsets.UTF_8);
                default -> throw new IllegalStateException("PDF is written above");
            }
            written.add(file);
        }
        return written;
    }

    /** {@code dir/name-007.ext} for {@code dir/name.ext} (the extension is the format's if the name has none). */
    static Path numbered(Path out, int n, ExportFormat f) {
        String name = out.getFileName().toString();
        String ext = "." + f.fileExtension();
        String base = name.toLowerCase(Locale.ROOT).endsWith(ext) ? name.substring(0, name.length() - ext.length())
                : name;
        return out.resolveSibling(String.format(Locale.ROOT, "%s-%03d%s", base, n, ext));
    }

    private static String describe(ExportMetadata m) {
        return "MPTCP Lab " + m.appVersion() + ", scenario " + m.scenarioId() + ", seed " + m.seed() + ", view "
                + m.view().name().toLowerCase(Locale.ROOT) + ", step " + m.step();
    }
}
