package org.mptcplab.app.sequence;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * Subflow colours from Paul Tol's "bright" qualitative scheme, designed to stay distinct under
 * colour-vision deficiencies. Packet kinds use the Okabe-Ito palette on the canvas; a second,
 * different scheme here keeps "which subflow" and "which kind" from being confused.
 */
public final class SubflowPalette {
    private static final List<Color> COLOURS = List.of(Color.web("#4477AA"), Color.web("#EE6677"),
            Color.web("#228833"), Color.web("#CCBB44"), Color.web("#66CCEE"), Color.web("#AA3377"),
            Color.web("#BBBBBB"));

    private SubflowPalette() {}

    /** The colour of subflow {@code index}; colours repeat after seven subflows. */
    public static Color colour(int index) {
        return COLOURS.get(Math.floorMod(index, COLOURS.size()));
    }
}
