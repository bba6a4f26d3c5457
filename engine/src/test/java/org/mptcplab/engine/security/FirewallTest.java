package org.mptcplab.engine.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.net.Host;
import org.mptcplab.engine.net.Link;
import org.mptcplab.engine.net.LinkConfig;
import org.mptcplab.engine.net.Network;
import org.mptcplab.engine.net.PacketMatch;
import org.mptcplab.engine.sim.Simulator;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.trace.DropReason;
import org.mptcplab.engine.trace.NodeEvent;
import org.mptcplab.engine.trace.TraceBus;
import org.mptcplab.engine.trace.TraceRecorder;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.IpHeader;
import org.mptcplab.engine.wire.IpPrefix;
import org.mptcplab.engine.wire.Ipv4Address;
import org.mptcplab.engine.wire.Ipv4Header;
import org.mptcplab.engine.wire.Ipv6Address;
import org.mptcplab.engine.wire.Ipv6Header;
import org.mptcplab.engine.wire.MpJoinSyn;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpFlags;
import org.mptcplab.engine.wire.TcpHeader;
import org.mptcplab.engine.wire.TcpOption;
import org.mptcplab.engine.wire.ZeroPayload;

/** A client and a server on one link; the server holds the VIP and its unique address behind a firewall. */
class FirewallTest {
    private static final String CLIENT = "10.0.0.1";
    private static final String UNIQUE = "5.6.7.8";
    private static final String VIP = "1.2.3.4";
    private static final int TOKEN = 0x0badcafe;

    private final Simulator sim = new Simulator(5);
    private final TraceBus trace = new TraceBus();
    private final TraceRecorder recorder = new TraceRecorder();
    private final Network net = new Network(sim, trace);
    private final Host client = net.addHost("client");
    private final Host server = net.addHost("server");
    private final List<Packet> delivered = new ArrayList<>();

    FirewallTest() {
        trace.add(recorder);
        Link link = net.connect(client, ip(CLIENT), server, ip(UNIQUE), LinkConfig.of(1_000_000_000L, Time.micros(10)));
        link.a().addAddress(ip("10.0.0.2"));
        link.a().addAddress(ip("2001:db8:1::1"));
        link.a().addAddress(ip("2001:db8:1::2"));
        client.routes().add(IpPrefix.parse("0.0.0.0/0"), link.a());
        client.routes().add(IpPrefix.parse("::/0"), link.a());
        server.routes().add(IpPrefix.parse("0.0.0.0/0"), link.b());
        server.routes().add(IpPrefix.parse("::/0"), link.b());
        server.addLocalAddress(ip(VIP));
        server.setTransport(delivered::add);
    }

    private Firewall uniqueAddressRule() {
        return Firewall.install(server, Verdict.ACCEPT)
                .acceptEstablished()
                .accept("join", PacketMatch.to(ip(UNIQUE)).and(FirewallMatches.joinWithKnownToken(t -> t == TOKEN)))
                .drop("unique-other", PacketMatch.to(ip(UNIQUE)));
    }

    @Test
    void aPlainSynToTheUniqueAddressIsDroppedAndCounted() {
        Firewall fw = uniqueAddressRule();

        send(tcp(CLIENT, 40000, UNIQUE, 80, TcpFlags.SYN, 0));

        assertThat(delivered).isEmpty();
        assertThat(fw.hits("unique-other")).isEqualTo(1);
        assertThat(server.drops().count(DropReason.FIREWALL)).isEqualTo(1);
        assertThat(recorder.ofType(NodeEvent.class)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(NodeEvent.Kind.FIREWALL_DROP);
            assertThat(e.node()).isEqualTo("server");
            assertThat(e.detail()).startsWith("unique-other: to 5.6.7.8 -> DROP");
        });
    }

    @Test
    void aJoinWithAKnownTokenOpensASubflowWhosePacketsFollowQuietly() {
        Firewall fw = uniqueAddressRule();

        send(join(CLIENT, 40001, UNIQUE, TOKEN), tcp(CLIENT, 40001, UNIQUE, 80, TcpFlags.ACK, 0),
                tcp(CLIENT, 40001, UNIQUE, 80, TcpFlags.ACK, 1000));

        assertThat(delivered).hasSize(3);
        assertThat(fw.hits("join")).isEqualTo(1);
        assertThat(fw.hits("established")).isEqualTo(2);
        assertThat(fw.conntrack().size()).isEqualTo(1);
        assertThat(recorder.ofType(NodeEvent.class)).singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(NodeEvent.Kind.FIREWALL_ACCEPT));
    }

    @Test
    void aJoinWithAnUnknownTokenIsDropped() {
        Firewall fw = uniqueAddressRule();

        send(join(CLIENT, 40002, UNIQUE, TOKEN + 1), tcp(CLIENT, 40002, UNIQUE, 80, TcpFlags.ACK, 0));

        assertThat(delivered).isEmpty();
        assertThat(fw.hits("join")).isZero();
        assertThat(fw.hits("unique-other")).isEqualTo(2);
    }

    @Test
    void trafficToTheVipPassesByDefaultWithoutEvents() {
        Firewall fw = uniqueAddressRule();

        send(tcp(CLIENT, 40003, VIP, 80, TcpFlags.SYN, 0), tcp(CLIENT, 40003, VIP, 80, TcpFlags.ACK, 10));

        assertThat(delivered).hasSize(2);
        assertThat(fw.defaultHits()).isEqualTo(1);
        assertThat(fw.hits("established")).as("the accepted SYN started tracking").isEqualTo(1);
        assertThat(recorder.ofType(NodeEvent.class)).isEmpty();
    }

    @Test
    void aResetEndsTrackingSoLaterPacketsOfTheFlowAreRefused() {
        Firewall fw = uniqueAddressRule();
        send(join(CLIENT, 40004, UNIQUE, TOKEN), tcp(CLIENT, 40004, UNIQUE, 80, TcpFlags.RST, 0));

        send(tcp(CLIENT, 40004, UNIQUE, 80, TcpFlags.ACK, 100));

        assertThat(delivered).hasSize(2);
        assertThat(fw.conntrack().size()).isZero();
        assertThat(fw.hits("unique-other")).isEqualTo(1);
    }

    @Test
    void aPerClientAddressAcceptsAJoinOnlyFromItsClientWithItsToken() {
        IpPrefix prefix = IpPrefix.parse("2001:db8:5::/64");
        PerClientAddress addresses = new PerClientAddress(prefix, "s1 secret".getBytes(StandardCharsets.UTF_8));
        Ipv6Address perClient = addresses.derive(ip("2001:db8:1::1"), TOKEN);
        server.addLocalAddress(perClient);
        Firewall fw = Firewall.install(server, Verdict.ACCEPT)
                .accept("per-client join", FirewallMatches.perClientJoin(addresses))
                .acceptEstablished()
                .drop("per-client other", PacketMatch.toPrefix(prefix));
        String dst = perClient.toString();

        send(join("2001:db8:1::1", 40010, dst, TOKEN), join("2001:db8:1::2", 40011, dst, TOKEN),
                join("2001:db8:1::1", 40012, dst, TOKEN + 1));

        assertThat(delivered).extracting(Packet::srcPort).containsExactly(40010);
        assertThat(fw.hits("per-client join")).isEqualTo(1);
        assertThat(fw.hits("per-client other")).isEqualTo(2);
    }

    private void send(Packet... packets) {
        for (Packet p : packets) {
            client.send(p);
        }
        sim.runUntil(sim.now() + Time.millis(1));
    }

    private static Packet join(String src, int srcPort, String dst, int token) {
        return tcp(src, srcPort, dst, 80, TcpFlags.SYN, 0, new MpJoinSyn(false, 2, token, 42));
    }

    private static Packet tcp(String src, int srcPort, String dst, int dstPort, int flags, int payload,
            TcpOption... options) {
        IpAddress s = ip(src);
        IpHeader header = s instanceof Ipv4Address s4 ? Ipv4Header.tcp(s4, (Ipv4Address) ip(dst), 64)
                : Ipv6Header.tcp((Ipv6Address) s, (Ipv6Address) ip(dst), 64);
        return new Packet(header, new TcpHeader(srcPort, dstPort, 1, 0, flags, 65535, 0, List.of(options)),
                new ZeroPayload(payload));
    }

    private static IpAddress ip(String text) {
        return IpAddress.parse(text);
    }
}
