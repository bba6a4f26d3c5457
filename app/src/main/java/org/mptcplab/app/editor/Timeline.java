package org.mptcplab.app.editor;

import java.util.Objects;
import org.mptcplab.app.playback.ScenarioRunSource;

/**
 * One timeline of a run: the original, or a branch re-run with the same seed and one parameter changed.
 *
 * @param name       shown in the timelines selector
 * @param source     what to play
 * @param startIndex event index the timeline opens at (the branch point; -1 for the start)
 */
public record Timeline(String name, ScenarioRunSource source, int startIndex) {

    public Timeline {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
    }

    @Override
    public String toString() {
        return name;
    }
}
