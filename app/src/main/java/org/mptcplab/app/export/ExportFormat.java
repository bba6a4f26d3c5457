package org.mptcplab.app.export;

/** File formats of an export. */
public enum ExportFormat {
    /** Scalable vector graphics, text kept as text, scenario and step in a metadata element. */
    SVG("svg"),
    /** Vector PDF, one page per step. */
    PDF("pdf"),
    /** Raster image at a chosen scale, scenario and step in an iTXt chunk. */
    PNG("png"),
    /** A standalone LaTeX file with one tikzpicture that compiles with pdflatex. */
    TIKZ("tex");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The file name extension, without the dot. */
    public String fileExtension() {
        return extension;
    }
}
