package org.mptcplab.engine.net;

import java.util.ArrayList;
import java.util.List;
import org.mptcplab.engine.sim.Simulator;
import org.mptcplab.engine.trace.DropReason;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.TraceBus;
import org.mptcplab.engine.trace.TraceRecorder;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.IpPrefix;
import org.mptcplab.engine.wire.Packet;

/** A network with a recorder attached, plus helpers to capture what hosts receive. */
final class Fixture {
    final Simulator sim;
    final TraceBus trace = new TraceBus();
    final TraceRecorder recorder = new TraceRecorder();
    final Network net;

    /** One packet handed to a transport, and when. */
    record Arrival(long time, Packet packet) {}

    Fixture(long seed) {
        sim = new Simulator(seed);
        trace.add(recorder);
        net = new Network(sim, trace);
    }

    Fixture() {
        this(1);
    }

    /** Makes {@code host} record every packet its transport receives. */
    List<Arrival> capture(Host host) {
        List<Arrival> arrivals = new ArrayList<>();
        host.setTransport(p -> arrivals.add(new Arrival(sim.now(), p)));
        return arrivals;
    }

    /** Two hosts "a" (10.0.0.1) and "b" (10.0.0.2) on one link, each with a default route over it. */
    Link pair(LinkConfig ab, LinkConfig ba) {
        Host a = net.addHost("a");
        Host b = net.addHost("b");
        Link link = net.connect(a, ip("10.0.0.1"), b, ip("10.0.0.2"), ab, ba);
        a.routes().add(prefix("0.0.0.0/0"), link.a());
        b.routes().add(prefix("0.0.0.0/0"), link.b());
        return link;
    }

    Link pair(LinkConfig both) {
        return pair(both, both);
    }

    /** Packet events of {@code kind}, oldest first. */
    List<PacketEvent> packetEvents(PacketEvent.Kind kind) {
        return recorder.ofType(PacketEvent.class).stream().filter(e -> e.kind() == kind).toList();
    }

    /** Drop events for {@code reason}, oldest first. */
    List<PacketEvent> drops(DropReason reason) {
        return packetEvents(PacketEvent.Kind.DROPPED).stream().filter(e -> e.dropReason() == reason).toList();
    }

    static IpAddress ip(String text) {
        return IpAddress.parse(text);
    }

    static IpPrefix prefix(String text) {
        return IpPrefix.parse(text);
    }
}
