package org.mptcplab.engine.mptcp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mptcplab.engine.tcp.NewReno;

class PayloadCountingTest {
    private static final int MSS = 1448;
    private static final int DSS = 28;

    @Test
    void oneAcknowledgedMptcpSegmentCountsAsOneSegment() {
        PayloadCounting policy = new PayloadCounting(new NewReno(false), DSS);
        policy.init(MSS, MSS);
        // The TCP sender, counting in MSS units, reports 0 segments for one 1420-byte segment.
        policy.onAck(0, MSS - DSS, 0, 1, 0);
        assertThat(policy.cwnd()).isEqualTo(2L * MSS);
    }

    @Test
    void partialSegmentsCarryOverToTheNextAck() {
        PayloadCounting policy = new PayloadCounting(new NewReno(false), DSS);
        policy.init(MSS, MSS);
        policy.onAck(0, 700, 0, 1, 0);
        assertThat(policy.cwnd()).isEqualTo(MSS);
        policy.onAck(0, 720, 0, 1, 0);
        assertThat(policy.cwnd()).isEqualTo(2L * MSS);
    }

    @Test
    void windowsAndLossResponsesAreTheWrappedPolicys() {
        NewReno inner = new NewReno(false);
        PayloadCounting policy = new PayloadCounting(inner, DSS);
        policy.init(MSS, 10L * MSS);
        policy.onRetransmissionTimeout(0, 10L * MSS);
        assertThat(policy.cwnd()).isEqualTo(inner.cwnd()).isEqualTo(MSS);
        assertThat(policy.ssthresh()).isEqualTo(5L * MSS);
        assertThat(policy.name()).isEqualTo("newreno");
    }
}
