package org.mptcplab.engine.lb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.net.Link;
import org.mptcplab.engine.net.LinkConfig;
import org.mptcplab.engine.net.Network;
import org.mptcplab.engine.net.NextHop;
import org.mptcplab.engine.net.Router;
import org.mptcplab.engine.sim.Simulator;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.trace.TraceBus;
import org.mptcplab.engine.trace.TraceRecorder;
import org.mptcplab.engine.wire.IpAddress;
import org.mptcplab.engine.wire.IpPrefix;
import org.mptcplab.engine.wire.Packet;

class EcmpSelectorTest {
    private final TraceBus trace = new TraceBus();
    private final Network net = new Network(new Simulator(1), trace);
    private final Router r = net.addRouter("r");
    private final List<NextHop> hops;

    EcmpSelectorTest() {
        LinkConfig cfg = LinkConfig.of(1_000_000_000L, 0);
        NextHop[] h = new NextHop[3];
        for (int i = 0; i < 3; i++) {
            Link link = net.connect(r, null, net.addRouter("n" + i), IpAddress.parse("10.9." + i + ".2"), cfg);
            h[i] = new NextHop(link.a(), IpAddress.parse("10.9." + i + ".2"));
        }
        hops = List.of(h);
    }

    @Test
    void nextHopsAreNamedAsIpRoutePrintsThemByDefault() {
        EcmpSelector ecmp = EcmpSelector.hashThreshold(r, HashInput.L4);
        TraceRecorder recorder = new TraceRecorder();
        trace.add(recorder);

        NextHop chosen = ecmp.select(Pkt.syn("10.0.0.1", 1234, "1.2.3.4", 80), hops);

        assertThat(recorder.ofType(HashDecision.class)).singleElement().satisfies(d -> {
            assertThat(d.candidates()).containsExactly("via 10.9.0.2 dev eth0", "via 10.9.1.2 dev eth1",
                    "via 10.9.2.2 dev eth2");
            assertThat(d.chosen()).isEqualTo(chosen.toString());
            assertThat(d.slot()).isEqualTo(hops.indexOf(chosen));
        });
    }

    @Test
    void tracedAndUntracedChoicesAgree() {
        EcmpSelector quiet = EcmpSelector.resilient(r, HashInput.L4, 16);
        EcmpSelector loud = EcmpSelector.resilient(r, HashInput.L4, 16);
        TraceRecorder recorder = new TraceRecorder();

        for (int port = 1000; port < 1100; port++) {
            Packet p = Pkt.syn("10.0.0.1", port, "1.2.3.4", 80);
            NextHop a = quiet.select(p, hops);
            trace.add(recorder);
            NextHop b = loud.select(p, hops);
            trace.remove(recorder);
            assertThat(b).isEqualTo(a);
        }
        assertThat(recorder.events()).hasSize(100);
    }

    @Test
    void syncingEachChangeGivesResilientBucketsTheirHistory() {
        EcmpSelector followed = EcmpSelector.resilient(r, HashInput.L4, 12);
        EcmpSelector skipped = EcmpSelector.resilient(r, HashInput.L4, 12);
        followed.sync(hops);
        skipped.sync(hops);
        List<String> original = ((ResilientBuckets) followed.current()).owners();

        followed.sync(hops.subList(1, 3));
        followed.sync(List.of(hops.get(1), hops.get(2), hops.get(0)));
        skipped.sync(hops);

        assertThat(((ResilientBuckets) skipped.current()).owners()).isEqualTo(original);
        assertThat(((ResilientBuckets) followed.current()).owners())
                .as("after remove + re-add the returning hop owns other buckets").isNotEqualTo(original);
    }

    @Test
    void aMaintenanceCycleNeedsTheDownTimeShorterThanThePeriod() {
        RouteAnnouncer announcer = new RouteAnnouncer(r, IpPrefix.parse("1.2.3.4/32"), Time.millis(10));
        announcer.addSpeaker("s1", hops.get(0));

        assertThatThrownBy(() -> announcer.maintenance("s1", 0, Time.seconds(10), Time.seconds(10), Time.seconds(30)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> announcer.withdrawAt("s9", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(r.routes().find(IpPrefix.parse("1.2.3.4/32")).nextHops()).containsExactly(hops.get(0));
    }
}
