package org.mptcplab.app.playback;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything the views show for one cursor position; a pure function of the trace and the cursor,
 * so equal cursors give equal states whatever path led there.
 *
 * @param cursor      index of the last event applied, -1 before the first
 * @param time        time of that event, ns (0 before the first)
 * @param inFlight    packets on links, by departure order
 * @param counters    per-node packet counters, by node name
 * @param connections last connection state per "node flow", e.g. "client 10.0.1.1:32768 > ... tcp" -> ESTABLISHED
 */
public record PlaybackState(int cursor, long time, List<PacketHop> inFlight, SortedMap<String, NodeCounters> counters,
        SortedMap<String, String> connections) {

    public PlaybackState {
        inFlight = List.copyOf(inFlight);
        counters = Collections.unmodifiableSortedMap(new TreeMap<>(counters));
        connections = Collections.unmodifiableSortedMap(new TreeMap<>(connections));
    }
}
