package org.mptcplab.engine.net;

import java.util.List;
import org.mptcplab.engine.sim.Simulator;
import org.mptcplab.engine.trace.TraceBus;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.Packet;

/**
 * What a transport stack may ask of the host it runs on: its name, clock, trace port, addresses,
 * and a way to hand a finished IP packet to the network. Stacks depend on this narrow view, not on
 * {@code Host}, so they can be tested on a bare wire.
 */
public interface IpEndpoint {
    /** Node name, used in trace events. */
    String name();

    /** The simulation this host lives in. */
    Simulator simulator();

    /** Where protocol actions are published. */
    TraceBus trace();

    /** Every address this host answers for, in configuration order (interfaces first, then extra ones such as a DSR VIP). */
    List<IpAddress> localAddresses();

    /** The source address the host would use to reach {@code destination} (that of the outgoing interface). */
    IpAddress sourceAddressFor(IpAddress destination);

    /** MTU in bytes of the interface used to reach {@code destination} (IP datagram size). */
    int mtuFor(IpAddress destination);

    /** Routes and transmits a complete packet; losses and drops are the network's business (and traced there). */
    void send(Packet packet);

    /** Installs the handler that receives packets addressed to this host. */
    void setTransport(TransportHandler handler);
}
