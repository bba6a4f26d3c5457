package org.mptcplab.engine.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.trace.DropReason;
import org.mptcplab.engine.trace.PacketEvent;

class LinkLossTest {
    private static final long GBPS = 1_000_000_000L;

    /** Sends {@code count} numbered packets over a lossy a->b link and returns the tags that were lost. */
    private static List<Integer> lostTags(long seed, double loss, int count) {
        Fixture f = new Fixture(seed);
        f.pair(LinkConfig.of(GBPS, Time.millis(1)).withLoss(loss).withQueueLimitPackets(0), LinkConfig.of(GBPS, 0));
        for (int tag = 1; tag <= count; tag++) {
            f.net.host("a").send(TestPackets.numbered("10.0.0.1", "10.0.0.2", 100, tag));
        }
        f.sim.runUntil(Time.seconds(10));
        return f.drops(DropReason.RANDOM_LOSS).stream().map(e -> e.packet().srcPort()).toList();
    }

    @Test
    void lossRateMatchesTheProbability() {
        // 20000 Bernoulli(0.1) trials: standard deviation 0.0021, so 0.012 is more than five of them
        int n = 20_000;
        List<Integer> lost = lostTags(7, 0.1, n);

        assertThat(lost.size() / (double) n).isCloseTo(0.1, within(0.012));
    }

    @Test
    void lossIsDecidedAtTheReceivingEnd() {
        Fixture f = new Fixture(3);
        Link link = f.pair(LinkConfig.of(GBPS, Time.millis(2)).withLoss(1.0));

        f.net.host("a").send(TestPackets.sized("10.0.0.1", "10.0.0.2", 1500));
        f.sim.runUntil(Time.seconds(1));

        List<PacketEvent> drops = f.drops(DropReason.RANDOM_LOSS);
        assertThat(drops).singleElement().satisfies(e -> {
            assertThat(e.node()).isEqualTo("b");
            assertThat(e.iface()).isEqualTo("eth0");
            assertThat(e.time()).isEqualTo(Time.millis(2) + 12_000);
        });
        assertThat(link.ab().packetsSent()).isEqualTo(1);
        assertThat(link.ab().packetsDelivered()).isZero();
        assertThat(link.ab().drops().count(DropReason.RANDOM_LOSS)).isEqualTo(1);
    }

    @Test
    void sameSeedGivesTheSameLosses() {
        List<Integer> first = lostTags(42, 0.2, 2000);
        List<Integer> second = lostTags(42, 0.2, 2000);
        List<Integer> otherSeed = lostTags(43, 0.2, 2000);

        assertThat(first).isNotEmpty().isEqualTo(second);
        assertThat(otherSeed).isNotEqualTo(first);
    }

    @Test
    void lossFreeLinkDrawsNoRandomNumbers() {
        Fixture f = new Fixture(5);
        Link link = f.pair(LinkConfig.of(GBPS, Time.millis(1)));
        for (int i = 0; i < 100; i++) {
            f.net.host("a").send(TestPackets.sized("10.0.0.1", "10.0.0.2", 100));
        }
        f.sim.runUntil(Time.seconds(1));

        String name = link.ab().lossStreamName();
        assertThat(name).isEqualTo("link:a-b:a->b:loss");
        assertThat(f.sim.random().stream(name).nextLong()).isEqualTo(f.sim.random().fork(name).nextLong());
    }

    @Test
    void lossyLinkDrawsFromItsNamedStream() {
        Fixture f = new Fixture(5);
        Link link = f.pair(LinkConfig.of(GBPS, Time.millis(1)).withLoss(0.5));
        f.net.host("a").send(TestPackets.sized("10.0.0.1", "10.0.0.2", 100));
        f.sim.runUntil(Time.seconds(1));

        String name = link.ab().lossStreamName();
        assertThat(f.sim.random().stream(name).nextLong()).isNotEqualTo(f.sim.random().fork(name).nextLong());
    }

    @Test
    void scriptedFaultsDoNotShiftWhichOtherPacketsAreLost() {
        // given the same seed, with and without a rule that drops packets 5..9
        Fixture plain = lossyRun(null);
        Fixture scripted = lossyRun(FaultRule.dropBurst(PacketMatch.any(), 5, 5));

        List<Integer> lostPlain = tags(plain.drops(DropReason.RANDOM_LOSS));
        List<Integer> lostScripted = tags(scripted.drops(DropReason.RANDOM_LOSS));
        List<Integer> scriptedTags = tags(scripted.drops(DropReason.SCRIPTED));

        // then every random loss outside the scripted burst is the same
        assertThat(scriptedTags).containsExactly(5, 6, 7, 8, 9);
        assertThat(lostScripted).isEqualTo(lostPlain.stream().filter(t -> !scriptedTags.contains(t)).toList());
    }

    private static Fixture lossyRun(FaultRule rule) {
        Fixture f = new Fixture(11);
        Link link = f.pair(LinkConfig.of(GBPS, 0).withLoss(0.3).withQueueLimitPackets(0));
        if (rule != null) {
            link.ab().addFault(rule);
        }
        for (int tag = 1; tag <= 200; tag++) {
            f.net.host("a").send(TestPackets.numbered("10.0.0.1", "10.0.0.2", 100, tag));
        }
        f.sim.runUntil(Time.seconds(1));
        return f;
    }

    private static List<Integer> tags(List<PacketEvent> events) {
        return events.stream().map(e -> e.packet().srcPort()).toList();
    }
}
