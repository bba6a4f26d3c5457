package org.mptcplab.engine.net;

import java.util.List;
import org.mptcplab.engine.wire.Packet;

/** The default selector: the first next hop, as a route without multipath behaves. */
enum FirstNextHop implements NextHopSelector {
    INSTANCE;

    @Override
    public NextHop select(Packet packet, List<NextHop> candidates) {
        return candidates.get(0);
    }

    @Override
    public String toString() {
        return "first";
    }
}
