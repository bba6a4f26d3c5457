package org.mptcplab.assets;

import java.net.URL;
import java.util.List;

/**
 * Finds the bundled CSS themes. Each theme is a complete stylesheet that layers on JavaFX's
 * default Modena look, so the app applies exactly one of them to a scene.
 */
public final class Themes {

    /** The light theme, used by default. */
    public static final String LIGHT = "light";
    /** The dark theme. */
    public static final String DARK = "dark";
    /** The high-contrast theme meant for projectors and presenter mode. */
    public static final String HIGH_CONTRAST = "high-contrast";

    private static final List<String> NAMES = List.of(LIGHT, DARK, HIGH_CONTRAST);

    private Themes() {
    }

    /** Names of all bundled themes, the default first. */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * The stylesheet URL of a bundled theme.
     *
     * @throws IllegalArgumentException if no theme has this name
     */
    public static URL stylesheet(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("unknown theme '" + name + "', expected one of " + NAMES);
        }
        URL url = Themes.class.getResource("themes/" + name + ".css");
        if (url == null) {
            // A listed theme without its file is a packaging bug, not a caller mistake.
            throw new IllegalStateException("theme '" + name + "' is missing from the assets jar");
        }
        return url;
    }
}
