package org.mptcplab.app.playback;

import java.util.List;

/**
 * A node as the views draw it.
 *
 * @param name      node name, unique in the run
 * @param role      what it is (layout column)
 * @param addresses its interface addresses as text, in interface order
 */
public record NodeInfo(String name, NodeRole role, List<String> addresses) {
    public NodeInfo {
        addresses = List.copyOf(addresses);
    }
}
