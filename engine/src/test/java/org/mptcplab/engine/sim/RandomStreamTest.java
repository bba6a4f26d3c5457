package org.mptcplab.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RandomStreamTest {

    /**
     * Reference values from an independent Python implementation of SplitMix64 seeding and
     * xoshiro256** (Blackman and Vigna), run as:
     * <pre>python3 -c '...' # state s[i] = splitmix64 outputs of seed + (i+1)*0x9E3779B97F4A7C15</pre>
     * printing the first five outputs as signed 64-bit integers.
     */
    @Test
    void producesTheReferenceXoshiroSequence() {
        RandomStream r = new RandomStream(42);
        assertThat(new long[] {r.nextLong(), r.nextLong(), r.nextLong(), r.nextLong(), r.nextLong()})
                .containsExactly(1546998764402558742L, 6990951692964543102L, -5902157311460992607L,
                        -1389169964527427423L, -151191095644234140L);
        RandomStream zero = new RandomStream(0);
        assertThat(zero.nextLong()).isEqualTo(-7355399402456485196L);
        assertThat(zero.nextLong()).isEqualTo(-4652746763540216534L);
    }

    @Test
    void namedStreamsAreIndependentAndStable() {
        RandomStreams a = new RandomStreams(5);
        RandomStreams b = new RandomStreams(5);
        long firstLoss = a.stream("link:lb-s1:loss").nextLong();
        // Another consumer drawing first must not shift what the loss stream sees.
        b.stream("host:client:keys").nextLong();
        b.stream("host:client:keys").nextLong();
        assertThat(b.stream("link:lb-s1:loss").nextLong()).isEqualTo(firstLoss);
        assertThat(a.stream("x")).isSameAs(a.stream("x"));
        assertThat(a.stream("x").nextLong()).isNotEqualTo(a.stream("y").nextLong());
    }

    @Test
    void boundedDrawsStayInRange() {
        RandomStream r = new RandomStream(3);
        for (int i = 0; i < 10_000; i++) {
            assertThat(r.nextInt(7)).isBetween(0, 6);
            assertThat(r.nextInt(1024, 65536)).isBetween(1024, 65535);
            assertThat(r.nextDouble()).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
        }
    }

    @Test
    void bernoulliMatchesItsProbability() {
        RandomStream r = new RandomStream(9);
        int hits = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            hits += r.bernoulli(0.01) ? 1 : 0;
        }
        assertThat(hits / (double) n).isCloseTo(0.01, within(0.0015));
        assertThat(r.bernoulli(0)).isFalse();
        assertThat(r.bernoulli(1)).isTrue();
    }

    @Test
    void exponentialHasTheRequestedMean() {
        RandomStream r = new RandomStream(10);
        double sum = 0;
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            sum += r.exponential(2.5);
        }
        assertThat(sum / n).isCloseTo(2.5, within(0.05));
    }
}
