package org.mptcplab.engine.net;

import org.mptcplab.engine.wire.Packet;

/** Receives the packets a host accepted as addressed to itself (after firewall and address checks). */
@FunctionalInterface
public interface TransportHandler {
    void receive(Packet packet);
}
