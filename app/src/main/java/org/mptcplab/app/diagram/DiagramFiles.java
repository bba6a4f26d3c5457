package org.mptcplab.app.diagram;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * The AWT-based file back ends: SVG through JFreeSVG, PDF through JFreePDF (one page per diagram),
 * PNG pixels through a {@link BufferedImage}. All draw with {@link Graphics2DRenderer}. Writing the
 * bytes (and any metadata) to disk is the exporter's job.
 *
 * <p>PDF text is real, selectable text in the standard Helvetica / Helvetica-Bold fonts (not
 * embedded) when every character of the document's text can be shown by them. JFreePDF 2.0.1 declares
 * {@code /MacRomanEncoding} and writes the content stream as US-ASCII, so that is printable ASCII,
 * plus "·" and "µ" written as MacRoman octal escapes; "×" (not in MacRoman) becomes "x" and "→"
 * becomes "->" in PDF text. Any other character (say "é" or "≈") makes the whole document fall back
 * to glyph outlines of the measured font, which show any character but cannot be selected or searched.
 */
public final class DiagramFiles {
    /** Largest PDF page side viewers accept, points. */
    static final double MAX_PDF_SIDE = 14_400;
    /**
     * Advance widths of ASCII 32..126 in Helvetica and Helvetica-Bold, 1/1000 em, from Adobe's AFM
     * files, for the MacRoman codes JFreePDF uses (39 is quotesingle and 96 grave, not the quotes).
     */
    private static final int[] HELVETICA = {278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333,
        278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722,
        722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667,
        611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};
    private static final int[] HELVETICA_BOLD = {278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278,
        333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722,
        722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
        667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611,
        611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584};

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
     * to fit when a side exceeds {@link #MAX_PDF_SIDE}. Text is PDF text when {@link #pdfTextFits}
     * holds for every page, else glyph outlines throughout (see the class comment).
     */
    public static byte[] pdf(List<Diagram> pages, String title) {
        boolean realText = pages.stream().allMatch(DiagramFiles::pdfTextFits);
        PDFDocument doc = new PDFDocument();
        doc.setTitle(title);
        doc.setAuthor("MPTCP Lab");
        for (Diagram d : pages) {
            // Viewers reject pages beyond 200 inches (14400 pt, PDF 1.7 Annex C): a longer chart is scaled down.
            double scale = Math.min(1, MAX_PDF_SIDE / Math.max(d.width(), d.height()));
            Page page = doc.createPage(new Rectangle2D.Double(0, 0, d.width() * scale, d.height() * scale));
            PDFGraphics2D g = page.getGraphics2D();
            g.scale(scale, scale);
            if (realText) {
                g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_STANDARD);
                Graphics2DRenderer.drawPdfText(d, g);
            } else {
                Graphics2DRenderer.draw(d, g, true);
            }
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

    /** True when every text of {@code d} can be PDF text in the standard fonts (see the class comment). */
    public static boolean pdfTextFits(Diagram d) {
        return d.texts().stream().allMatch(t -> standardText(t.text()).chars().allMatch(DiagramFiles::standard));
    }

    /** {@code text} as PDF text shows it: "×" as "x", "→" as "->"; other characters unchanged. */
    static String standardText(String text) {
        return text.replace('×', 'x').replace("→", "->");
    }

    private static boolean standard(int c) {
        return c >= 32 && c <= 126 || c == '·' || c == 'µ';
    }

    /** Width of {@link #standardText} output in Helvetica (or Helvetica-Bold) at {@code size} points. */
    static double helveticaWidth(String text, double size, boolean bold) {
        int[] w = bold ? HELVETICA_BOLD : HELVETICA;
        int sum = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // periodcentered is 278 in both weights, mu 556 / 611 (AFM).
            sum += c == '·' ? 278 : c == 'µ' ? (bold ? 611 : 556) : w[c - 32];
        }
        return sum * size / 1000;
    }

    /**
     * {@link #standardText} output as the body of a PDF literal string (ISO 32000-1, 7.3.4.2): JFreePDF
     * 2.0.1 copies it between the parentheses as is, so "\\", "(" and ")" are escaped here, and "·" and
     * "µ" become their MacRoman codes in octal.
     */
    static String pdfLiteral(String text) {
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").replace("·", "\\341")
                .replace("µ", "\\265");
    }
}
