package org.mptcplab.app.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.fontbox.afm.FontMetrics;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.MacRomanEncoding;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** PDF text in the standard fonts: widths, escaping, substitutions and the fall-back to outlines. */
class PdfTextTest {
    private static final Rgba INK = Rgba.hex("#000000");

    private static Diagram labels(String... texts) {
        List<Mark> marks = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            marks.add(Mark.Text.of(100, 20 + 20 * i, texts[i], TextAnchor.MIDDLE, 10.5, i % 2 == 1, INK));
        }
        return new Diagram(200, 40 + 20 * texts.length, marks);
    }

    private static String extract(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void helveticaWidthsMatchAdobesMetricsForEveryMacRomanAsciiCode() {
        for (String font : List.of("Helvetica", "Helvetica-Bold")) {
            FontMetrics afm = Standard14Fonts.getAFM(font);
            for (int c = 32; c <= 126; c++) {
                String glyph = MacRomanEncoding.INSTANCE.getName(c);
                assertThat(DiagramFiles.helveticaWidth(String.valueOf((char) c), 1000, font.endsWith("Bold")))
                        .as("%s %s", font, glyph).isEqualTo(afm.getCharacterWidth(glyph));
            }
            assertThat(DiagramFiles.helveticaWidth("·µ", 1000, font.endsWith("Bold")))
                    .isEqualTo(afm.getCharacterWidth("periodcentered") + afm.getCharacterWidth("mu"));
        }
    }

    @Test
    void helveticaIsNoWiderThanTheMeasuredFontForTheProtocolLabels() {
        // Text is anchored by its Helvetica width and squeezed only when wider; report how far apart they are.
        for (String s : List.of("SYN + MP_JOIN", "ACK + MP_CAPABLE", "RST + MP_TCPRST", "24.239 ms")) {
            double helvetica = DiagramFiles.helveticaWidth(s, 10, false);
            double measured = TextMeasure.width(s, 10, false);
            assertThat(helvetica / measured).as(s).isBetween(0.8, 1.05);
        }
    }

    @Test
    void parenthesesBackslashesAndSubstitutedSymbolsComeBackAsText() throws Exception {
        Diagram d = labels("DSS ×10 (14200 B", "a) \\ b", "lb · s1 → 5 µs");

        assertThat(DiagramFiles.pdfTextFits(d)).isTrue();
        assertThat(extract(DiagramFiles.pdf(List.of(d), "t"))).contains("DSS x10 (14200 B").contains("a) \\ b")
                .contains("lb · s1 -> 5 µs");
    }

    @Test
    void aCharacterTheStandardFontsLackTurnsTheWholeDocumentIntoOutlines() throws Exception {
        Diagram plain = labels("MP_JOIN");
        Diagram other = labels("RTT ≈ 5 ms");

        assertThat(DiagramFiles.pdfTextFits(other)).isFalse();
        assertThat(extract(DiagramFiles.pdf(List.of(plain), "t"))).contains("MP_JOIN");
        assertThat(extract(DiagramFiles.pdf(List.of(plain, other), "t"))).doesNotContain("MP_JOIN").isBlank();
    }

    @Test
    void fractionalFontSizesAndAnchorsAreKept() throws Exception {
        byte[] pdf = DiagramFiles.pdf(List.of(labels("MP_CAPABLE")), "t");

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var positions = new java.util.ArrayList<org.apache.pdfbox.text.TextPosition>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> tps) {
                    positions.addAll(tps);
                }
            };
            stripper.getText(doc);
            double left = positions.get(0).getX();
            var last = positions.get(positions.size() - 1);
            double right = last.getX() + last.getWidth();
            assertThat(positions.get(0).getYScale()).isCloseTo(10.5f, within(0.01f));
            // MIDDLE anchor at x = 100: centred on it to a tenth of a point.
            assertThat((left + right) / 2).isCloseTo(100, within(0.1));
            // Helvetica's own width, squeezed to the measured width where Helvetica is the wider one.
            double box = Math.min(TextMeasure.width("MP_CAPABLE", 10.5, false),
                    DiagramFiles.helveticaWidth("MP_CAPABLE", 10.5, false));
            assertThat(right - left).isCloseTo(box, within(0.1));
        }
    }
}
