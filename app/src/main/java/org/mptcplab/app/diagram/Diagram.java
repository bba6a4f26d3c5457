package org.mptcplab.app.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An immutable picture: a size and a display list drawn in order. The screen and every file format
 * draw the same Diagram, so what you see is what you export.
 *
 * @param width  width, diagram units (pixels on screen, points in PDF)
 * @param height height
 * @param marks  what to draw, back to front
 */
public record Diagram(double width, double height, List<Mark> marks) {

    public Diagram {
        marks = List.copyOf(marks);
        if (!(width > 0 && height > 0)) {
            throw new IllegalArgumentException("diagram size must be positive: " + width + " x " + height);
        }
    }

    /** Every group with {@code role}, depth first, in drawing order. */
    public List<Mark.Group> groups(String role) {
        List<Mark.Group> out = new ArrayList<>();
        walk(marks, m -> {
            if (m instanceof Mark.Group g && g.role().equals(role)) {
                out.add(g);
            }
        });
        return out;
    }

    /** Every text mark, depth first. */
    public List<Mark.Text> texts() {
        List<Mark.Text> out = new ArrayList<>();
        walk(marks, m -> {
            if (m instanceof Mark.Text t) {
                out.add(t);
            }
        });
        return out;
    }

    private static void walk(List<Mark> list, Consumer<Mark> f) {
        for (Mark m : list) {
            f.accept(m);
            if (m instanceof Mark.Group g) {
                walk(g.children(), f);
            }
        }
    }
}
