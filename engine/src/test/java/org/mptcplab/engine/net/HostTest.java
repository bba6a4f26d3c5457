package org.mptcplab.engine.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mptcplab.engine.net.Fixture.ip;
import static org.mptcplab.engine.net.Fixture.prefix;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.trace.DropReason;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.wire.TcpFlags;

class HostTest {
    private static final LinkConfig FAST = LinkConfig.of(1_000_000_000L, Time.millis(1));

    @Test
    void packetForAnotherAddressIsDroppedNotForUs() {
        Fixture f = new Fixture();
        f.pair(FAST);
        List<Fixture.Arrival> got = f.capture(f.net.host("b"));

        f.net.host("a").send(TestPackets.ack("10.0.0.1", "10.0.0.99"));
        f.sim.runUntil(Time.seconds(1));

        assertThat(got).isEmpty();
        assertThat(f.drops(DropReason.NOT_FOR_US)).singleElement().satisfies(e -> {
            assertThat(e.node()).isEqualTo("b");
            assertThat(e.iface()).isEqualTo("eth0");
        });
    }

    @Test
    void extraLocalAddressIsAcceptedLikeAnInterfaceAddress() {
        // given a DSR server holding the VIP on a loopback
        Fixture f = new Fixture();
        f.pair(FAST);
        Host b = f.net.host("b");
        b.addLocalAddress(ip("1.2.3.4"));
        List<Fixture.Arrival> got = f.capture(b);

        f.net.host("a").send(TestPackets.ack("10.0.0.1", "1.2.3.4"));
        f.sim.runUntil(Time.seconds(1));

        assertThat(got).hasSize(1);
        assertThat(b.localAddresses()).containsExactly(ip("10.0.0.2"), ip("1.2.3.4"));
        assertThat(b.isLocal(ip("1.2.3.4"))).isTrue();
        assertThat(f.packetEvents(PacketEvent.Kind.RECEIVED)).singleElement()
                .satisfies(e -> assertThat(e.node()).isEqualTo("b"));
    }

    @Test
    void localAddressesListInterfacesFirstInCreationOrder() {
        Fixture f = new Fixture();
        Host h = f.net.addHost("h");
        h.addLocalAddress(ip("1.2.3.4"));
        NetInterface lo = h.addInterface("lo");
        lo.addAddress(ip("127.0.0.1"));
        NetInterface eth = h.addInterface("eth0");
        eth.addAddress(ip("10.0.0.1"));
        eth.addAddress(ip("2001:db8::1"));

        assertThat(h.localAddresses()).containsExactly(ip("127.0.0.1"), ip("10.0.0.1"), ip("2001:db8::1"),
                ip("1.2.3.4"));
        assertThatThrownBy(() -> h.addLocalAddress(ip("1.2.3.4"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void firewallRefusalIsDroppedBeforeTheTransport() {
        Fixture f = new Fixture();
        f.pair(FAST);
        Host b = f.net.host("b");
        b.setFilter((packet, in) -> !TcpFlags.isSynOnly(packet.tcp().flags()));
        List<Fixture.Arrival> got = f.capture(b);

        f.net.host("a").send(TestPackets.tcp("10.0.0.1", 1, "10.0.0.2", 80, TcpFlags.SYN, 0));
        f.net.host("a").send(TestPackets.tcp("10.0.0.1", 2, "10.0.0.2", 80, TcpFlags.ACK, 0));
        f.sim.runUntil(Time.seconds(1));

        assertThat(got).extracting(a -> a.packet().srcPort()).containsExactly(2);
        assertThat(f.drops(DropReason.FIREWALL)).extracting(e -> e.packet().srcPort()).containsExactly(1);
        assertThat(b.drops().count(DropReason.FIREWALL)).isEqualTo(1);
    }

    @Test
    void hostWithoutTransportAcceptsAndDiscards() {
        Fixture f = new Fixture();
        f.pair(FAST);

        f.net.host("a").send(TestPackets.ack("10.0.0.1", "10.0.0.2"));
        f.sim.runUntil(Time.seconds(1));

        assertThat(f.packetEvents(PacketEvent.Kind.RECEIVED)).hasSize(1);
        assertThat(f.net.host("b").drops().total()).isZero();
    }

    @Test
    void unroutablePacketIsDroppedAtTheSender() {
        Fixture f = new Fixture();
        Host lonely = f.net.addHost("lonely");

        lonely.send(TestPackets.ack("10.0.0.1", "10.0.0.2"));

        assertThat(f.drops(DropReason.NO_ROUTE)).singleElement().satisfies(e -> {
            assertThat(e.node()).isEqualTo("lonely");
            assertThat(e.iface()).isNull();
        });
        assertThat(f.packetEvents(PacketEvent.Kind.SENT)).isEmpty();
    }

    /** Client with 10.0.1.1 on eth0 towards r1 and 10.0.2.1 on eth1 towards r2, a default route on each. */
    private static Host multihomedClient(Fixture f) {
        Host client = f.net.addHost("client");
        Router r1 = f.net.addRouter("r1");
        Router r2 = f.net.addRouter("r2");
        Link l1 = f.net.connect(client, ip("10.0.1.1"), r1, ip("10.0.1.254"), FAST);
        Link l2 = f.net.connect(client, ip("10.0.2.1"), r2, ip("10.0.2.254"), FAST);
        client.routes().add(prefix("0.0.0.0/0"), l1.a(), ip("10.0.1.254"));
        client.routes().add(prefix("0.0.0.0/0"), l2.a(), ip("10.0.2.254"));
        return client;
    }

    @Test
    void multihomedHostSendsThroughTheInterfaceOwningTheSource() {
        Fixture f = new Fixture();
        Host client = multihomedClient(f);

        client.send(TestPackets.tcp("10.0.2.1", 2, "1.2.3.4", 80, TcpFlags.SYN, 0));
        client.send(TestPackets.tcp("10.0.1.1", 1, "1.2.3.4", 80, TcpFlags.SYN, 0));
        client.send(TestPackets.tcp("10.9.9.9", 3, "1.2.3.4", 80, TcpFlags.SYN, 0));

        assertThat(f.packetEvents(PacketEvent.Kind.SENT)).extracting(PacketEvent::iface)
                .containsExactly("eth1", "eth0", "eth0");
        f.sim.runUntil(Time.seconds(1));
        assertThat(f.net.router("r2").packetsReceived()).isEqualTo(1);
        assertThat(f.net.router("r1").packetsReceived()).isEqualTo(2);
    }

    @Test
    void sourceAddressAndMtuFollowTheRoute() {
        Fixture f = new Fixture();
        Host client = multihomedClient(f);
        client.iface("eth1").setMtu(1400);
        client.routes().add(prefix("8.9.10.0/24"), client.iface("eth1"));

        assertThat(client.sourceAddressFor(ip("1.2.3.4"))).isEqualTo(ip("10.0.1.1"));
        assertThat(client.sourceAddressFor(ip("8.9.10.11"))).isEqualTo(ip("10.0.2.1"));
        assertThat(client.mtuFor(ip("1.2.3.4"))).isEqualTo(1500);
        assertThat(client.mtuFor(ip("8.9.10.11"))).isEqualTo(1400);
    }

    @Test
    void sourceAddressFallsBackToAnyLocalAddressOfTheFamily() {
        Fixture f = new Fixture();
        Host h = f.net.addHost("h");
        h.addLocalAddress(ip("2001:db8::5"));

        assertThat(h.sourceAddressFor(ip("2001:db8::1"))).isEqualTo(ip("2001:db8::5"));
        assertThat(h.mtuFor(ip("2001:db8::1"))).isEqualTo(NetInterface.DEFAULT_MTU);
        assertThatThrownBy(() -> h.sourceAddressFor(ip("1.2.3.4"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("IPv4");
    }
}
