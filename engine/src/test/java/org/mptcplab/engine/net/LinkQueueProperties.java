package org.mptcplab.engine.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.trace.DropReason;

/**
 * The link computes its schedule lazily (start times decided on enqueue, waiting packets counted on
 * demand). These properties compare it with the textbook definition of a drop-tail FIFO line,
 * written out naively: at each send, the waiting packets are those whose serialisation starts later.
 */
class LinkQueueProperties {
    private static final long RATE = 1_000_000_000L;

    /** One send: {@code gap} ns after the previous one, a datagram of {@code size} bytes. */
    record Send(long gap, int size) {}

    /** What the reference model predicts: tag -> arrival time, or -1 when dropped at the queue. */
    private static long[] reference(List<Send> sends, int packetLimit, long byteLimit, long delay, int framing) {
        long[] arrival = new long[sends.size()];
        List<long[]> accepted = new ArrayList<>(); // {start, size}
        long lineFree = Long.MIN_VALUE;
        long t = 0;
        for (int i = 0; i < sends.size(); i++) {
            t += sends.get(i).gap();
            int size = sends.get(i).size();
            long waitingPackets = 0;
            long waitingBytes = 0;
            for (long[] a : accepted) {
                if (a[0] > t) {
                    waitingPackets++;
                    waitingBytes += a[1];
                }
            }
            boolean busy = lineFree > t;
            boolean full = packetLimit > 0 && waitingPackets >= packetLimit
                    || byteLimit > 0 && waitingBytes + size > byteLimit;
            if (busy && full) {
                arrival[i] = -1;
                continue;
            }
            long start = Math.max(t, lineFree);
            long bits = 8L * (size + framing);
            long departure = start + (bits * Time.SECOND + RATE - 1) / RATE;
            accepted.add(new long[] {start, size});
            lineFree = departure;
            arrival[i] = departure + delay;
        }
        return arrival;
    }

    @Property(tries = 200)
    void lazyQueueAgreesWithTheTextbookFifo(@ForAll("sends") List<Send> sends,
            @ForAll @IntRange(min = 0, max = 4) int packetLimit, @ForAll("byteLimits") long byteLimit,
            @ForAll @LongRange(min = 0, max = 50_000) long delay, @ForAll @IntRange(min = 0, max = 4) int framing) {
        Fixture f = new Fixture();
        f.pair(new LinkConfig(RATE, delay, 0, packetLimit, byteLimit, framing));
        List<Fixture.Arrival> got = f.capture(f.net.host("b"));
        long t = 0;
        for (int i = 0; i < sends.size(); i++) {
            t += sends.get(i).gap();
            int tag = i + 1;
            int size = sends.get(i).size();
            f.sim.scheduleAt(t, () -> f.net.host("a").send(TestPackets.numbered("10.0.0.1", "10.0.0.2", size, tag)));
        }
        f.sim.runUntil(Time.seconds(10));

        long[] expected = reference(sends, packetLimit, byteLimit, delay, framing);
        long[] actual = new long[sends.size()];
        java.util.Arrays.fill(actual, -1);
        for (Fixture.Arrival a : got) {
            actual[a.packet().srcPort() - 1] = a.time();
        }
        assertThat(actual).containsExactly(expected);
        assertThat(f.drops(DropReason.QUEUE_FULL)).hasSize((int) java.util.Arrays.stream(expected)
                .filter(x -> x < 0).count());
    }

    @Provide
    Arbitrary<List<Send>> sends() {
        Arbitrary<Long> gaps = Arbitraries.oneOf(Arbitraries.just(0L), Arbitraries.longs().between(1, 30_000));
        Arbitrary<Integer> sizes = Arbitraries.integers().between(40, 1500);
        return Combinators.combine(gaps, sizes).as(Send::new).list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<Long> byteLimits() {
        return Arbitraries.oneOf(Arbitraries.just(0L), Arbitraries.longs().between(1500, 6000));
    }
}
