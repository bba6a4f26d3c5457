package org.mptcplab.app.shell;

import org.mptcplab.assets.Themes;

/** Human names of the bundled themes, as shown in the View menu and the status line. */
final class ThemeLabels {

    private ThemeLabels() {
    }

    static String label(String themeName) {
        return switch (themeName) {
            case Themes.LIGHT -> "Light";
            case Themes.DARK -> "Dark";
            case Themes.HIGH_CONTRAST -> "High contrast";
            default -> themeName;
        };
    }
}
