package org.mptcplab.engine.mptcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SendQueueTest {
    private final SendQueue q = new SendQueue();

    @Test
    void newDataIsTakenInOrderUpToTheWindowRightEdge() {
        q.write(10_000);
        assertThat(q.take(3000, 5000)).isEqualTo(new Range(0, 3000));
        assertThat(q.take(3000, 5000)).isEqualTo(new Range(3000, 5000));
        assertThat(q.take(3000, 5000)).isNull();
        assertThat(q.pending(5000)).isZero();
        assertThat(q.pending(6000)).isEqualTo(1000);
    }

    @Test
    void reinjectedRangesGoFirstAndLoseTheirAcknowledgedHead() {
        q.write(10_000);
        q.take(8000, Long.MAX_VALUE);
        q.reinject(new Range(1000, 4000));
        q.acknowledge(2500);
        assertThat(q.take(10_000, Long.MAX_VALUE)).isEqualTo(new Range(2500, 4000));
        assertThat(q.take(10_000, Long.MAX_VALUE)).isEqualTo(new Range(8000, 10_000));
    }

    @Test
    void aLongReinjectionIsSplitIntoPiecesOfTheRequestedSize() {
        q.write(10_000);
        q.take(10_000, Long.MAX_VALUE);
        q.reinject(new Range(0, 5000));
        assertThat(q.take(2000, Long.MAX_VALUE)).isEqualTo(new Range(0, 2000));
        assertThat(q.take(2000, Long.MAX_VALUE)).isEqualTo(new Range(2000, 4000));
    }

    @Test
    void theDataFinTakesTheOffsetAfterTheLastByteAndIsAcknowledgedByOneMore() {
        q.write(100);
        q.close();
        assertThat(q.finOffset()).isEqualTo(100);
        assertThat(q.finDue()).isFalse();
        q.take(100, Long.MAX_VALUE);
        assertThat(q.finDue()).isTrue();
        assertThat(q.acknowledge(100)).isEqualTo(100);
        assertThat(q.finAcked()).isFalse();
        assertThat(q.acknowledge(101)).isEqualTo(1);
        assertThat(q.finAcked()).isTrue();
    }

    @Test
    void anAckForBytesNeverSentIsIgnored() {
        q.write(100);
        q.take(50, Long.MAX_VALUE);
        assertThat(q.acknowledge(80)).isZero();
        assertThat(q.una()).isZero();
    }

    @Test
    void writingAfterCloseIsRefused() {
        q.close();
        assertThatThrownBy(() -> q.write(1)).isInstanceOf(IllegalStateException.class);
    }
}
