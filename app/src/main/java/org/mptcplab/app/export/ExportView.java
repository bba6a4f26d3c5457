package org.mptcplab.app.export;

/** Which picture an export draws. */
public enum ExportView {
    /** The sequence chart: lanes, time downwards, one arrow per packet hop. */
    SEQUENCE,
    /** The topology with the packets in flight at the step. */
    TOPOLOGY,
    /** Two sequence charts side by side (failure | fix) at aligned steps. */
    COMPARE
}
