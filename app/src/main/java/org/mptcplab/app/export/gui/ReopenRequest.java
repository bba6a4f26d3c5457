package org.mptcplab.app.export.gui;

import java.util.Objects;
import org.mptcplab.app.export.ExportView;
import org.mptcplab.engine.scenario.Scenario;

/**
 * What reopening an exported figure asks the shell to do: run {@code scenario} (its seed already set
 * to the export's) and move the playback to {@code step} once the run is recorded.
 *
 * @param scenario the scenario, with the seed of the exported run
 * @param step     the playback step of the figure
 * @param view     which picture the file shows
 * @param origin   the file name, for the status line
 */
public record ReopenRequest(Scenario scenario, int step, ExportView view, String origin) {

    public ReopenRequest {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(origin, "origin");
    }
}
