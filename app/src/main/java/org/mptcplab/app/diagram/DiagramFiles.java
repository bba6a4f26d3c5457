package org.mptcplab.app.diagram;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * The AWT-based file back ends: SVG through JFreeSVG, PDF through JFreePDF (one page per diagram),
 * PNG pixels through a {@link BufferedImage}. PDF text is drawn as glyph outlines (vector, exact
 * widths, any character) rather than as PDF text, so it cannot be selected. All draw with
 * {@link Graphics2DRenderer}. Writing the
 * bytes (and any metadata) to disk is the exporter's job.
 */
public final class DiagramFiles {
    /** Largest PDF page side viewers accept, points. */
    static final double MAX_PDF_SIDE = 14_400;

    private DiagramFiles() {
    }

    /**
     * A complete SVG document for {@code d}, with {@code metadataXml} (an XML fragment, may be empty)
     * inside a {@code <metadata>} element right after the root's opening tag.
     */
    public static String svg(Diagram d, String metadataXml) {
        SVGGraphics2D g = new SVGGraphics2D(d.width(), d.height());
        // Short ids keep files small; the prefix keeps them apart from our own group ids.
        g.setDefsKeyPrefix("mptcplab");
        Graphics2DRenderer.draw(d, g);
        String element = g.getSVGElement(null, true, new ViewBox(0, 0, (int) Math.ceil(d.width()),
                (int) Math.ceil(d.height())), null, null);
        int close = element.indexOf('>');
        String meta = metadataXml.isEmpty() ? "" : "<metadata>" + metadataXml + "</metadata>";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element.substring(0, close + 1) + meta
                + element.substring(close + 1) + "\n";
    }

    /**
     * A PDF with one page per diagram, each page the size of its diagram (1 unit = 1 pt), scaled down
     * to fit when a side exceeds {@link #MAX_PDF_SIDE}.
     */
    public static byte[] pdf(List<Diagram> pages, String title) {
        PDFDocument doc = new PDFDocument();
        doc.setTitle(title);
        doc.setAuthor("MPTCP Lab");
        for (Diagram d : pages) {
            // Viewers reject pages beyond 200 inches (14400 pt, PDF 1.7 Annex C): a longer chart is scaled down.
            double scale = Math.min(1, MAX_PDF_SIDE / Math.max(d.width(), d.height()));
            Page page = doc.createPage(new Rectangle2D.Double(0, 0, d.width() * scale, d.height() * scale));
            PDFGraphics2D g = page.getGraphics2D();
            g.scale(scale, scale);
            Graphics2DRenderer.draw(d, g, true);
        }
        return doc.getPDFBytes();
    }

    /** The pixels of {@code d} at {@code scale} pixels per unit; size is the diagram's, rounded up. */
    public static BufferedImage png(Diagram d, double scale) {
        int w = (int) Math.ceil(d.width() * scale);
        int h = (int) Math.ceil(d.height() * scale);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.scale(scale, scale);
            Graphics2DRenderer.draw(d, g);
        } finally {
            g.dispose();
        }
        return img;
    }
}
