package org.mptcplab.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.app.compare.CompareModel;
import org.mptcplab.app.diagram.Diagram;
import org.mptcplab.app.diagram.DiagramStyle;
import org.mptcplab.app.diagram.Mark;
import org.mptcplab.app.diagram.Rgba;
import org.mptcplab.app.playback.EventKind;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The failure-vs-fix figure of l4lb-mptcp-plain and l4lb-mptcp-fixed. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompareExportTest {
    private ExportFixture plain;
    private ExportFixture fixed;
    @TempDir
    Path dir;

    @BeforeAll
    void record() throws Exception {
        plain = ExportFixture.of("l4lb-mptcp-plain");
        fixed = ExportFixture.of("l4lb-mptcp-fixed");
    }

    @Test
    void sidesShowAlignedStepsWithBadgesAndTheDivergenceSentence() throws Exception {
        int step = plain.first(EventKind.RST);
        CompareModel model = CompareModel.of(plain.run(), fixed.run());
        Path out = dir.resolve("cmp.svg");

        Exporter.exportCompare(plain.run(), fixed.run(), plain.meta(ExportView.COMPARE), ExportFormat.SVG,
                StepRange.single(step), ExportOptions.defaults(), out);

        Document doc = ExporterTest.svg(out);
        List<Element> sides = ExporterTest.groups(doc, "side");
        assertThat(sides).extracting(e -> e.getAttribute("id")).containsExactly("side-left", "side-right");
        assertThat(sides.get(0).getTextContent()).contains("l4lb-mptcp-plain \u00b7 step " + step);
        assertThat(sides.get(1).getTextContent()).contains("l4lb-mptcp-fixed \u00b7 step " + model.rightIndexFor(step));
        assertThat(ExporterTest.groups(doc, "badges").get(0).getTextContent()).contains(model.left().rsts() + " RST");
        String sentence = model.divergence().orElseThrow().sentence();
        assertThat(ExporterTest.groups(doc, "divergence").get(0).getTextContent().replace("\n", ""))
                .contains(sentence.substring(0, 20));
        assertThat(ExportMetadata.read(out).orElseThrow().view()).isEqualTo(ExportView.COMPARE);
    }

    @Test
    void aRangeGivesOnePdfPagePerLeftStep() throws Exception {
        Path out = dir.resolve("cmp.pdf");

        Exporter.exportCompare(plain.run(), fixed.run(), plain.meta(ExportView.COMPARE), ExportFormat.PDF,
                new StepRange(20, 23), ExportOptions.defaults(), out);

        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(4);
        }
    }

    @Test
    void theDivergingJoinIsUnderlinedOnBothSidesOnceItIsOnTheChart() {
        CompareModel model = CompareModel.of(plain.run(), fixed.run());
        int at = plain.first(EventKind.RST);
        DiagramStyle style = DiagramStyle.screen();
        Rgba ink = style.theme().foreground();

        List<Diagram> pages = CompareFigures.pages(model, ExportJob.spec(ExportOptions.defaults()), style,
                new StepRange(0, at));

        // An underlined arrow starts with a wide line in the ink colour, under the coloured one.
        java.util.function.Function<Mark.Group, Long> underlined = side -> new Diagram(1, 1, side.children())
                .groups("arrow").stream().filter(a -> a.children().get(0) instanceof Mark.Line l
                        && l.stroke().colour().equals(ink) && l.stroke().width() >= 5).count();
        List<Mark.Group> first = pages.get(0).groups("side");
        List<Mark.Group> last = pages.get(pages.size() - 1).groups("side");
        assertThat(underlined.apply(first.get(0)) + underlined.apply(first.get(1))).isZero();
        assertThat(underlined.apply(last.get(0))).isEqualTo(1);
        assertThat(underlined.apply(last.get(1))).isEqualTo(1);
    }

    @Test
    void wrappedLinesStayWithinTheWidth() {
        List<String> lines = CompareFigures.wrap("one two three four five six seven eight nine ten", 12, 80);

        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join(" ", lines)).isEqualTo("one two three four five six seven eight nine ten");
        assertThat(lines).allSatisfy(l -> assertThat(org.mptcplab.app.diagram.TextMeasure.width(l, 12, false))
                .isLessThanOrEqualTo(80));
    }
}
