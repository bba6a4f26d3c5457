package org.mptcplab.engine.tcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mptcplab.engine.wire.SackBlock;

class TcpReceiverTest {
    private static final int IRS = 1000;
    private final List<long[]> delivered = new ArrayList<>();
    private final TcpReceiver receiver = new TcpReceiver(1 << 20,
            (offset, data) -> delivered.add(new long[] {offset, data.length()}));

    private boolean segment(long rel, int length) {
        return receiver.onData(rel, new StreamPayload(IRS + 1, rel - 1, length));
    }

    private static SackBlock block(long left, long right) {
        return new SackBlock(IRS + (int) left, IRS + (int) right);
    }

    @Test
    void sackBlocksListTheNewestArrivalFirstThenEarlierBlocks() {
        receiver.init(IRS);
        segment(1, 100);
        segment(201, 100);
        assertThat(receiver.sackBlocks(4)).containsExactly(block(201, 301));
        segment(401, 100);
        assertThat(receiver.sackBlocks(4)).containsExactly(block(401, 501), block(201, 301));
        segment(601, 100);
        assertThat(receiver.sackBlocks(4)).containsExactly(block(601, 701), block(401, 501), block(201, 301));
        assertThat(receiver.sackBlocks(2)).containsExactly(block(601, 701), block(401, 501));
    }

    @Test
    void aSegmentJoiningTwoBlocksReportsTheMergedBlockFirst() {
        receiver.init(IRS);
        segment(201, 100);
        segment(401, 100);
        segment(601, 100);
        segment(301, 100);
        assertThat(receiver.sackBlocks(4)).containsExactly(block(201, 501), block(601, 701));
    }

    @Test
    void blocksBelowTheCumulativeAckDisappear() {
        receiver.init(IRS);
        segment(101, 100);
        segment(301, 100);
        segment(1, 100);
        assertThat(receiver.rcvNxt()).isEqualTo(201);
        assertThat(receiver.sackBlocks(4)).containsExactly(block(301, 401));
    }

    @Test
    void overlappingAndDuplicateSegmentsAreDeliveredOnceInOrder() {
        receiver.init(IRS);
        segment(51, 100);
        segment(51, 100);
        segment(101, 100);
        segment(1, 80);
        segment(1, 300);

        assertThat(delivered).extracting(d -> d[0]).containsExactly(0L, 80L, 150L, 200L);
        assertThat(delivered.stream().mapToLong(d -> d[1]).sum()).isEqualTo(300);
        assertThat(receiver.rcvNxt()).isEqualTo(301);
        assertThat(receiver.hasGaps()).isFalse();
    }

    @Test
    void inOrderSegmentsMayBeAcknowledgedLaterButGapsAndTheirFillingMayNot() {
        receiver.init(IRS);
        assertThat(segment(1, 100)).isTrue();
        assertThat(segment(201, 100)).isFalse();
        assertThat(segment(101, 100)).isFalse();
        assertThat(segment(1, 100)).isFalse();
        assertThat(segment(301, 100)).isTrue();
    }

    @Test
    void finArrivingBeforeMissingDataWaitsForIt() {
        receiver.init(IRS);
        segment(101, 100);
        receiver.noteFin(201);
        assertThat(receiver.finReady()).isFalse();
        segment(1, 100);
        assertThat(receiver.finReady()).isTrue();
        receiver.consumeFin();
        assertThat(receiver.rcvNxt()).isEqualTo(202);
    }

    @Test
    void advertisedWindowShrinksWithUnreadDataButItsRightEdgeNeverMovesBack() {
        TcpReceiver small = new TcpReceiver(10_000, (o, d) -> { });
        small.init(IRS);
        assertThat(small.window()).isEqualTo(10_000);
        small.onData(1, new StreamPayload(0, 0, 4000));
        small.setUnread(4000);
        assertThat(small.window()).isEqualTo(6000);
        small.onData(4001, new StreamPayload(0, 4000, 6000));
        small.setUnread(10_000);
        assertThat(small.window()).isZero();
        small.setUnread(0);
        assertThat(small.window()).isEqualTo(10_000);
    }
}
