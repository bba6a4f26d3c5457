package org.mptcplab.lessons.model;

import java.util.List;

/**
 * What the UI should draw attention to at a step.
 *
 * @param nodes          node names of the scenario
 * @param currentPacket  whether the packet of the cursor event is highlighted
 * @param fields         packet or hash-decision fields ({@link PacketField}) shown in the inspector
 */
public record Highlight(List<String> nodes, boolean currentPacket, List<PacketField> fields) {
    /** Nothing highlighted. */
    public static final Highlight NONE = new Highlight(List.of(), false, List.of());

    /** Copies both lists. */
    public Highlight {
        nodes = List.copyOf(nodes);
        fields = List.copyOf(fields);
    }
}
