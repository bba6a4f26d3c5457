package org.mptcplab.app.sequence;

import java.util.List;
import java.util.Set;
import org.mptcplab.app.playback.EventKind;

/**
 * Which sequence chart to build from a run.
 *
 * @param lanes        node names that get lanes, in order; empty = every node by role
 * @param showRouters  with default lanes, whether routers get lanes too
 * @param kinds        packet kinds shown; empty = all
 * @param optionFlags  labels name option flags (C, B, echo)
 * @param optionValues labels give tokens, addresses and data sequence numbers (the screen's labels)
 * @param busyOnly     with default lanes, leave out nodes no packet ever leaves or reaches (an idle
 *                     third server), so exported figures spend their width on the story
 */
public record SequenceSpec(List<String> lanes, boolean showRouters, Set<EventKind> kinds, boolean optionFlags,
        boolean optionValues, boolean busyOnly) {

    public SequenceSpec {
        lanes = List.copyOf(lanes);
        kinds = Set.copyOf(kinds);
    }

    /** What the screen shows: lanes by role, every kind, full labels. */
    public static SequenceSpec screen(boolean showRouters) {
        return new SequenceSpec(List.of(), showRouters, Set.of(), true, true, false);
    }

    /** True when packets of {@code kind} are shown. */
    public boolean shows(EventKind kind) {
        return kinds.isEmpty() || kinds.contains(kind);
    }
}
