package org.mptcplab.engine.tcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mptcplab.engine.sim.Time;

class CongestionControlTest {
    private static final int MSS = 1000;

    @Test
    void newRenoSlowStartAddsOneSegmentPerAckLikeNs3() {
        NewReno cc = new NewReno(false);
        cc.init(MSS, 10 * MSS);
        cc.onAck(0, 2 * MSS, 2, 0, 0);
        cc.onAck(0, 2 * MSS, 2, 0, 0);
        assertThat(cc.cwnd()).isEqualTo(12 * MSS);
        assertThat(cc.inSlowStart()).isTrue();
    }

    @Test
    void newRenoWithByteCountingAddsOneSegmentPerAcknowledgedSegmentUpToSsthresh() {
        NewReno cc = new NewReno(true);
        cc.init(MSS, 10 * MSS);
        cc.onAck(0, 2 * MSS, 2, 0, 0);
        assertThat(cc.cwnd()).isEqualTo(12 * MSS);
        cc.onCongestion(0, 26 * MSS);
        cc.setCwnd(12 * MSS);
        cc.onAck(0, 3 * MSS, 3, 0, 0);
        assertThat(cc.cwnd()).isEqualTo(13 * MSS + MSS * MSS / (13 * MSS));
    }

    @Test
    void newRenoCongestionAvoidanceAddsMssSquaredOverCwndPerAck() {
        NewReno cc = new NewReno(false);
        cc.init(MSS, 40 * MSS);
        cc.onCongestion(0, 20 * MSS);
        cc.onRecoveryExit(0);
        assertThat(cc.cwnd()).isEqualTo(10 * MSS);
        cc.onAck(0, 2 * MSS, 2, 0, 0);
        assertThat(cc.cwnd()).isEqualTo(10 * MSS + 100);
        assertThat(cc.inSlowStart()).isFalse();
    }

    @Test
    void newRenoHalvesTheFlightOnLossAndRestartsFromOneSegmentAfterTimeout() {
        NewReno cc = new NewReno(false);
        cc.init(MSS, 10 * MSS);
        cc.onCongestion(0, 30 * MSS);
        assertThat(cc.ssthresh()).isEqualTo(15 * MSS);
        cc.onRetransmissionTimeout(0, 3 * MSS);
        assertThat(cc.ssthresh()).isEqualTo(2 * MSS);
        assertThat(cc.cwnd()).isEqualTo(MSS);
    }

    @Test
    void aRepeatedTimeoutOfTheSameSegmentKeepsSsthresh() {
        // RFC 5681 §3.1: ssthresh is held when the segment was already retransmitted by the timer.
        NewReno reno = new NewReno(false);
        reno.init(MSS, 10 * MSS);
        reno.onRetransmissionTimeout(0, 40 * MSS);
        reno.onRepeatedRetransmissionTimeout(0, MSS);
        assertThat(reno.ssthresh()).isEqualTo(20 * MSS);
        assertThat(reno.cwnd()).isEqualTo(MSS);

        Cubic cubic = new Cubic(true);
        cubic.init(MSS, 10 * MSS);
        cubic.onRetransmissionTimeout(0, 40 * MSS);
        long afterFirst = cubic.ssthresh();
        cubic.onRepeatedRetransmissionTimeout(0, MSS);
        assertThat(cubic.ssthresh()).isEqualTo(afterFirst).isGreaterThan(2L * MSS);
        assertThat(cubic.cwnd()).isEqualTo(MSS);
    }

    @Test
    void cubicWindowFunctionMatchesRfc9438AtAFewPoints() {
        double k = Cubic.k(100, 70);
        assertThat(k).isCloseTo(Math.cbrt(30 / 0.4), within(1e-12));
        assertThat(Cubic.window(0, k, 100)).isCloseTo(70, within(1e-9));
        assertThat(Cubic.window(k, k, 100)).isCloseTo(100, within(1e-9));
        assertThat(Cubic.window(2 * k, k, 100)).isCloseTo(130, within(1e-9));
        assertThat(Cubic.window(k + 1, k, 100)).isCloseTo(100.4, within(1e-9));
        assertThat(Cubic.k(50, 60)).isZero();
    }

    @Test
    void cubicReducesByBetaAndRemembersTheWindowBeforeTheLoss() {
        Cubic cc = new Cubic(true);
        cc.init(MSS, 100 * MSS);
        cc.onCongestion(0, 100 * MSS);
        assertThat(cc.ssthresh()).isEqualTo(70 * MSS);
        assertThat(cc.wMax()).isEqualTo(100);
        cc.onRecoveryExit(0);
        assertThat(cc.cwnd()).isEqualTo(70 * MSS);
    }

    @Test
    void cubicFastConvergenceLowersWmaxWhenTheWindowShrinksAgain() {
        Cubic cc = new Cubic(true);
        cc.init(MSS, 100 * MSS);
        cc.onCongestion(0, 0);
        cc.setCwnd(80 * MSS);
        cc.onCongestion(0, 0);
        assertThat(cc.wMax()).isCloseTo(80 * 1.7 / 2, within(1e-9));
    }

    @Test
    void cubicRegrowsToWmaxAroundTimeK() {
        Cubic cc = new Cubic(false);
        cc.init(MSS, 100 * MSS);
        cc.onCongestion(0, 0);
        cc.onRecoveryExit(0);
        long rtt = Time.millis(100);
        long now = 0;
        double k = Cubic.k(100, 70);
        while (now < Time.fromSeconds(k)) {
            int segments = (int) (cc.cwnd() / MSS);
            for (int i = 0; i < segments; i++) {
                cc.onAck(now + i * rtt / segments, MSS, 1, rtt, 0);
            }
            now += rtt;
        }
        assertThat(cc.cwnd() / (double) MSS).isCloseTo(100, within(3.0));
    }

    @Test
    void cubicRenoFriendlyRegionIsNeverSlowerThanReno() {
        Cubic friendly = new Cubic(true);
        Cubic pure = new Cubic(false);
        for (Cubic cc : new Cubic[] {friendly, pure}) {
            cc.init(MSS, 10 * MSS);
            cc.onCongestion(0, 0);
            cc.onRecoveryExit(0);
            for (int i = 0; i < 200; i++) {
                cc.onAck(Time.millis(i), MSS, 1, Time.millis(20), 0);
            }
        }
        assertThat(friendly.cwnd()).isGreaterThan(pure.cwnd());
    }

    @Test
    void policiesAreFoundByName() {
        assertThat(CongestionControls.byName("CUBIC").create().name()).isEqualTo("cubic");
        assertThat(CongestionControls.byName("newreno").create().name()).isEqualTo("newreno");
        assertThatThrownBy(() -> CongestionControls.byName("bbr")).hasMessageContaining("newreno");
    }
}
