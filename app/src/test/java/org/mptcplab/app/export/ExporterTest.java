package org.mptcplab.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.mptcplab.app.diagram.Diagram;
import org.mptcplab.app.diagram.DiagramStyle;
import org.mptcplab.app.playback.EventKind;
import org.mptcplab.app.playback.EventKinds;
import org.mptcplab.app.playback.NodeRole;
import org.mptcplab.app.sequence.DataSequenceBase;
import org.mptcplab.app.sequence.SequenceLabels;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.TraceEvent;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Sequence and topology exports of the catalogue's failure scenario, checked by parsing the files back. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExporterTest {
    private static final Set<EventKind> SIGNALLING = Set.of(EventKind.SYN, EventKind.SYN_ACK, EventKind.MP_JOIN,
            EventKind.ADD_ADDR, EventKind.RST);
    private ExportFixture plain;
    private int rst;
    @TempDir
    Path dir;

    @BeforeAll
    void record() throws Exception {
        plain = ExportFixture.of("l4lb-mptcp-plain");
        rst = plain.first(EventKind.RST);
    }

    static Document svg(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    static List<Element> groups(Document doc, String cls) {
        List<Element> out = new ArrayList<>();
        NodeList all = doc.getElementsByTagName("g");
        for (int i = 0; i < all.getLength(); i++) {
            Element g = (Element) all.item(i);
            if (g.getAttribute("class").equals(cls)) {
                out.add(g);
            }
        }
        return out;
    }

    /** Hops leaving a host or balancer up to {@code step} with a kind in {@code kinds}, from the trace. */
    private int hopsFromTrace(int step, Set<EventKind> kinds) {
        int n = 0;
        for (int i = 0; i <= step; i++) {
            TraceEvent e = plain.run().events().get(i);
            if (e instanceof PacketEvent p
                    && (p.kind() == PacketEvent.Kind.SENT || p.kind() == PacketEvent.Kind.FORWARDED)
                    && p.iface() != null && plain.run().topology().linkAt(p.node(), p.iface()).isPresent()
                    && plain.run().topology().node(p.node()).orElseThrow().role() != NodeRole.ROUTER
                    && kinds.contains(EventKinds.of(e))) {
                n++;
            }
        }
        return n;
    }

    @Test
    void sequenceSvgHasALanePerBusyNodeAndAnArrowPerShownPacketLabelledAsText() throws Exception {
        ExportOptions o = ExportOptions.defaults()
                .withPacketKinds(Set.of("syn", "syn_ack", "mp_join", "add_addr", "rst"));
        Path out = dir.resolve("seq.svg");

        List<Path> files = Exporter.export(plain.run(), plain.meta(ExportView.SEQUENCE), ExportView.SEQUENCE,
                ExportFormat.SVG, StepRange.single(rst), o, out);

        assertThat(files).containsExactly(out);
        Document doc = svg(out);
        assertThat(groups(doc, "lane")).extracting(g -> g.getAttribute("id"))
                .containsExactly("lane-client", "lane-lb", "lane-s1", "lane-s2");
        List<Element> arrows = groups(doc, "arrow");
        assertThat(arrows).hasSize(hopsFromTrace(rst, SIGNALLING));
        for (Element a : arrows) {
            int index = Integer.parseInt(a.getAttribute("id").substring("arrow-".length()));
            PacketEvent sent = (PacketEvent) plain.run().events().get(index);
            assertThat(a.getElementsByTagName("text").item(0).getTextContent())
                    .isEqualTo(SequenceLabels.of(sent.packet(), DataSequenceBase.none(), true, false));
        }
        assertThat(arrows).anySatisfy(a -> assertThat(a.getTextContent()).startsWith("RST"));
    }

    @Test
    void chosenLanesAreTheOnlyLanesInTheirOrder() throws Exception {
        Path out = dir.resolve("lanes.svg");

        Exporter.export(plain.run(), plain.meta(ExportView.SEQUENCE), ExportView.SEQUENCE, ExportFormat.SVG,
                StepRange.single(rst), ExportOptions.defaults().withLanes(List.of("lb", "client")), out);

        assertThat(groups(svg(out), "lane")).extracting(g -> g.getAttribute("id")).containsExactly("lane-lb",
                "lane-client");
        assertThat(groups(svg(out), "arrow")).isNotEmpty();
    }

    @Test
    void aPdfOfAStepRangeHasOnePagePerStepAllOfOneSize() throws Exception {
        Path out = dir.resolve("six.pdf");

        List<Path> files = Exporter.export(plain.run(), plain.meta(ExportView.SEQUENCE), ExportView.SEQUENCE,
                ExportFormat.PDF, new StepRange(rst - 5, rst), ExportOptions.defaults(), out);

        assertThat(files).containsExactly(out);
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(6);
            assertThat(pdf.getPage(5).getMediaBox().getHeight()).isEqualTo(pdf.getPage(0).getMediaBox().getHeight());
        }
    }

    @Test
    void svgAndPngRangesWriteNumberedFilesEachRememberingItsStep() throws Exception {
        List<Path> svgs = Exporter.export(plain.run(), plain.meta(ExportView.SEQUENCE), ExportView.SEQUENCE,
                ExportFormat.SVG, new StepRange(10, 12), ExportOptions.defaults(), dir.resolve("s.svg"));
        List<Path> pngs = Exporter.export(plain.run(), plain.meta(ExportView.TOPOLOGY), ExportView.TOPOLOGY,
                ExportFormat.PNG, new StepRange(10, 11), ExportOptions.defaults().withPngScale(1), dir.resolve("t"));

        assertThat(svgs).extracting(p -> p.getFileName().toString()).containsExactly("s-001.svg", "s-002.svg",
                "s-003.svg");
        assertThat(pngs).extracting(p -> p.getFileName().toString()).containsExactly("t-001.png", "t-002.png");
        assertThat(ExportMetadata.read(svgs.get(2)).orElseThrow().step()).isEqualTo(12);
        assertThat(ExportMetadata.read(pngs.get(1)).orElseThrow().step()).isEqualTo(11);
        assertThat(ExportMetadata.read(pngs.get(1)).orElseThrow().view()).isEqualTo(ExportView.TOPOLOGY);
    }

    @Test
    void pngHasTheRequestedScaleTimesThePictureSize() throws Exception {
        ExportOptions o = ExportOptions.defaults().withPngScale(1.5);
        Path out = dir.resolve("seq.png");

        Exporter.export(plain.run(), plain.meta(ExportView.SEQUENCE), ExportView.SEQUENCE, ExportFormat.PNG,
                StepRange.single(rst), o, out);

        Diagram d = ExportFigures.sequence(plain.run(), ExportJob.spec(o), new DiagramStyle(o.theme(), o.fontSize()),
                StepRange.single(rst), plain.scenario().id()).get(0);
        BufferedImage img = ImageIO.read(out.toFile());
        assertThat(img.getWidth()).isEqualTo((int) Math.ceil(d.width() * 1.5));
        assertThat(img.getHeight()).isEqualTo((int) Math.ceil(d.height() * 1.5));
    }

    @Test
    void metadataRoundTripsThroughSvgAndPngAndReopensTheSameScenario() throws Exception {
        ExportMetadata meta = plain.meta(ExportView.SEQUENCE);
        Path svg = dir.resolve("m.svg");
        Path png = dir.resolve("m.png");

        Exporter.export(plain.run(), meta, ExportView.SEQUENCE, ExportFormat.SVG, StepRange.single(rst),
                ExportOptions.defaults(), svg);
        Exporter.export(plain.run(), meta, ExportView.SEQUENCE, ExportFormat.PNG, StepRange.single(rst),
                ExportOptions.defaults().withPngScale(0.5), png);

        ExportMetadata fromSvg = ExportMetadata.read(svg).orElseThrow();
        assertThat(fromSvg).isEqualTo(meta.atStep(rst));
        assertThat(ExportMetadata.read(png)).contains(meta.atStep(rst));
        assertThat(ExportRuns.scenario(fromSvg)).isEqualTo(plain.scenario());
        assertThat(fromSvg.seed()).isEqualTo(plain.scenario().seed());
    }

    @Test
    void filesWithoutOurMetadataReadAsEmpty() throws Exception {
        Path foreign = Files.writeString(dir.resolve("x.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
        Path text = Files.writeString(dir.resolve("x.txt"), "hello");
        Path empty = Files.writeString(dir.resolve("e.png"), "");

        assertThat(ExportMetadata.read(foreign)).isEmpty();
        assertThat(ExportMetadata.read(text)).isEmpty();
        assertThat(ExportMetadata.read(empty)).isEmpty();
    }

    @Test
    void topologySvgHasEveryNodeAndThePacketsInFlight() throws Exception {
        Path out = dir.resolve("topo.svg");
        int step = plain.first(EventKind.MP_JOIN);

        Exporter.export(plain.run(), plain.meta(ExportView.TOPOLOGY), ExportView.TOPOLOGY, ExportFormat.SVG,
                StepRange.single(step), ExportOptions.defaults(), out);

        Document doc = svg(out);
        assertThat(groups(doc, "node")).hasSize(plain.run().topology().nodes().size());
        assertThat(groups(doc, "link")).hasSize(plain.run().topology().links().size());
        assertThat(groups(doc, "packet")).extracting(g -> g.getAttribute("id")).contains("packet-" + step);
    }

    @Test
    void badRequestsFailWithAReasonNotAHalfWrittenFile() {
        Path out = dir.resolve("bad.svg");
        int last = plain.run().events().size() - 1;

        assertThatThrownBy(() -> Exporter.export(plain.run(), plain.meta(ExportView.COMPARE), ExportView.COMPARE,
                ExportFormat.SVG, StepRange.single(0), ExportOptions.defaults(), out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exportCompare");
        assertThatThrownBy(() -> Exporter.export(plain.run(), plain.meta(ExportView.SEQUENCE), ExportView.SEQUENCE,
                ExportFormat.SVG, StepRange.single(last + 1), ExportOptions.defaults(), out))
                .hasMessageContaining("last step " + last);
        assertThatThrownBy(() -> Exporter.export(plain.run(), plain.meta(ExportView.SEQUENCE), ExportView.SEQUENCE,
                ExportFormat.SVG, StepRange.single(0), ExportOptions.defaults().withPacketKinds(Set.of("bogus")), out))
                .hasMessageContaining("unknown packet kind 'bogus'");
        assertThat(out).doesNotExist();
    }
}
