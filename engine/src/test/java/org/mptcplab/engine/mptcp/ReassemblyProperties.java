package org.mptcplab.engine.mptcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.mptcplab.engine.tcp.StreamPayload;
import org.mptcplab.engine.tcp.StreamVerifier;

class ReassemblyProperties {
    /** Pieces cut at random, shuffled, some sent twice with shifted edges: the stream comes out once, in order. */
    @Property(tries = 200)
    void everyByteIsDeliveredOnceAndInOrder(@ForAll long seed, @ForAll @IntRange(min = 1, max = 5000) int size) {
        Random random = new Random(seed);
        List<long[]> pieces = new ArrayList<>();
        long pos = 0;
        while (pos < size) {
            int len = (int) Math.min(size - pos, 1 + random.nextInt(400));
            pieces.add(new long[] {pos, len});
            if (random.nextInt(4) == 0) {
                long start = Math.max(0, pos - random.nextInt(200));
                pieces.add(new long[] {start, (int) Math.min(size - start, len + random.nextInt(300))});
            }
            pos += len;
        }
        Collections.shuffle(pieces, random);
        Reassembly r = new Reassembly();
        StreamVerifier verifier = new StreamVerifier(7);
        for (long[] p : pieces) {
            r.offer(p[0], new StreamPayload(7, p[0], (int) p[1]), verifier::accept);
        }
        assertThat(verifier.ok()).as(verifier.error().orElse("")).isTrue();
        assertThat(verifier.verifiedBytes()).isEqualTo(size);
        assertThat(r.waitingBytes()).isZero();
    }
}
