package org.mptcplab.engine.scenario;

import java.util.Objects;
import org.mptcplab.engine.sim.Time;
import org.mptcplab.engine.tcp.CongestionControls;
import org.mptcplab.engine.tcp.TcpConfig;

/**
 * The TCP knobs a scenario may set on a host; everything else keeps {@link TcpConfig#defaults()}.
 *
 * @param congestionControl one of {@link CongestionControls#names()}
 * @param maxSegmentSize    MSS cap in bytes, 0 to derive it from the interface MTU
 * @param minRto            lower bound of the retransmission timeout, ns
 * @param initialRto        RTO before the first RTT sample, ns
 * @param initialCwnd       initial window in segments (RFC 6928)
 * @param delayedAckCount   acknowledge at the latest every this many segments (1 = no delayed ACK)
 * @param delayedAckTimeout delayed-ACK timer, ns
 * @param sack              offer SACK (RFC 2018)
 * @param timestamps        offer timestamps (RFC 7323)
 * @param receiveBuffer     receive buffer in bytes
 */
public record TcpSpec(String congestionControl, int maxSegmentSize, long minRto, long initialRto, int initialCwnd,
        int delayedAckCount, long delayedAckTimeout, boolean sack, boolean timestamps, long receiveBuffer) {

    /** The engine's defaults, written out. */
    public static final TcpSpec DEFAULTS = fromConfig("newreno", TcpConfig.defaults());

    /** Requires a congestion control name; ranges are checked by {@link #toConfig()}. */
    public TcpSpec {
        Objects.requireNonNull(congestionControl, "congestionControl");
    }

    private static TcpSpec fromConfig(String cc, TcpConfig c) {
        return new TcpSpec(cc, c.maxSegmentSize(), c.minRto(), c.initialRto(), c.initialCwndSegments(),
                c.delayedAckCount(), c.delayedAckTimeout(), c.sack(), c.timestamps(), c.receiveBuffer());
    }

    /**
     * The stack configuration.
     *
     * @throws IllegalArgumentException for an unknown congestion control or a value out of range
     */
    public TcpConfig toConfig() {
        return TcpConfig.defaults().toBuilder()
                .congestionControl(CongestionControls.byName(congestionControl))
                .maxSegmentSize(maxSegmentSize)
                .minRto(minRto)
                .initialRto(initialRto)
                .maxRto(Math.max(minRto, Time.seconds(120)))
                .initialCwndSegments(initialCwnd)
                .delayedAckCount(delayedAckCount)
                .delayedAckTimeout(delayedAckTimeout)
                .sack(sack)
                .timestamps(timestamps)
                .receiveBuffer(receiveBuffer)
                .build();
    }
}
