package org.mptcplab.app.diagram;

import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link Diagram} as a complete LaTeX document holding one {@code tikzpicture}, with the page
 * cut to the picture's size ({@code \paperwidth} and {@code \pdfpagewidth}, which recent kernels copy
 * from it at {@code \begin{document}}; no {@code standalone}
 * class needed), so {@code pdflatex} gives a one-page PDF that {@code \includegraphics} can take, and
 * the picture's code can be pasted into a paper. Units are big points, y downwards like the model.
 * Text uses the document's sans-serif font, so widths differ slightly from the screen.
 */
public final class TikzWriter implements MarkVisitor {
    private final StringBuilder b = new StringBuilder();

    private TikzWriter() {
    }

    /** The document; {@code comment} (may be empty) goes in a leading {@code %} comment. */
    public static String document(Diagram d, String comment) {
        TikzWriter w = new TikzWriter();
        String size = String.format(Locale.ROOT, "%.2fbp", d.width());
        String height = String.format(Locale.ROOT, "%.2fbp", d.height());
        for (String line : comment.split("\n", -1)) {
            if (!line.isEmpty()) {
                w.b.append("% ").append(line).append('\n');
            }
        }
        w.b.append("""
                \\documentclass{article}
                \\usepackage{fix-cm}
                \\usepackage{tikz}
                \\pagestyle{empty}
                \\setlength{\\paperwidth}{%1$s}
                \\setlength{\\paperheight}{%2$s}
                \\setlength{\\pdfpagewidth}{%1$s}
                \\setlength{\\pdfpageheight}{%2$s}
                \\setlength{\\hoffset}{-1in}
                \\setlength{\\voffset}{-1in}
                \\setlength{\\oddsidemargin}{0pt}
                \\setlength{\\topmargin}{0pt}
                \\setlength{\\headheight}{0pt}
                \\setlength{\\headsep}{0pt}
                \\setlength{\\textwidth}{%1$s}
                \\setlength{\\textheight}{%2$s}
                \\setlength{\\parindent}{0pt}
                \\begin{document}%%
                \\begin{tikzpicture}[x=1bp,y=-1bp,line cap=round,line join=round]
                """.formatted(size, height));
        w.b.append(String.format(Locale.ROOT, "\\useasboundingbox (0,0) rectangle (%.2f,%.2f);%n", d.width(),
                d.height()));
        d.marks().forEach(m -> m.accept(w));
        w.b.append("\\end{tikzpicture}%\n\\end{document}\n");
        return w.b.toString();
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String colour(Rgba c) {
        return "{rgb,255:red," + c.r() + ";green," + c.g() + ";blue," + c.b() + "}";
    }

    private static String stroke(Stroke s) {
        String out = "draw=" + colour(s.colour()) + ",line width=" + n(s.width()) + "bp";
        if (s.colour().alpha() < 1) {
            out += ",draw opacity=" + n(s.colour().alpha());
        }
        if (s.isDashed()) {
            out += ",dash pattern=on " + n(s.dashOn()) + "bp off " + n(s.dashOff()) + "bp,line cap=butt";
        }
        return out;
    }

    private static String fill(Rgba c) {
        return "fill=" + colour(c) + (c.alpha() < 1 ? ",fill opacity=" + n(c.alpha()) : "");
    }

    private static String path(List<Pt> pts) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < pts.size(); i++) {
            p.append(i == 0 ? "" : " -- ").append('(').append(n(pts.get(i).x())).append(',').append(n(pts.get(i).y()))
                    .append(')');
        }
        return p.toString();
    }

    @Override
    public void line(Mark.Line l) {
        List<Pt> pts = l.shaft();
        b.append("\\path[").append(stroke(l.stroke())).append("] ").append(path(pts)).append(";\n");
        if (l.arrowHead()) {
            b.append("\\path[").append(fill(l.stroke().colour())).append("] ").append(path(l.headTriangle()))
                    .append(" -- cycle;\n");
        }
    }

    @Override
    public void polygon(Mark.Polygon p) {
        b.append("\\path[").append(fill(p.fill())).append("] ").append(path(p.points())).append(" -- cycle;\n");
    }

    @Override
    public void rect(Mark.Rect r) {
        String opts = (r.fill() != null ? fill(r.fill()) : "")
                + (r.fill() != null && r.stroke() != null ? "," : "")
                + (r.stroke() != null ? stroke(r.stroke()) : "")
                + (r.radius() > 0 ? ",rounded corners=" + n(r.radius()) + "bp" : "");
        b.append("\\path[").append(opts).append("] (").append(n(r.x())).append(',').append(n(r.y()))
                .append(") rectangle (").append(n(r.x() + r.width())).append(',').append(n(r.y() + r.height()))
                .append(");\n");
    }

    @Override
    public void circle(Mark.Circle c) {
        String opts = (c.fill() != null ? fill(c.fill()) : "")
                + (c.fill() != null && c.stroke() != null ? "," : "")
                + (c.stroke() != null ? stroke(c.stroke()) : "");
        b.append("\\path[").append(opts).append("] (").append(n(c.cx())).append(',').append(n(c.cy()))
                .append(") circle[radius=").append(n(c.r())).append("];\n");
    }

    @Override
    public void text(Mark.Text t) {
        String anchor = switch (t.anchor()) {
            case START -> "west";
            case MIDDLE -> "center";
            case END -> "east";
        };
        String font = "\\fontsize{" + n(t.size()) + "}{" + n(t.size() * 1.2) + "}\\selectfont\\sffamily"
                + (t.bold() ? "\\bfseries" : "");
        // y points down here, so a clockwise screen rotation is a negative TikZ angle.
        String rotate = t.rotation() != 0 ? ",rotate=" + n(-t.rotation()) : "";
        b.append("\\node[anchor=").append(anchor).append(",inner sep=0pt,text=").append(colour(t.colour()))
                .append(rotate).append(",font=").append(font).append("] at (").append(n(t.x())).append(',')
                .append(n(t.y())).append(") {").append(escape(t.text())).append("};\n");
    }

    @Override
    public void group(Mark.Group g) {
        b.append("% ").append(g.role()).append(' ').append(g.id().replaceAll("[\\r\\n]", " ")).append('\n');
        g.children().forEach(m -> m.accept(this));
    }

    /** LaTeX-safe text: specials escaped, the few non-ASCII symbols we draw written in math mode. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '$', '&', '#', '_', '%' -> out.append('\\').append(c);
                case '^' -> out.append("\\^{}");
                case '~' -> out.append("\\~{}");
                case '<' -> out.append("$<$");
                case '>' -> out.append("$>$");
                case '|' -> out.append("$|$");
                case '\u00d7' -> out.append("$\\times$");
                case '\u00b7' -> out.append("$\\cdot$");
                case '\u00b5' -> out.append("$\\mu$");
                case '\u2192' -> out.append("$\\rightarrow$");
                case '\u2194' -> out.append("$\\leftrightarrow$");
                case '\u2013' -> out.append("--");
                case '\u2014' -> out.append("---");
                default -> out.append(c < 0x180 ? String.valueOf(c) : "?");
            }
        }
        return out.toString();
    }
}
