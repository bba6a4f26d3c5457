package org.mptcplab.app.export.gui;

import java.util.Objects;
import org.mptcplab.app.playback.PlaybackViewModel;
import org.mptcplab.app.playback.RecordedRun;
import org.mptcplab.app.playback.RunSource;

/**
 * The run the active window shows, as the shell hands it to {@link ExportGui}.
 *
 * @param source    where the run came from
 * @param playback  its playback (trace, cursor)
 * @param partner   for a compare window, the second run (the fix); null otherwise
 * @param recording true while the run (or the pair) is still being recorded: nothing to export yet
 */
public record ShownRun(RunSource source, PlaybackViewModel playback, RecordedRun partner, boolean recording) {

    public ShownRun {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(playback, "playback");
    }

    /** A single run (the Run view), recording while its playback is loading. */
    public ShownRun(RunSource source, PlaybackViewModel playback) {
        this(source, playback, null, playback.loadingProperty().get());
    }

    /** What the export sees of it: the recorded trace and the cursor. */
    RunSnapshot snapshot() {
        RunSnapshot s = RunSnapshot.of(source, playback);
        return partner == null ? s : s.withPartner(partner);
    }
}
