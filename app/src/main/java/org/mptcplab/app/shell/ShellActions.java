package org.mptcplab.app.shell;

import java.nio.file.Path;

/** What the menus can ask the window to do; the window implements it, tests may fake it. */
interface ShellActions {

    void quit();

    void setFullScreen(boolean on);

    void showKeyboardShortcuts();

    void showAbout();

    /** File > Open scenario…: choose a file and run it. */
    void openFile();

    /** File > Open recent: open {@code file} and run it. */
    void openRecent(Path file);

    /** File > Save: write the current scenario to its file (asks for one when it has none). */
    void save();

    /** File > Save as…: write the current scenario to a chosen file. */
    void saveAs();

    /** File > Edit scenario…: open the editor on the current scenario. */
    void editScenario();

    /** File > Branch from here…: re-run the shown run with one parameter changed, from the current step. */
    void branchFromHere();

    /** File > Export figure…: the sequence chart or topology of the shown run as SVG, PDF, PNG or TikZ. */
    void exportFigure();

    /** File > Export pcap…: the shown run's packets, per capture point. */
    void exportPcap();

    /** File > Export events as CSV…: the shown run's event table. */
    void exportCsv();

    /** Lessons > Lesson player… (or Presenter mode…): the lesson player window (org.mptcplab.app.lesson). */
    void openLessons(boolean presenter);

    /** View > Compare…: the failure next to the fix in lock-step (org.mptcplab.app.compare). */
    void openCompare();

    /**
     * View > Zoom in / Zoom out / Reset zoom of the topology and sequence diagrams: {@code steps} &gt; 0
     * larger, &lt; 0 smaller, 0 back to 100 % (org.mptcplab.app.diagram.fx.DiagramLook).
     */
    void zoomDiagrams(int steps);
}
