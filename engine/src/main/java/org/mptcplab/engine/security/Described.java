package org.mptcplab.engine.security;

import org.mptcplab.engine.net.PacketMatch;
import org.mptcplab.engine.wire.Packet;

/** A {@link PacketMatch} that prints as a rule would read, for inspectors and trace details. */
record Described(String description, PacketMatch predicate) implements PacketMatch {

    @Override
    public boolean test(Packet packet) {
        return predicate.test(packet);
    }

    @Override
    public String toString() {
        return description;
    }
}
