package org.mptcplab.app.cli;

import java.util.Objects;
import java.util.Optional;
import org.mptcplab.assets.Themes;

/**
 * What the command line asks of the GUI, already validated.
 *
 * @param scenarioId a built-in scenario id to preselect, or {@code null} for none
 * @param theme      one of {@link Themes#names()}
 */
public record GuiOptions(String scenarioId, String theme) {

    /** Rejects a theme that does not exist; the command line checks ids before building this. */
    public GuiOptions {
        Objects.requireNonNull(theme, "theme");
        if (!Themes.names().contains(theme)) {
            throw new IllegalArgumentException("unknown theme '" + theme + "'");
        }
    }

    /** No scenario, default theme: what a bare {@code mptcp-lab} opens. */
    public static GuiOptions defaults() {
        return new GuiOptions(null, Themes.LIGHT);
    }

    /** The scenario to preselect, if any. */
    public Optional<String> scenario() {
        return Optional.ofNullable(scenarioId);
    }
}
