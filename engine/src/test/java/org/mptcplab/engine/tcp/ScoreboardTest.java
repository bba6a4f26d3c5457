package org.mptcplab.engine.tcp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoreboardTest {
    private final Scoreboard board = new Scoreboard();

    private void tenSegments() {
        for (int i = 0; i < 10; i++) {
            board.add(1 + 100L * i, 101 + 100L * i, false, i);
        }
    }

    @Test
    void pipeIsTheOutstandingDataWhileNothingIsSackedOrLost() {
        tenSegments();
        assertThat(board.outstanding()).isEqualTo(1000);
        assertThat(board.pipe()).isEqualTo(1000);
    }

    @Test
    void sackedSegmentsLeaveThePipeAndSegmentsBelowEnoughSackedDataAreLost() {
        tenSegments();
        assertThat(board.sack(301, 601)).isEqualTo(300);
        assertThat(board.detectLosses(200)).isEqualTo(300);
        assertThat(board.pipe()).isEqualTo(1000 - 300 - 300);
        assertThat(board.nextRetransmission()).isZero();
        board.markRetransmitted(0, 50);
        assertThat(board.pipe()).isEqualTo(500);
        assertThat(board.nextRetransmission()).isEqualTo(1);
    }

    @Test
    void repeatedAndOverlappingSackBlocksCountEachSegmentOnce() {
        tenSegments();
        board.sack(301, 401);
        board.sack(401, 501);
        assertThat(board.sack(201, 601)).isEqualTo(200);
        assertThat(board.sack(301, 501)).isZero();
        assertThat(board.sackedBytes()).isEqualTo(400);
    }

    @Test
    void aBlockCoveringHalfASegmentDoesNotSackIt() {
        tenSegments();
        assertThat(board.sack(151, 201)).isZero();
        assertThat(board.sack(101, 151)).isEqualTo(100);
    }

    @Test
    void cumulativeAckRemovesSegmentsAndReportsTheOldestSendTimeForRtt() {
        tenSegments();
        board.sack(301, 401);
        assertThat(board.acknowledge(201)).isZero();
        assertThat(board.size()).isEqualTo(8);
        assertThat(board.outstanding()).isEqualTo(800);
        assertThat(board.acknowledge(501)).isEqualTo(2);
        assertThat(board.sackedBytes()).isZero();
        assertThat(board.pipe()).isEqualTo(500);
    }

    @Test
    void retransmittedSegmentsGiveNoRttSample() {
        tenSegments();
        board.markHeadLost();
        board.markRetransmitted(0, 99);
        assertThat(board.acknowledge(101)).isEqualTo(-1);
    }

    @Test
    void afterTimeoutEveryUnsackedSegmentIsLostAndRetransmittedFromTheStart() {
        tenSegments();
        board.sack(501, 601);
        board.markAllLost();
        assertThat(board.pipe()).isZero();
        assertThat(board.nextRetransmission()).isZero();
    }

    @Test
    void rule3OffersTheFirstUnsackedSegmentBelowTheHighestSack() {
        tenSegments();
        board.sack(901, 1001);
        assertThat(board.detectLosses(200)).isZero();
        assertThat(board.nextRetransmission()).isEqualTo(-1);
        assertThat(board.nextBelowHighestSacked()).isZero();
    }

    @Test
    void partialAckTrimsTheFirstSegment() {
        tenSegments();
        board.acknowledge(51);
        assertThat(board.start(0)).isEqualTo(51);
        assertThat(board.outstanding()).isEqualTo(950);
    }

    @Test
    void theRingGrowsBeyondItsInitialCapacity() {
        for (int i = 0; i < 1000; i++) {
            board.add(1 + 10L * i, 11 + 10L * i, false, i);
        }
        board.acknowledge(5001);
        for (int i = 1000; i < 1100; i++) {
            board.add(1 + 10L * i, 11 + 10L * i, false, i);
        }
        assertThat(board.size()).isEqualTo(600);
        assertThat(board.firstEndingAfter(6000)).isEqualTo(99);
    }
}
