package org.mptcplab.engine.mptcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.tcp.StreamPayload;

class ReassemblyTest {
    private static final long KEY = 42;
    private final Reassembly r = new Reassembly();
    private final List<StreamPayload> out = new ArrayList<>();

    private void offer(long offset, int length) {
        r.offer(offset, new StreamPayload(KEY, offset, length), (o, p) -> out.add((StreamPayload) p));
    }

    @Test
    void inOrderBytesAreDeliveredAtOnce() {
        offer(0, 100);
        assertThat(out).containsExactly(new StreamPayload(KEY, 0, 100));
        assertThat(r.next()).isEqualTo(100);
    }

    @Test
    void aGapHoldsLaterBytesUntilItIsFilled() {
        offer(100, 50);
        assertThat(out).isEmpty();
        assertThat(r.waitingBytes()).isEqualTo(50);
        offer(0, 100);
        assertThat(out).containsExactly(new StreamPayload(KEY, 0, 100), new StreamPayload(KEY, 100, 50));
        assertThat(r.waitingBytes()).isZero();
    }

    @Test
    void overlappingCopiesAreTrimmedSoEachByteIsDeliveredOnce() {
        offer(50, 100);
        offer(100, 100);
        offer(0, 120);
        assertThat(out).extracting(StreamPayload::offset, StreamPayload::length)
                .containsExactly(tuple(0L, 120), tuple(120L, 30),
                        tuple(150L, 50));
        assertThat(r.next()).isEqualTo(200);
        assertThat(r.duplicateBytes()).isEqualTo(50 + 70);
    }

    @Test
    void bytesAlreadyDeliveredAreCountedAsDuplicates() {
        offer(0, 100);
        offer(0, 100);
        assertThat(out).hasSize(1);
        assertThat(r.duplicateBytes()).isEqualTo(100);
    }
}
