package org.mptcplab.app.sequence;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import org.mptcplab.app.canvas.PulseRedraw;
import org.mptcplab.app.diagram.Diagram;
import org.mptcplab.app.diagram.Pt;
import org.mptcplab.app.diagram.fx.DiagramLook;
import org.mptcplab.app.diagram.fx.FxRenderer;

/**
 * The live sequence chart: a canvas drawing only the rows in view, a vertical scroll bar that
 * follows the cursor as the chart grows, the router toggle and the subflow legend. Clicking an arrow
 * selects its packet. The canvas draws the {@link Diagram} that {@link SequenceDiagrams} builds, the
 * same one the exporter writes to files. Palette and zoom follow the window's {@link DiagramLook}
 * (app theme, View &gt; Zoom, presenter mode): rows, header and type all grow with the zoom.
 */
public final class SequenceChartView extends BorderPane {
    private final SequenceChartViewModel model;
    private final DiagramLook look = new DiagramLook();
    private final Canvas canvas = new Canvas();
    private final ScrollBar scroll = new ScrollBar();
    private final FlowPane legend = new FlowPane(10, 4);
    private final PulseRedraw pulse;
    private List<String> legendFor = List.of();

    /** Builds the view for {@code model}. */
    public SequenceChartView(SequenceChartViewModel model) {
        this.model = model;
        this.pulse = new PulseRedraw(this, this::redraw);
        setId("sequence-chart");
        getStyleClass().add("sequence-chart");
        Pane holder = new Pane(canvas);
        holder.setMinSize(150, 120);
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.heightProperty().bind(holder.heightProperty());
        canvas.widthProperty().addListener(o -> invalidate());
        canvas.heightProperty().addListener(o -> followCursor());
        scroll.setOrientation(Orientation.VERTICAL);
        scroll.valueProperty().addListener(o -> invalidate());
        model.chartProperty().addListener(o -> followCursor());
        canvas.setOnMouseClicked(e -> {
            SequenceArrow hit = geometry().hitTest(e.getX(), e.getY());
            if (hit != null) {
                model.select(hit);
            }
        });
        canvas.setOnScroll(e -> scroll.setValue(clamp(scroll.getValue() - e.getDeltaY())));
        CheckBox routers = new CheckBox("Router lanes");
        routers.setId("sequence-show-routers");
        routers.selectedProperty().bindBidirectional(model.showRoutersProperty());
        CheckBox trains = new CheckBox("Collapse trains");
        trains.setId("sequence-collapse");
        trains.selectedProperty().bindBidirectional(model.collapseTrainsProperty());
        legend.setId("subflow-legend");
        legend.getChildren().addAll(routers, trains);
        setCenter(holder);
        setRight(scroll);
        setBottom(legend);
        DiagramLook.follow(this, look, () -> {
            legendFor = null;
            followCursor();
        });
    }

    /** Palette and zoom of this view; bound to the window's look while shown (set it directly otherwise). */
    public DiagramLook look() {
        return look;
    }

    /** Geometry of the current chart at the current size and scroll position (for hit tests). */
    private SequenceGeometry geometry() {
        return new SequenceGeometry(model.getChart(), canvas.getWidth(), scroll.getValue(), look.style().fontSize(), 0);
    }

    /** The picture on screen: the same builder and model the exporter uses, drawn by {@link FxRenderer}. */
    public Diagram diagram() {
        return SequenceDiagrams.screen(model.getChart(), canvas.getWidth(), canvas.getHeight(), scroll.getValue(),
                look.style(), model::isSelected);
    }

    private void redraw() {
        FxRenderer.draw(diagram(), canvas.getGraphicsContext2D());
    }

    /** Screen position of the middle of the arrow standing for trace event {@code index}, or null; for tests. */
    public Point2D arrowOnScreen(int index) {
        for (SequenceArrow a : model.getChart().arrows()) {
            if (a.covers(index)) {
                Pt m = geometry().midpoint(a);
                return canvas.localToScreen(m.x(), m.y());
            }
        }
        return null;
    }

    /** Scrolls so the cursor row is in view at the bottom, then redraws. */
    private void followCursor() {
        SequenceChart c = model.getChart();
        double font = look.style().fontSize();
        double content = SequenceGeometry.contentHeight(c, font);
        double max = Math.max(0, content - canvas.getHeight());
        scroll.setMax(max);
        scroll.setVisibleAmount(Math.max(1, canvas.getHeight()));
        // Two rows of room below the cursor, so the newest arrow's label is never cut off.
        double row = SequenceGeometry.row(font);
        double cursorY = SequenceGeometry.header(font) + (c.cursorRow() + 1) * row + 3 * row;
        scroll.setValue(clamp(cursorY - canvas.getHeight()));
        updateLegend(c.subflows());
        invalidate();
    }

    private double clamp(double v) {
        return Math.max(0, Math.min(scroll.getMax(), v));
    }

    private void updateLegend(List<String> subflows) {
        if (subflows.equals(legendFor)) {
            return;
        }
        legendFor = subflows;
        legend.getChildren().remove(2, legend.getChildren().size());
        for (int i = 0; i < subflows.size(); i++) {
            double z = look.getZoom();
            Label l = new Label(subflows.get(i), new Rectangle(14 * z, 14 * z, FxRenderer.fx(look.getTheme().subflow(i))));
            if (z != 1) {
                // At zoom 1 the theme's stylesheet sets the type, as for every other label.
                l.setFont(Font.font(12 * z));
            }
            l.getStyleClass().add("legend-entry");
            legend.getChildren().add(l);
        }
    }

    private void invalidate() {
        pulse.invalidate();
    }
}
