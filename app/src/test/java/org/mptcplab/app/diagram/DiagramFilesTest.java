package org.mptcplab.app.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The AWT back ends on a small hand-made diagram. */
class DiagramFilesTest {
    private static final Rgba RED = Rgba.hex("#ff0000");

    private static Diagram sample() {
        return new Diagram(200, 100, List.of(
                new Mark.Rect(0, 0, 200, 100, 0, Rgba.hex("#ffffff"), null),
                new Mark.Group("lane", "client", List.of(Mark.Line.of(new Pt(20, 0), new Pt(20, 100),
                        Stroke.solid(Rgba.hex("#000000"), 1), false))),
                new Mark.Group("arrow", "7", List.of(
                        Mark.Line.of(new Pt(20, 20), new Pt(180, 60), Stroke.solid(RED, 2), true),
                        Mark.Text.of(100, 30, "SYN + MP_CAPABLE <C> & \u2192", TextAnchor.MIDDLE, 12, false,
                                Rgba.hex("#000000")))),
                new Mark.Circle(150, 85, 10, RED, Stroke.dashed(Rgba.hex("#000000"), 1, 3, 2))));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void svgIsXmlWithGroupsAsClassesAndTextAsText() throws Exception {
        Document doc = parse(DiagramFiles.svg(sample(), "<x:m xmlns:x=\"urn:test\">a &amp; b</x:m>"));

        NodeList groups = doc.getElementsByTagName("g");
        List<Element> classed = new java.util.ArrayList<>();
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (!g.getAttribute("class").isEmpty()) {
                classed.add(g);
            }
        }
        assertThat(classed).extracting(g -> g.getAttribute("id")).containsExactly("lane-client", "arrow-7");
        assertThat(classed.get(1).getElementsByTagName("text").item(0).getTextContent())
                .isEqualTo("SYN + MP_CAPABLE <C> & \u2192");
        assertThat(doc.getElementsByTagNameNS("urn:test", "m").item(0).getTextContent()).isEqualTo("a & b");
        assertThat(doc.getDocumentElement().getElementsByTagName("metadata").getLength()).isOne();
    }

    @Test
    void pngHasTheDiagramSizeTimesTheScaleAndItsColours() {
        BufferedImage img = DiagramFiles.png(sample(), 2.5);

        assertThat(img.getWidth()).isEqualTo(500);
        assertThat(img.getHeight()).isEqualTo(250);
        assertThat(img.getRGB(150 * 5 / 2, 85 * 5 / 2) & 0xFFFFFF).isEqualTo(0xFF0000);
        assertThat(img.getRGB(5, 245) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }

    @Test
    void pdfHasOnePagePerDiagramOfTheDiagramsSize() throws Exception {
        byte[] pdf = DiagramFiles.pdf(List.of(sample(), sample(), sample()), "t");

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(200f);
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(100f);
        }
    }

    @Test
    void arrowHeadEndsOnTheLastPointAndPointsAlongTheLine() {
        Mark.Line l = Mark.Line.of(new Pt(0, 0), new Pt(100, 0), Stroke.solid(RED, 2), true);

        List<Pt> head = l.headTriangle();
        assertThat(head.get(0)).isEqualTo(new Pt(100, 0));
        assertThat(head.get(1).x()).isLessThan(100);
        assertThat(head.get(1).y()).isEqualTo(-head.get(2).y());
    }

    @Test
    void translatedMarksKeepTheirShapeAndGroups() {
        List<Mark> moved = Marks.translate(sample().marks(), 10, 5);

        Diagram d = new Diagram(300, 300, moved);
        assertThat(d.groups("arrow")).hasSize(1);
        assertThat(d.texts().get(0).x()).isEqualTo(110);
        assertThat(d.texts().get(0).y()).isEqualTo(35);
    }

    @Test
    void widerTextMeasuresWiderAndBoldWiderStill() {
        double plain = TextMeasure.width("MP_JOIN", 12, false);

        assertThat(TextMeasure.width("MP_JOIN tok", 12, false)).isGreaterThan(plain);
        assertThat(TextMeasure.width("MP_JOIN", 12, true)).isGreaterThan(plain);
        assertThat(TextMeasure.width("MP_JOIN", 24, false))
                .isCloseTo(2 * plain, org.assertj.core.data.Offset.offset(0.01));
    }
}
