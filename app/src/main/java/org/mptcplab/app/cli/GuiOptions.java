package org.mptcplab.app.cli;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mptcplab.assets.Themes;

/**
 * What the command line asks of the GUI, already validated.
 *
 * @param scenarioId a built-in scenario id to preselect, or {@code null} for none
 * @param theme      one of {@link Themes#names()}
 * @param lessonId   a bundled lesson to open in the lesson player, or {@code null} for none
 * @param presenter  open the lesson player in presenter mode (needs a lesson)
 * @param compare    two built-in scenario ids to open side by side in the compare view, or empty
 */
public record GuiOptions(String scenarioId, String theme, String lessonId, boolean presenter, List<String> compare) {

    /** Rejects a theme that does not exist; the command line checks ids before building this. */
    public GuiOptions {
        Objects.requireNonNull(theme, "theme");
        if (!Themes.names().contains(theme)) {
            throw new IllegalArgumentException("unknown theme '" + theme + "'");
        }
        compare = compare == null ? List.of() : List.copyOf(compare);
        if (!compare.isEmpty() && compare.size() != 2) {
            throw new IllegalArgumentException("compare takes two scenario ids, got " + compare);
        }
    }

    /** Without a compare pair. */
    public GuiOptions(String scenarioId, String theme, String lessonId, boolean presenter) {
        this(scenarioId, theme, lessonId, presenter, List.of());
    }

    /** A scenario and a theme, no lesson. */
    public GuiOptions(String scenarioId, String theme) {
        this(scenarioId, theme, null, false);
    }

    /** The lesson to open in the lesson player, if any. */
    public Optional<String> lesson() {
        return Optional.ofNullable(lessonId);
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
