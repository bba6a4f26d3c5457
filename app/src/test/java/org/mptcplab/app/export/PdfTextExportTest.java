package org.mptcplab.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.app.playback.EventKind;

/**
 * A sequence PDF of the catalogue's failure scenario keeps its labels as text a reader can select and
 * search, with the same pages as before (text mode changes no geometry).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfTextExportTest {
    private ExportFixture plain;
    private int rst;
    @TempDir
    Path dir;

    @BeforeAll
    void record() throws Exception {
        plain = ExportFixture.of("l4lb-mptcp-plain");
        rst = plain.first(EventKind.RST);
    }

    private Path export(String name, StepRange steps) throws Exception {
        Path out = dir.resolve(name);
        Exporter.export(plain.run(), plain.meta(ExportView.SEQUENCE), ExportView.SEQUENCE, ExportFormat.PDF, steps,
                ExportOptions.defaults(), out);
        return out;
    }

    @Test
    void sequencePdfTextIsSearchableForTheHandshakeOptions() throws Exception {
        Path out = export("rst.pdf", StepRange.single(rst));

        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("SYN + MP_JOIN").contains("MP_CAPABLE");
        }
    }

    @Test
    void aStepRangeKeepsOnePagePerStepOfOneSize() throws Exception {
        Path out = export("six.pdf", new StepRange(rst - 5, rst));

        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(6);
            assertThat(List.of(pdf.getPage(0).getMediaBox().getWidth(), pdf.getPage(0).getMediaBox().getHeight()))
                    .containsExactly(pdf.getPage(5).getMediaBox().getWidth(),
                            pdf.getPage(5).getMediaBox().getHeight());
            assertThat(new PDFTextStripper().getText(pdf)).contains("MP_CAPABLE");
        }
    }
}
