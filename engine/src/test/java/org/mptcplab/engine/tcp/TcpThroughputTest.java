package org.mptcplab.engine.tcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mptcplab.engine.sim.Time;

/**
 * Fidelity against ns-3 3.37 on the shared baseline's lossless case (shared/bench/ns3, table A):
 * 10 MB, 1 Gbit/s bottleneck, 20 ms RTT, 1000-packet queue, NewReno, initial window 10, SACK,
 * timestamps, delayed ACK 2, MSS 1448. ns-3: 243.18 Mbit/s, completion 0.329 s, 6909 client packets.
 */
class TcpThroughputTest {

    @Test
    void tenMegabytesOverALosslessGigabitPathMatchNs3SlowStart() {
        TcpBenchmark.Result r = TcpBenchmark.run(10_000_000L, TcpConfig.ns3(), 1);

        assertThat(r.bytes()).isEqualTo(10_000_000L);
        assertThat(r.goodputMbps()).isCloseTo(243.18, within(243.18 * 0.03));
        assertThat(Time.toSeconds(r.completionNanos())).isCloseTo(0.329, within(0.01));
        assertThat(r.clientPackets()).isEqualTo(6909);
    }

    @Test
    void cubicFillsTheQueueAndRecoversWithoutTimeout() {
        TcpConfig cubic = TcpConfig.ns3().toBuilder().congestionControl(CongestionControls.cubicNs3()).build();
        TcpBenchmark.Result r = TcpBenchmark.run(10_000_000L, cubic, 1);

        assertThat(r.bytes()).isEqualTo(10_000_000L);
        // ns-3: 310.30 Mbit/s after 793 queue drops; a timeout would cost at least the 1 s minimum RTO.
        assertThat(Time.toSeconds(r.completionNanos())).isLessThan(0.5);
        assertThat(r.goodputMbps()).isCloseTo(310.3, within(310.3 * 0.1));
    }
}
