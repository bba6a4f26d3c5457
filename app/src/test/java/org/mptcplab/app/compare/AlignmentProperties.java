package org.mptcplab.app.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The alignment between two traces, on random traces and random anchor chains. */
class AlignmentProperties {

    private static long[] times(Random random, int n) {
        long[] t = new long[n];
        for (int i = 1; i < n; i++) {
            // Equal times happen (events of one instant), so steps of 0 are common.
            t[i] = t[i - 1] + (random.nextInt(3) == 0 ? 0 : random.nextInt(1_000_000));
        }
        return t;
    }

    /** A strictly increasing chain of k indices inside (0, n - 1). */
    private static int[] chain(Random random, int n, int k) {
        return random.ints(1, Math.max(2, n - 1)).distinct().limit(Math.min(k, Math.max(0, n - 2))).sorted().toArray();
    }

    @Property
    void mapIsMonotoneExactAtAnchorsAndInRange(@ForAll @IntRange(min = 2, max = 400) int leftSize,
            @ForAll @IntRange(min = 2, max = 400) int rightSize, @ForAll @IntRange(min = 0, max = 20) int anchorCount,
            @ForAll @LongRange(min = 0, max = 1000) long seed) {
        Random random = new Random(seed);
        long[] lt = times(random, leftSize);
        long[] rt = times(random, rightSize);
        int[] la = chain(random, leftSize, anchorCount);
        int[] ra = chain(random, rightSize, la.length);
        la = Arrays.copyOf(la, ra.length);
        Alignment a = new Alignment(la, ra, lt, rt);

        assertThat(a.map(-1)).isEqualTo(-1);
        int previous = -1;
        for (int i = 0; i < leftSize; i++) {
            int r = a.map(i);
            assertThat(r).isBetween(previous, rightSize - 1);
            previous = r;
        }
        for (int k = 0; k < la.length; k++) {
            assertThat(a.map(la[k])).isEqualTo(ra[k]);
        }
        assertThat(a.map(leftSize - 1)).isEqualTo(rightSize - 1);
    }
}
