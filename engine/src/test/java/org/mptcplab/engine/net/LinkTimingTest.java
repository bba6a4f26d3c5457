package org.mptcplab.engine.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.sim.Time;

class LinkTimingTest {
    private static final long GBPS = 1_000_000_000L;

    @Test
    void packetArrivesAfterSerialisationPlusPropagation() {
        // given 1 Gbit/s and 5 ms: 1500 B take 12 us on the line, then 5 ms on the wire
        Fixture f = new Fixture();
        f.pair(LinkConfig.of(GBPS, Time.millis(5)));
        List<Fixture.Arrival> got = f.capture(f.net.host("b"));

        // when
        f.net.host("a").send(TestPackets.sized("10.0.0.1", "10.0.0.2", 1500));
        f.sim.runUntil(Time.seconds(1));

        // then 5.012 ms
        assertThat(got).extracting(Fixture.Arrival::time).containsExactly(5_012_000L);
    }

    @Test
    void backToBackPacketsAreSpacedBySerialisationTime() {
        Fixture f = new Fixture();
        f.pair(LinkConfig.of(GBPS, Time.millis(5)));
        List<Fixture.Arrival> got = f.capture(f.net.host("b"));

        for (int i = 0; i < 3; i++) {
            f.net.host("a").send(TestPackets.sized("10.0.0.1", "10.0.0.2", 1500));
        }
        f.sim.runUntil(Time.seconds(1));

        assertThat(got).extracting(Fixture.Arrival::time).containsExactly(5_012_000L, 5_024_000L, 5_036_000L);
    }

    @Test
    void framingBytesLengthenSerialisationOnly() {
        // given PPP framing (2 B): 1502 B * 8 at 1 Gbit/s = 12016 ns
        Fixture f = new Fixture();
        Link link = f.pair(LinkConfig.of(GBPS, Time.millis(5)).withFramingBytes(2));
        List<Fixture.Arrival> got = f.capture(f.net.host("b"));

        f.net.host("a").send(TestPackets.sized("10.0.0.1", "10.0.0.2", 1500));
        f.sim.runUntil(Time.seconds(1));

        assertThat(got).extracting(Fixture.Arrival::time).containsExactly(5_012_016L);
        assertThat(link.ab().bytesSent()).as("counted in IP bytes").isEqualTo(1500);
    }

    @Test
    void serialisationTimeRoundsUpToWholeNanoseconds() {
        // given 3 Mbit/s: 41 B = 328 bits = 109333.33 ns, rounded up
        Fixture f = new Fixture();
        f.pair(LinkConfig.of(3_000_000L, 0));
        List<Fixture.Arrival> got = f.capture(f.net.host("b"));

        f.net.host("a").send(TestPackets.sized("10.0.0.1", "10.0.0.2", 41));
        f.sim.runUntil(Time.seconds(1));

        assertThat(got).extracting(Fixture.Arrival::time).containsExactly(109_334L);
    }

    @Test
    void idleLinkStartsSerialisingImmediately() {
        Fixture f = new Fixture();
        f.pair(LinkConfig.of(GBPS, Time.millis(1)));
        List<Fixture.Arrival> got = f.capture(f.net.host("b"));

        f.sim.schedule(Time.millis(3), () -> f.net.host("a").send(TestPackets.sized("10.0.0.1", "10.0.0.2", 100)));
        f.sim.runUntil(Time.seconds(1));

        assertThat(got).extracting(Fixture.Arrival::time).containsExactly(Time.millis(4) + 800);
    }

    @Test
    void directionsAreIndependent() {
        // given a slow a->b and a fast b->a
        Fixture f = new Fixture();
        f.pair(LinkConfig.of(1_000_000L, Time.millis(10)), LinkConfig.of(GBPS, Time.millis(1)));
        List<Fixture.Arrival> atA = f.capture(f.net.host("a"));
        List<Fixture.Arrival> atB = f.capture(f.net.host("b"));

        f.net.host("a").send(TestPackets.sized("10.0.0.1", "10.0.0.2", 125));
        f.net.host("b").send(TestPackets.sized("10.0.0.2", "10.0.0.1", 125));
        f.sim.runUntil(Time.seconds(1));

        assertThat(atB).extracting(Fixture.Arrival::time).containsExactly(Time.millis(11));
        assertThat(atA).extracting(Fixture.Arrival::time).containsExactly(Time.millis(1) + 1_000);
    }

    @Test
    void hugeDelaysAreFine() {
        Fixture f = new Fixture();
        f.pair(LinkConfig.of(GBPS, Time.seconds(86_400L * 365)));
        List<Fixture.Arrival> got = f.capture(f.net.host("b"));

        f.net.host("a").send(TestPackets.sized("10.0.0.1", "10.0.0.2", 1500));
        f.sim.runUntil(Time.seconds(86_400L * 366));

        assertThat(got).extracting(Fixture.Arrival::time).containsExactly(Time.seconds(86_400L * 365) + 12_000);
    }

    @Test
    void countersTrackSentAndDeliveredPackets() {
        Fixture f = new Fixture();
        Link link = f.pair(LinkConfig.of(GBPS, Time.millis(1)));

        for (int i = 0; i < 4; i++) {
            f.net.host("a").send(TestPackets.sized("10.0.0.1", "10.0.0.2", 1000));
        }
        f.sim.runUntil(Time.micros(1_010));

        // then after 1.010 ms: 4 serialised (8 us each), only the first arrived
        assertThat(link.ab().packetsSent()).isEqualTo(4);
        assertThat(link.ab().bytesSent()).isEqualTo(4000);
        assertThat(link.ab().packetsInFlight()).isEqualTo(3);
        assertThat(link.ab().packetsDelivered()).isEqualTo(1);
        assertThat(f.net.host("a").packetsSent()).isEqualTo(4);
        assertThat(f.net.host("b").packetsReceived()).isEqualTo(1);
        assertThat(link.ba().packetsSent()).isZero();
    }

    @Test
    void configRejectsZeroRateAndOtherNonsense() {
        assertThatThrownBy(() -> LinkConfig.of(0, 0)).hasMessageContaining("rate");
        assertThatThrownBy(() -> LinkConfig.of(GBPS, -1)).hasMessageContaining("delay");
        assertThatThrownBy(() -> LinkConfig.of(GBPS, 0).withLoss(1.5)).hasMessageContaining("loss");
        assertThatThrownBy(() -> LinkConfig.of(GBPS, 0).withLoss(Double.NaN)).hasMessageContaining("loss");
        assertThatThrownBy(() -> LinkConfig.of(GBPS, 0).withQueueLimitPackets(-1)).hasMessageContaining("queue");
        assertThatThrownBy(() -> LinkConfig.of(GBPS, 0).withQueueLimitBytes(-1)).hasMessageContaining("queue");
        assertThatThrownBy(() -> LinkConfig.of(GBPS, 0).withFramingBytes(-2)).hasMessageContaining("framing");
        assertThat(LinkConfig.of(GBPS, 0).queueLimitPackets()).isEqualTo(LinkConfig.DEFAULT_QUEUE_PACKETS);
    }
}
