package org.mptcplab.app.diagram;

/**
 * One method per kind of {@link Mark}: the back ends dispatch through it (Java 17 has no pattern
 * matching switch), so adding a mark kind makes every back end fail to compile until it draws it.
 */
public interface MarkVisitor {
    void line(Mark.Line l);

    void polygon(Mark.Polygon p);

    void rect(Mark.Rect r);

    void circle(Mark.Circle c);

    void text(Mark.Text t);

    void group(Mark.Group g);
}
