package org.mptcplab.app.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Writes and reads {@link ExportMetadata}: in SVG as a {@code <mptcplab:export>} element in the
 * {@value #NAMESPACE} namespace (attributes plus the scenario as escaped text), in PNG as a
 * compressed iTXt chunk with keyword {@value #PNG_KEYWORD} holding a JSON object (PNG spec §11.3.4.5).
 */
final class MetadataCodec {
    /** XML namespace of the SVG metadata element. */
    static final String NAMESPACE = "urn:mptcp-lab:export:1";
    /** Keyword of the PNG iTXt chunk. */
    static final String PNG_KEYWORD = "mptcp-lab";
    private static final String PNG_FORMAT = "javax_imageio_png_1.0";
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G'};
    private static final ObjectMapper JSON = new ObjectMapper();

    private MetadataCodec() {
    }

    /** The XML fragment that goes inside the SVG's {@code <metadata>}. */
    static String svgFragment(ExportMetadata m) {
        return "<mptcplab:export xmlns:mptcplab=\"" + NAMESPACE + "\" scenario-id=\"" + xml(m.scenarioId())
                + "\" seed=\"" + m.seed() + "\" step=\"" + m.step() + "\" view=\"" + m.view().name()
                + "\" app-version=\"" + xml(m.appVersion()) + "\"><mptcplab:scenario>" + xml(m.scenarioJson())
                + "</mptcplab:scenario></mptcplab:export>";
    }

    private static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\r' -> b.append("&#13;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Writes {@code img} as a PNG carrying {@code m}. */
    static void writePng(BufferedImage img, ExportMetadata m, Path out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (OutputStream os = Files.newOutputStream(out);
                ImageOutputStream ios = ImageIO.createImageOutputStream(os)) {
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), null);
            IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
            entry.setAttribute("keyword", PNG_KEYWORD);
            entry.setAttribute("compressionFlag", "TRUE");
            entry.setAttribute("compressionMethod", "0");
            entry.setAttribute("languageTag", "");
            entry.setAttribute("translatedKeyword", "");
            entry.setAttribute("text", json(m));
            IIOMetadataNode itxt = new IIOMetadataNode("iTXt");
            itxt.appendChild(entry);
            IIOMetadataNode root = new IIOMetadataNode(PNG_FORMAT);
            root.appendChild(itxt);
            meta.mergeTree(PNG_FORMAT, root);
            writer.setOutput(ios);
            writer.write(new IIOImage(img, null, meta));
        } finally {
            writer.dispose();
        }
    }

    private static String json(ExportMetadata m) {
        ObjectNode o = JSON.createObjectNode();
        o.put("scenarioId", m.scenarioId());
        o.put("seed", m.seed());
        o.put("step", m.step());
        o.put("view", m.view().name());
        o.put("appVersion", m.appVersion());
        o.put("scenarioJson", m.scenarioJson());
        return o.toString();
    }

    /** The metadata of an SVG or PNG, chosen by content; empty for anything else. */
    static Optional<ExportMetadata> read(Path file) throws IOException {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 4) < 4) {
                return Optional.empty();
            }
        }
        if (java.util.Arrays.equals(head, PNG_MAGIC)) {
            return readPng(file);
        }
        return readSvg(file);
    }

    private static Optional<ExportMetadata> readPng(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, false);
                Node root = reader.getImageMetadata(0).getAsTree(PNG_FORMAT);
                for (Node c = root.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (!"iTXt".equals(c.getNodeName())) {
                        continue;
                    }
                    for (Node e = c.getFirstChild(); e != null; e = e.getNextSibling()) {
                        Element el = (Element) e;
                        if (PNG_KEYWORD.equals(el.getAttribute("keyword"))) {
                            return parseJson(el.getAttribute("text"));
                        }
                    }
                }
                return Optional.empty();
            } finally {
                reader.dispose();
            }
        } catch (javax.imageio.IIOException e) {
            return Optional.empty();
        }
    }

    private static Optional<ExportMetadata> parseJson(String text) {
        try {
            JsonNode o = JSON.readTree(text);
            return Optional.of(new ExportMetadata(o.path("scenarioId").asText(), o.path("scenarioJson").asText(),
                    o.path("seed").asLong(), o.path("step").asInt(), ExportView.valueOf(o.path("view").asText()),
                    o.path("appVersion").asText()));
        } catch (IOException | IllegalArgumentException e) {
            // A damaged chunk is treated like no chunk: the file still opens as a picture.
            return Optional.empty();
        }
    }

    private static Optional<ExportMetadata> readSvg(Path file) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            // Exported files come from anywhere: no DTDs, no external entities.
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            NodeList list;
            DocumentBuilder builder = f.newDocumentBuilder();
            // The default handler prints "[Fatal Error]" to stderr before throwing; a file that is not
            // an exported figure is an expected case here, reported by the caller, not by the parser.
            builder.setErrorHandler(new DefaultHandler());
            try (InputStream in = Files.newInputStream(file)) {
                list = builder.parse(in).getElementsByTagNameNS(NAMESPACE, "export");
            }
            if (list.getLength() == 0) {
                return Optional.empty();
            }
            Element e = (Element) list.item(0);
            NodeList scenario = e.getElementsByTagNameNS(NAMESPACE, "scenario");
            String json = scenario.getLength() == 0 ? "" : scenario.item(0).getTextContent();
            return Optional.of(new ExportMetadata(e.getAttribute("scenario-id"), json,
                    Long.parseLong(e.getAttribute("seed")), Integer.parseInt(e.getAttribute("step")),
                    ExportView.valueOf(e.getAttribute("view")), e.getAttribute("app-version")));
        } catch (SAXException | IllegalArgumentException e) {
            return Optional.empty();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
        }
    }
}
