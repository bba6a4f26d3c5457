package org.mptcplab.engine.tcp;

import java.util.List;
import java.util.function.Consumer;
import org.mptcplab.engine.net.IpEndpoint;
import org.mptcplab.engine.net.TransportHandler;
import org.mptcplab.engine.sim.Simulator;
import org.mptcplab.engine.trace.TraceBus;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.Packet;

/** A host on a {@link TestWire}: one address, a fixed MTU, packets go to the wire. */
public final class WireHost implements IpEndpoint {
    private final String name;
    private final Simulator sim;
    private final TraceBus trace;
    private final IpAddress address;
    private final int mtu;
    private Consumer<Packet> output = p -> { };
    private TransportHandler transport = p -> { };

    WireHost(String name, Simulator sim, TraceBus trace, IpAddress address, int mtu) {
        this.name = name;
        this.sim = sim;
        this.trace = trace;
        this.address = address;
        this.mtu = mtu;
    }

    void connectOutput(Consumer<Packet> out) {
        this.output = out;
    }

    void deliver(Packet p) {
        transport.receive(p);
    }

    public IpAddress address() {
        return address;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Simulator simulator() {
        return sim;
    }

    @Override
    public TraceBus trace() {
        return trace;
    }

    @Override
    public List<IpAddress> localAddresses() {
        return List.of(address);
    }

    @Override
    public IpAddress sourceAddressFor(IpAddress destination) {
        return address;
    }

    @Override
    public int mtuFor(IpAddress destination) {
        return mtu;
    }

    @Override
    public void send(Packet packet) {
        output.accept(packet);
    }

    @Override
    public void setTransport(TransportHandler handler) {
        this.transport = handler;
    }
}
