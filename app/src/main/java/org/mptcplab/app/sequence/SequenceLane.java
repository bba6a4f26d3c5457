package org.mptcplab.app.sequence;

import org.mptcplab.app.playback.NodeRole;

/**
 * One vertical lane of the sequence chart.
 *
 * @param name node name
 * @param role what the node is (lanes are ordered by role: clients, routers, load balancers, servers)
 */
public record SequenceLane(String name, NodeRole role) {
}
