package org.mptcplab.app.reproduce;

import java.io.PrintWriter;

/**
 * Progress of a batch of runs: a redrawn bar on a terminal, otherwise a plain line at every tenth
 * (so logs stay readable). Thread-safe: runs finish on worker threads.
 */
public final class ProgressBar {
    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final boolean terminal;
    private final String label;
    private final int total;
    private int lastTenth = -1;

    /**
     * @param out      where to draw
     * @param terminal true to redraw one line with carriage returns
     * @param label    what is running
     * @param total    number of runs
     */
    public ProgressBar(PrintWriter out, boolean terminal, String label, int total) {
        this.out = out;
        this.terminal = terminal;
        this.label = label;
        this.total = Math.max(1, total);
    }

    /** Reports that {@code done} runs have finished. */
    public synchronized void update(int done) {
        if (terminal) {
            int filled = done * WIDTH / total;
            out.print("\r" + label + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total);
            if (done >= total) {
                out.println();
            }
            out.flush();
            return;
        }
        int tenth = done * 10 / total;
        if (tenth != lastTenth) {
            lastTenth = tenth;
            out.println(label + ": " + done + "/" + total + " runs done");
            out.flush();
        }
    }
}
