package org.mptcplab.app.sequence;

import java.util.List;

/**
 * What the sequence chart shows at one cursor position.
 *
 * @param lanes    lanes, left to right
 * @param arrows   arrows in departure order
 * @param rowTimes simulated time of each row, ns (row i is drawn i row-heights below the top)
 * @param cursorRow row of the cursor (the chart's growing edge), -1 before the first event
 * @param subflows  the canonical 5-tuple of each subflow colour index, for the legend
 */
public record SequenceChart(List<SequenceLane> lanes, List<SequenceArrow> arrows, List<Long> rowTimes,
        int cursorRow, List<String> subflows) {

    public SequenceChart {
        lanes = List.copyOf(lanes);
        arrows = List.copyOf(arrows);
        rowTimes = List.copyOf(rowTimes);
        subflows = List.copyOf(subflows);
    }

    /** The empty chart. */
    public static SequenceChart empty() {
        return new SequenceChart(List.of(), List.of(), List.of(), -1, List.of());
    }

    /** Packet hops shown, counting every member of a train. */
    public int hopCount() {
        return arrows.stream().mapToInt(SequenceArrow::count).sum();
    }
}
