package org.mptcplab.engine.mptcp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.tcp.NewReno;

class LiaTest {
    private static final int MSS = 1000;
    private static final long RTT = Time.millis(20);

    /** Drives one window out of slow start to {@code cwnd} and then one congestion-avoidance ACK. */
    private static long grow(NewReno policy, long cwnd, int acks) {
        policy.init(MSS, cwnd);
        policy.onCongestion(0, 2 * cwnd);
        policy.onRecoveryExit(0);
        long before = policy.cwnd();
        for (int i = 0; i < acks; i++) {
            policy.onAck(i, MSS, 1, RTT, before);
        }
        return policy.cwnd() - before;
    }

    @Test
    void twoEqualSubflowsTogetherGrowLikeOneRenoFlow() {
        CoupledGroup group = new CoupledGroup();
        Lia a = group.newMember();
        Lia b = group.newMember();
        grow(b, 50_000, 1);
        long coupledGrowth = grow(a, 50_000, 100);
        long aloneGrowth = grow(new CoupledGroup().newMember(), 50_000, 100);
        // alpha = 1/2 and cwnd_total = 2 * cwnd: each subflow adds about a quarter of a lone flow's increase.
        assertThat((double) coupledGrowth).isBetween(aloneGrowth / 4 * 0.95, aloneGrowth / 4 * 1.05);
    }

    /** NewReno rounds each increase down to whole bytes; LIA carries the fractions, so it is a hair faster. */
    @Test
    void aLoneSubflowGrowsLikeReno() {
        long lia = grow(new CoupledGroup().newMember(), 50_000, 100);
        long reno = grow(new NewReno(false), 50_000, 100);
        assertThat(lia).isBetween(reno, reno + reno / 20);
    }

    @Test
    void aRemovedMemberNoLongerCountsInTheTotal() {
        CoupledGroup group = new CoupledGroup();
        Lia a = group.newMember();
        Lia b = group.newMember();
        a.init(MSS, 10_000);
        b.init(MSS, 30_000);
        assertThat(group.totalCwnd()).isEqualTo(40_000);
        group.remove(b);
        assertThat(group.totalCwnd()).isEqualTo(10_000);
        assertThat(group.members()).containsExactly(a);
    }
}
