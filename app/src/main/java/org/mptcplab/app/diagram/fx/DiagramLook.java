package org.mptcplab.app.diagram.fx;

import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.mptcplab.app.diagram.DiagramPalette;
import org.mptcplab.app.diagram.DiagramStyle;
import org.mptcplab.app.diagram.DiagramTheme;
import org.mptcplab.app.diagram.ScreenTheme;
import org.mptcplab.assets.Themes;

/**
 * How the on-screen diagrams of one window look: palette and zoom, as observable properties the
 * topology and sequence views follow. Each scene has one look ({@link #of(Scene)}); its palette follows
 * the app theme the scene's stylesheets name (light, dark, high contrast), so every window that applies
 * a theme, including the lesson window in presenter mode, gets matching diagrams without extra wiring.
 * The window sets the zoom: View &gt; Zoom in the main window, {@link #PRESENTER_ZOOM} in presenter mode.
 */
public final class DiagramLook {
    /** Zoom of presenter mode: 12 pt labels become about 19 pt, readable from the back of a hall. */
    public static final double PRESENTER_ZOOM = 1.6;
    /** Smallest zoom the menu steps to. */
    public static final double MIN_ZOOM = 0.75;
    /** Largest zoom the menu steps to. */
    public static final double MAX_ZOOM = 2.5;
    /** Factor of one zoom step. */
    public static final double STEP = 1.15;
    private static final String KEY = DiagramLook.class.getName();
    private final ObjectProperty<DiagramPalette> theme = new SimpleObjectProperty<>(this, "theme",
            DiagramTheme.LIGHT);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);

    /** The palette that goes with app theme {@code appTheme} (a {@link Themes} name); light when unknown. */
    public static DiagramPalette forAppTheme(String appTheme) {
        return switch (appTheme) {
            case Themes.DARK -> DiagramTheme.DARK;
            case Themes.HIGH_CONTRAST -> ScreenTheme.HIGH_CONTRAST;
            default -> DiagramTheme.LIGHT;
        };
    }

    /** The palette for a scene with {@code stylesheets}: the first bundled theme among them, else light. */
    public static DiagramPalette forStylesheets(List<String> stylesheets) {
        for (String sheet : stylesheets) {
            for (String name : Themes.names()) {
                if (sheet.equals(Themes.stylesheet(name).toExternalForm())) {
                    return forAppTheme(name);
                }
            }
        }
        return DiagramTheme.LIGHT;
    }

    /** The look of {@code scene}, made on first use with a palette that tracks the scene's stylesheets. */
    public static DiagramLook of(Scene scene) {
        Object look = scene.getProperties().get(KEY);
        if (look instanceof DiagramLook l) {
            return l;
        }
        DiagramLook l = new DiagramLook();
        l.setTheme(forStylesheets(scene.getStylesheets()));
        scene.getStylesheets().addListener((ListChangeListener<String>) c -> l.setTheme(
                forStylesheets(scene.getStylesheets())));
        scene.getProperties().put(KEY, l);
        return l;
    }

    /**
     * Makes {@code view}'s own look follow the look of whatever scene it is shown in and calls
     * {@code changed} whenever palette or zoom change. Out of a scene the view keeps its last values
     * and may be set directly (tests do).
     */
    public static void follow(Node view, DiagramLook own, Runnable changed) {
        own.theme.addListener(o -> changed.run());
        own.zoom.addListener(o -> changed.run());
        view.sceneProperty().addListener((o, old, now) -> {
            own.theme.unbind();
            own.zoom.unbind();
            if (now != null) {
                DiagramLook scene = of(now);
                own.theme.bind(scene.theme);
                own.zoom.bind(scene.zoom);
            }
        });
    }

    /** The style builders draw with: this palette, 12 pt labels times the zoom. */
    public DiagramStyle style() {
        return DiagramStyle.screen(getTheme(), getZoom());
    }

    /** One step larger, up to {@link #MAX_ZOOM}. */
    public void zoomIn() {
        setZoom(Math.min(MAX_ZOOM, getZoom() * STEP));
    }

    /** One step smaller, down to {@link #MIN_ZOOM}. */
    public void zoomOut() {
        setZoom(Math.max(MIN_ZOOM, getZoom() / STEP));
    }

    /** Back to zoom 1. */
    public void resetZoom() {
        setZoom(1);
    }

    public ObjectProperty<DiagramPalette> themeProperty() {
        return theme;
    }

    public DiagramPalette getTheme() {
        return theme.get();
    }

    public void setTheme(DiagramPalette palette) {
        theme.set(palette);
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public double getZoom() {
        return zoom.get();
    }

    public void setZoom(double value) {
        zoom.set(value);
    }
}
