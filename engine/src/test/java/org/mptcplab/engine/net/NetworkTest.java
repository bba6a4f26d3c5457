package org.mptcplab.engine.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mptcplab.engine.net.Fixture.ip;
import static org.mptcplab.engine.net.Fixture.prefix;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.sim.Simulator;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.TraceBus;
import org.mptcplab.engine.trace.TraceRecorder;
import org.mptcplab.engine.wire.Packet;

class NetworkTest {
    private static final LinkConfig CFG = LinkConfig.of(1_000_000_000L, Time.millis(1));

    @Test
    void nodesAndLinksAreListedInCreationOrderAndFoundByName() {
        Fixture f = new Fixture();
        Host c = f.net.addHost("client");
        Router r = f.net.addRouter("r1");
        Host s = f.net.addHost("server");
        Link l1 = f.net.connect(c, ip("10.0.0.1"), r, null, CFG);
        Link l2 = f.net.connect(r, null, s, ip("10.0.1.1"), CFG);
        Link parallel = f.net.connect(c, ip("10.0.9.1"), r, null, CFG);

        assertThat(f.net.nodes()).containsExactly(c, r, s);
        assertThat(f.net.links()).containsExactly(l1, l2, parallel);
        assertThat(parallel.name()).isEqualTo("client-r1#2");
        assertThat(f.net.link("r1-server")).isSameAs(l2);
        assertThat(f.net.host("client")).isSameAs(c);
        assertThat(f.net.router("r1")).isSameAs(r);
        assertThat(r.interfaces()).extracting(NetInterface::name).containsExactly("eth0", "eth1", "eth2");
        assertThat(r.iface("eth1").link()).isSameAs(l2);
        assertThat(l2.from(s)).isSameAs(l2.ba());
        assertThat(c.iface("eth1").addresses()).containsExactly(ip("10.0.9.1"));
    }

    @Test
    void namesAreUniqueAndLookupsFailClearly() {
        Fixture f = new Fixture();
        f.net.addHost("x");

        assertThatThrownBy(() -> f.net.addRouter("x")).hasMessageContaining("duplicate node name: x");
        assertThatThrownBy(() -> f.net.node("nope")).hasMessageContaining("no node nope");
        assertThatThrownBy(() -> f.net.router("x")).hasMessageContaining("x is not a router");
        assertThatThrownBy(() -> f.net.link("x-y")).hasMessageContaining("no link x-y");
        f.net.host("x").addInterface("eth0");
        assertThatThrownBy(() -> f.net.host("x").addInterface("eth0")).hasMessageContaining("already has");
    }

    @Test
    void connectRefusesSelfLoopsAndForeignNodes() {
        Fixture f = new Fixture();
        Host a = f.net.addHost("a");
        Network other = new Network(new Simulator(1), new TraceBus());
        Host stranger = other.addHost("stranger");

        assertThatThrownBy(() -> f.net.connect(a, null, a, null, CFG)).hasMessageContaining("itself");
        assertThatThrownBy(() -> f.net.connect(a, null, stranger, null, CFG)).hasMessageContaining("not a node");
        assertThatThrownBy(() -> f.net.addNode(new Router(other, "r"))).hasMessageContaining("another network");
    }

    @Test
    void aPacketsJourneyIsTracedInOrder() {
        // given client -- r -- server
        Fixture f = new Fixture();
        Host c = f.net.addHost("client");
        Router r = f.net.addRouter("r");
        Host s = f.net.addHost("server");
        Link l1 = f.net.connect(c, ip("10.0.0.1"), r, null, CFG);
        Link l2 = f.net.connect(r, null, s, ip("10.0.1.1"), CFG);
        c.routes().add(prefix("0.0.0.0/0"), l1.a());
        r.routes().add(prefix("10.0.1.0/24"), l2.a());

        // when
        Packet p = TestPackets.sized("10.0.0.1", "10.0.1.1", 1500);
        c.send(p);
        f.sim.runUntil(Time.seconds(1));

        // then SENT at 0, FORWARDED after one hop, RECEIVED after two (12 us + 1 ms each)
        List<PacketEvent> events = f.recorder.ofType(PacketEvent.class);
        assertThat(events).extracting(PacketEvent::kind).containsExactly(PacketEvent.Kind.SENT,
                PacketEvent.Kind.FORWARDED, PacketEvent.Kind.RECEIVED);
        assertThat(events).extracting(PacketEvent::node).containsExactly("client", "r", "server");
        assertThat(events).extracting(PacketEvent::iface).containsExactly("eth0", "eth1", "eth0");
        assertThat(events).extracting(PacketEvent::time).containsExactly(0L, 1_012_000L, 2_024_000L);
        assertThat(events.get(0).packet()).isSameAs(p);
    }

    @Test
    void nothingIsPublishedWithoutASink() {
        // given a recorder that is detached before the traffic starts
        Simulator sim = new Simulator(1);
        TraceBus trace = new TraceBus();
        TraceRecorder recorder = new TraceRecorder();
        trace.add(recorder);
        Network net = new Network(sim, trace);
        Host a = net.addHost("a");
        Host b = net.addHost("b");
        Link link = net.connect(a, ip("10.0.0.1"), b, ip("10.0.0.2"), CFG.withLoss(0.5));
        a.routes().add(prefix("0.0.0.0/0"), link.a());
        int setupEvents = recorder.events().size();
        trace.remove(recorder);

        for (int i = 0; i < 50; i++) {
            a.send(TestPackets.ack("10.0.0.1", "10.0.0.2"));
        }
        link.setUp(false);
        a.send(TestPackets.ack("10.0.0.1", "10.0.0.2"));
        sim.runUntil(Time.seconds(1));

        assertThat(recorder.events()).hasSize(setupEvents);
        assertThat(trace.enabled()).isFalse();
        assertThat(a.packetsSent()).as("the traffic did happen").isEqualTo(51);
        assertThat(link.ab().drops().total()).isPositive();
    }
}
