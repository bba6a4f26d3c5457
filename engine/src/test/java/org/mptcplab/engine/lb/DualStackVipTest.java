package org.mptcplab.engine.lb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.net.Host;
import org.mptcplab.engine.net.Link;
import org.mptcplab.engine.net.LinkConfig;
import org.mptcplab.engine.net.Network;
import org.mptcplab.engine.net.NextHop;
import org.mptcplab.engine.sim.Simulator;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.trace.DropReason;
import org.mptcplab.engine.trace.TraceBus;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.IpPrefix;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpFlags;

/** client -- lb (NAT, VIPs 1.2.3.4 and 2001:db8:ffff::4) -- s1 (dual stack), s2 (IPv4 only). */
class DualStackVipTest {
    private final Simulator sim = new Simulator(1);
    private final Network net = new Network(sim, new TraceBus());
    private final Host client = net.addHost("client");
    private final LoadBalancer lb = net.addNode(new LoadBalancer(net, "lb", Forwarding.NAT));
    private final List<Packet> atS1 = new ArrayList<>();
    private final List<Packet> atClient = new ArrayList<>();

    DualStackVipTest() {
        LinkConfig cfg = LinkConfig.of(1_000_000_000L, Time.micros(10));
        Link cl = net.connect(client, ip("10.0.0.1"), lb, ip("10.0.0.254"), cfg);
        cl.a().addAddress(ip("2001:db8::1"));
        client.routes().add(IpPrefix.parse("0.0.0.0/0"), cl.a());
        client.routes().add(IpPrefix.parse("::/0"), cl.a());
        lb.routes().add(IpPrefix.parse("10.0.0.0/24"), cl.b());
        lb.routes().add(IpPrefix.parse("2001:db8::/64"), cl.b());
        Host s1 = net.addHost("s1");
        Link l1 = net.connect(lb, null, s1, ip("5.6.7.8"), cfg);
        l1.b().addAddress(ip("2001:db8:5::8"));
        s1.routes().add(IpPrefix.parse("0.0.0.0/0"), l1.b());
        s1.routes().add(IpPrefix.parse("::/0"), l1.b());
        s1.setTransport(p -> {
            atS1.add(p);
            s1.send(Pkt.reply(p, TcpFlags.ACK));
        });
        Host s2 = net.addHost("s2");
        Link l2 = net.connect(lb, null, s2, ip("8.9.10.11"), cfg);
        lb.addVip(ip("1.2.3.4"));
        lb.addVip(ip("2001:db8:ffff::4"));
        lb.addBackend(new Backend("s1", List.of(ip("5.6.7.8"), ip("2001:db8:5::8")), NextHop.via(l1.a())));
        lb.addBackend(Backend.of("s2", ip("8.9.10.11"), NextHop.via(l2.a())));
        client.setTransport(atClient::add);
    }

    @Test
    void anIpv6VipIsTranslatedToTheBackendsIpv6AddressAndBack() {
        lb.removeBackend("s2");

        client.send(Pkt.syn("2001:db8::1", 40000, "2001:db8:ffff::4", 443));
        sim.runUntil(Time.millis(1));

        assertThat(atS1).singleElement().satisfies(p -> assertThat(p.dst()).isEqualTo(ip("2001:db8:5::8")));
        assertThat(atClient).singleElement().satisfies(p -> assertThat(p.src()).isEqualTo(ip("2001:db8:ffff::4")));
    }

    @Test
    void aBackendWithoutAnAddressOfTheVipsFamilyCannotTakeTheFlow() {
        lb.removeBackend("s1");

        client.send(Pkt.syn("2001:db8::1", 40000, "2001:db8:ffff::4", 443));
        sim.runUntil(Time.millis(1));

        assertThat(lb.drops().count(DropReason.NO_BACKEND)).isEqualTo(1);
        assertThat(atClient).isEmpty();
    }

    private static IpAddress ip(String text) {
        return IpAddress.parse(text);
    }
}
