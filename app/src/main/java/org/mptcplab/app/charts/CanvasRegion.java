package org.mptcplab.app.charts;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * A region painted on one canvas of its own size: the small charts that redraw at every cursor move
 * (one canvas instead of a node per point). The base keeps the canvas as large as the region and
 * repaints when that changes; subclasses call {@link #redraw()} when their data or cursor moves.
 */
public abstract class CanvasRegion extends Region {
    private final Canvas canvas = new Canvas();

    /** An empty canvas that follows the region's size. */
    protected CanvasRegion() {
        getChildren().add(canvas);
    }

    /** Paints the whole {@code width} x {@code height} canvas. */
    protected abstract void draw(GraphicsContext g, double width, double height);

    /** Paints again with the current data. */
    protected final void redraw() {
        draw(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight());
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            redraw();
        }
    }
}
