package org.mptcplab.app.export.gui;

import java.util.List;
import java.util.Optional;

/** The questions an export asks the user; the window answers with dialogs, tests may answer directly. */
public interface ExportPrompts {

    /** Shows the export dialog on {@code model}; true when the user chose to export. */
    boolean askExport(ExportDialogModel model);

    /**
     * Which capture points to export out of {@code points}: all of them (one file each) or one; empty
     * when the user cancels.
     */
    Optional<List<CapturePoint>> askCapturePoints(List<CapturePoint> points);
}
