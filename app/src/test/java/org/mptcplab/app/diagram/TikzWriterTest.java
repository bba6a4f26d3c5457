package org.mptcplab.app.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TikZ back end: escaping, a page the size of the picture, and a real pdflatex run when one is installed. */
class TikzWriterTest {
    @TempDir
    Path dir;

    private static Diagram sample() {
        return new Diagram(300, 120, List.of(
                new Mark.Rect(0, 0, 300, 120, 4, Rgba.hex("#fafafa"), Stroke.solid(Rgba.hex("#333333"), 1)),
                new Mark.Group("arrow", "3", List.of(
                        Mark.Line.of(new Pt(20, 20), new Pt(280, 80), Stroke.dashed(Rgba.hex("#4477AA"), 2, 6, 4),
                                true),
                        new Mark.Text(150, 40, "DSS dsn=IDSN+1 \u00d710 50% #1 a_b {x} \u2192 s2", TextAnchor.MIDDLE,
                                12, true, Rgba.hex("#000000"), -13))),
                new Mark.Circle(40, 100, 8, Rgba.hex("#D55E00").withAlpha(0.5), null),
                new Mark.Polygon(List.of(new Pt(1, 1), new Pt(9, 1), new Pt(5, 9)), Rgba.hex("#000000"))));
    }

    @Test
    void latexSpecialsAreEscaped() {
        assertThat(TikzWriter.escape("a_b 50% #1 {x} & $ \u00d7 \u2192"))
                .isEqualTo("a\\_b 50\\% \\#1 \\{x\\} \\& \\$ $\\times$ $\\rightarrow$");
    }

    @Test
    void documentSizesThePageToThePictureWithoutTheStandaloneClass() {
        String tex = TikzWriter.document(sample(), "scenario x\nstep 3");

        assertThat(tex).startsWith("% scenario x\n% step 3\n\\documentclass{article}");
        assertThat(tex).doesNotContain("standalone");
        assertThat(tex).contains("\\setlength{\\pdfpagewidth}{300.00bp}", "\\setlength{\\pdfpageheight}{120.00bp}");
        assertThat(tex).contains("% arrow 3", "rotate=13.00", "dash pattern=on 6.00bp off 4.00bp");
    }

    @Test
    void compilesWithPdflatexToOnePageOfThePicturesSize() throws Exception {
        Assumptions.assumeTrue(onPath("pdflatex"),
                "pdflatex is not installed (apt-get install texlive-latex-base texlive-pictures): TikZ not compiled");
        Path tex = dir.resolve("figure.tex");
        Files.writeString(tex, TikzWriter.document(sample(), ""));

        Process p = new ProcessBuilder("pdflatex", "-interaction=nonstopmode", "-halt-on-error", "figure.tex")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(Files.readString(dir.resolve("log.txt"))).isZero();
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("figure.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isOne();
            org.assertj.core.data.Offset<Float> onePoint = org.assertj.core.data.Offset.offset(1f);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(300f, onePoint);
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).isCloseTo(120f, onePoint);
        }
    }

    static boolean onPath(String tool) throws IOException {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }
}
