package org.mptcplab.app.sequence;

import java.util.List;
import org.mptcplab.app.playback.EventKind;

/**
 * One arrow of the chart: a single packet hop or a collapsed train of {@code count} alike hops.
 *
 * @param departIndices trace indices of the departures it stands for, oldest first
 * @param endIndices    trace indices of the arrivals already reached
 * @param fromLane      index of the sending lane
 * @param toLane        index of the receiving lane, -1 when the packet was lost inside a hidden router
 * @param startRow      row of the (first) departure
 * @param endRow        row of the (last) arrival, or of the cursor while still in flight
 * @param label         short text, e.g. "SYN/ACK + MP_CAPABLE C" or "DSS dsn=1 len=1400 ×12"
 * @param kind          packet kind (colour of the head)
 * @param subflow       subflow colour index
 * @param dropped       ends in a drop (drawn as a cross)
 * @param inFlight      not arrived at the cursor yet (no head)
 */
public record SequenceArrow(List<Integer> departIndices, List<Integer> endIndices, int fromLane, int toLane,
        int startRow, int endRow, String label, EventKind kind, int subflow, boolean dropped, boolean inFlight) {

    public SequenceArrow {
        departIndices = List.copyOf(departIndices);
        endIndices = List.copyOf(endIndices);
    }

    /** Packet hops this arrow stands for. */
    public int count() {
        return departIndices.size();
    }

    /** The event selected when the arrow is clicked: its first departure. */
    public int selectIndex() {
        return departIndices.get(0);
    }

    /** True when trace event {@code index} is one of its departures or arrivals. */
    public boolean covers(int index) {
        return index >= 0 && (departIndices.contains(index) || endIndices.contains(index));
    }
}
