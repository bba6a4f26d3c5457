package org.mptcplab.engine.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mptcplab.engine.net.Fixture.ip;
import static org.mptcplab.engine.net.Fixture.prefix;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.trace.DropReason;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.wire.TcpFlags;

/** Client 10.0.0.1 / 2001:db8:0::1 -- router r -- server 10.0.1.1 / 2001:db8:1::1. */
class RouterTest {
    private final Fixture f = new Fixture();
    private Host client;
    private Host server;
    private Router r;
    private List<Fixture.Arrival> atServer;

    @BeforeEach
    void setUp() {
        client = f.net.addHost("client");
        server = f.net.addHost("server");
        r = f.net.addRouter("r");
        LinkConfig cfg = LinkConfig.of(1_000_000_000L, Time.millis(1));
        Link left = f.net.connect(client, ip("10.0.0.1"), r, ip("10.0.0.254"), cfg);
        Link right = f.net.connect(r, ip("10.0.1.254"), server, ip("10.0.1.1"), cfg);
        left.a().addAddress(ip("2001:db8:0::1"));
        right.b().addAddress(ip("2001:db8:1::1"));
        client.routes().add(prefix("0.0.0.0/0"), left.a(), ip("10.0.0.254"));
        client.routes().add(prefix("::/0"), left.a());
        server.routes().add(prefix("0.0.0.0/0"), right.b(), ip("10.0.1.254"));
        r.routes().add(prefix("10.0.0.0/24"), left.b());
        r.routes().add(prefix("10.0.1.0/24"), right.a());
        r.routes().add(prefix("2001:db8:1::/48"), right.a());
        atServer = f.capture(server);
    }

    @Test
    void forwardingDecrementsTheTtlAndTracesTheOutgoingInterface() {
        client.send(TestPackets.tcp("10.0.0.1", 1000, "10.0.1.1", 80, TcpFlags.SYN, 0, 64));
        f.sim.runUntil(Time.seconds(1));

        assertThat(atServer).singleElement().satisfies(a -> assertThat(a.packet().ip().hopLimit()).isEqualTo(63));
        assertThat(f.packetEvents(PacketEvent.Kind.FORWARDED)).singleElement().satisfies(e -> {
            assertThat(e.node()).isEqualTo("r");
            assertThat(e.iface()).isEqualTo("eth1");
            assertThat(e.packet().ip().hopLimit()).isEqualTo(63);
        });
        assertThat(r.packetsForwarded()).isEqualTo(1);
    }

    @Test
    void ipv6HopLimitIsDecrementedToo() {
        client.send(TestPackets.tcp("2001:db8::1", 1000, "2001:db8:1::1", 80, TcpFlags.SYN, 0, 2));
        f.sim.runUntil(Time.seconds(1));

        assertThat(atServer).singleElement().satisfies(a -> assertThat(a.packet().ip().hopLimit()).isEqualTo(1));
    }

    @Test
    void aPacketWhoseTtlWouldReachZeroIsDropped() {
        client.send(TestPackets.tcp("10.0.0.1", 1000, "10.0.1.1", 80, TcpFlags.SYN, 0, 1));
        f.sim.runUntil(Time.seconds(1));

        assertThat(atServer).isEmpty();
        assertThat(f.drops(DropReason.TTL_EXPIRED)).singleElement().satisfies(e -> {
            assertThat(e.node()).isEqualTo("r");
            assertThat(e.iface()).as("the interface it arrived on").isEqualTo("eth0");
        });
        assertThat(r.drops().count(DropReason.TTL_EXPIRED)).isEqualTo(1);
    }

    @Test
    void aPacketWithoutARouteIsDropped() {
        client.send(TestPackets.tcp("10.0.0.1", 1000, "192.0.2.1", 80, TcpFlags.SYN, 0));
        f.sim.runUntil(Time.seconds(1));

        assertThat(f.drops(DropReason.NO_ROUTE)).singleElement()
                .satisfies(e -> assertThat(e.node()).isEqualTo("r"));
        assertThat(r.packetsForwarded()).isZero();
    }

    @Test
    void aRoutingLoopEndsWithTheTtl() {
        // given a second router bouncing 192.0.2.0/24 back to r
        Router r2 = f.net.addRouter("r2");
        Link loop = f.net.connect(r, null, r2, null, LinkConfig.of(1_000_000_000L, Time.micros(10)));
        r.routes().add(prefix("192.0.2.0/24"), loop.a());
        r2.routes().add(prefix("192.0.2.0/24"), loop.b());

        client.send(TestPackets.tcp("10.0.0.1", 1000, "192.0.2.1", 80, TcpFlags.SYN, 0, 10));
        f.sim.runUntil(Time.seconds(1));

        assertThat(f.drops(DropReason.TTL_EXPIRED)).hasSize(1);
        assertThat(r.packetsForwarded() + r2.packetsForwarded()).isEqualTo(9);
    }

    @Test
    void forwardingFollowsTheLongestPrefix() {
        // given a more specific host route to a second server through another link
        Host other = f.net.addHost("other");
        Link side = f.net.connect(r, null, other, ip("10.0.1.77"), LinkConfig.of(1_000_000_000L, 0));
        r.routes().add(prefix("10.0.1.77/32"), side.a());
        List<Fixture.Arrival> atOther = f.capture(other);

        client.send(TestPackets.tcp("10.0.0.1", 1000, "10.0.1.77", 80, TcpFlags.SYN, 0));
        client.send(TestPackets.tcp("10.0.0.1", 1000, "10.0.1.1", 80, TcpFlags.SYN, 0));
        f.sim.runUntil(Time.seconds(1));

        assertThat(atOther).hasSize(1);
        assertThat(atServer).hasSize(1);
    }
}
