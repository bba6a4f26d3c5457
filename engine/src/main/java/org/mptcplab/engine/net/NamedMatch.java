package org.mptcplab.engine.net;

import org.mptcplab.engine.wire.Packet;

/** A {@link PacketMatch} that prints as its description instead of a lambda's class name. */
record NamedMatch(String description, PacketMatch predicate) implements PacketMatch {

    @Override
    public boolean test(Packet packet) {
        return predicate.test(packet);
    }

    @Override
    public String toString() {
        return description;
    }
}
