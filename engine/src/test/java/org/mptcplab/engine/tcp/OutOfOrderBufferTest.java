package org.mptcplab.engine.tcp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutOfOrderBufferTest {
    private static final long KEY = 7;
    private final OutOfOrderBuffer buffer = new OutOfOrderBuffer();

    private long store(long start, int length) {
        return buffer.store(start, new StreamPayload(KEY, start, length));
    }

    @Test
    void overlappingBytesAreHeldOnce() {
        assertThat(store(100, 50)).isEqualTo(50);
        assertThat(store(120, 60)).isEqualTo(30);
        assertThat(store(90, 100)).isEqualTo(20);
        assertThat(buffer.bytes()).isEqualTo(100);
    }

    @Test
    void pollFromHandsOnContiguousPiecesTrimmedToTheAskedPosition() {
        store(100, 50);
        store(150, 50);
        assertThat(buffer.pollFrom(99)).isNull();
        assertThat(buffer.pollFrom(120)).isEqualTo(new StreamPayload(KEY, 120, 30));
        assertThat(buffer.discardedBytes()).isEqualTo(20);
        assertThat(buffer.pollFrom(150)).isEqualTo(new StreamPayload(KEY, 150, 50));
        assertThat(buffer.isEmpty()).isTrue();
        assertThat(buffer.bytes()).isZero();
    }

    @Test
    void piecesWhollyBelowThePositionAreDiscarded() {
        store(10, 10);
        store(30, 10);
        assertThat(buffer.pollFrom(35)).isEqualTo(new StreamPayload(KEY, 35, 5));
        assertThat(buffer.discardedBytes()).isEqualTo(15);
        assertThat(buffer.isEmpty()).isTrue();
    }
}
