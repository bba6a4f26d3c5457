package org.mptcplab.app.canvas;

import java.util.List;
import javafx.scene.paint.Color;
import org.mptcplab.app.diagram.DiagramTheme;
import org.mptcplab.app.diagram.fx.FxRenderer;
import org.mptcplab.app.playback.EventKind;

/**
 * Packet colours from the Okabe-Ito palette (Okabe and Ito, "Color Universal Design", 2008), which
 * stays distinguishable under the common colour-vision deficiencies; kinds that would share a hue
 * also differ in their label text. The colours themselves live in {@link DiagramTheme} so that files
 * and screen agree; this is the JavaFX view of the light theme's colours for legends.
 */
public final class PacketPalette {
    private PacketPalette() {}

    /** The colour of a packet of {@code kind}. */
    public static Color colour(EventKind kind) {
        return FxRenderer.fx(DiagramTheme.LIGHT.packet(kind));
    }

    /** Kinds shown in the legend, in legend order. */
    public static List<EventKind> legendKinds() {
        return DiagramTheme.legendKinds();
    }
}
