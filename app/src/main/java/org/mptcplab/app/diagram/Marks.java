package org.mptcplab.app.diagram;

import java.util.ArrayList;
import java.util.List;

/** Operations on marks that figures made of several diagrams need (placing one beside another). */
public final class Marks {
    private Marks() {
    }

    /** {@code marks} moved by ({@code dx}, {@code dy}). */
    public static List<Mark> translate(List<Mark> marks, double dx, double dy) {
        Mover m = new Mover(dx, dy);
        for (Mark mark : marks) {
            mark.accept(m);
        }
        return m.out;
    }

    private static final class Mover implements MarkVisitor {
        final double dx;
        final double dy;
        final List<Mark> out = new ArrayList<>();

        Mover(double dx, double dy) {
            this.dx = dx;
            this.dy = dy;
        }

        private List<Pt> move(List<Pt> pts) {
            return pts.stream().map(p -> new Pt(p.x() + dx, p.y() + dy)).toList();
        }

        @Override
        public void line(Mark.Line l) {
            out.add(new Mark.Line(move(l.points()), l.stroke(), l.arrowHead()));
        }

        @Override
        public void polygon(Mark.Polygon p) {
            out.add(new Mark.Polygon(move(p.points()), p.fill()));
        }

        @Override
        public void rect(Mark.Rect r) {
            out.add(new Mark.Rect(r.x() + dx, r.y() + dy, r.width(), r.height(), r.radius(), r.fill(), r.stroke()));
        }

        @Override
        public void circle(Mark.Circle c) {
            out.add(new Mark.Circle(c.cx() + dx, c.cy() + dy, c.r(), c.fill(), c.stroke()));
        }

        @Override
        public void text(Mark.Text t) {
            out.add(new Mark.Text(t.x() + dx, t.y() + dy, t.text(), t.anchor(), t.size(), t.bold(), t.colour(),
                    t.rotation()));
        }

        @Override
        public void group(Mark.Group g) {
            out.add(new Mark.Group(g.role(), g.id(), translate(g.children(), dx, dy)));
        }
    }
}
