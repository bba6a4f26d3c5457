package org.mptcplab.engine.tcp;

import java.util.Objects;
import org.mptcplab.engine.sim.Time;

/**
 * Tunables of a TCP stack. {@link #defaults()} follows Linux where Linux and ns-3 agree and ns-3 3.37
 * where the fidelity comparison needs it (delayed ACK every 2nd segment or 200 ms, initial window 10,
 * PRR, NewReno per-ACK slow start). Build variants with {@link #toBuilder()}.
 *
 * @param maxSegmentSize     cap on the MSS we advertise; 0 derives it from the interface MTU (MTU - 40 for IPv4)
 * @param sack               offer SACK-permitted (RFC 2018)
 * @param timestamps         offer timestamps (RFC 7323 §3); costs 12 option bytes per segment
 * @param windowScaling      offer window scaling (RFC 7323 §2)
 * @param receiveBuffer      receive buffer in bytes; the advertised window never exceeds it (ns-3 bench: 64 MiB)
 * @param initialCwndSegments initial window in segments (RFC 6928: 10)
 * @param delayedAckCount    acknowledge at the latest every this many data segments (1 disables delayed ACKs)
 * @param delayedAckTimeout  delayed-ACK timer, ns (ns-3: 200 ms; Linux: 40 ms minimum)
 * @param initialRto         RTO before the first RTT sample, ns (RFC 6298: 1 s; ns-3 SYN: 3 s)
 * @param minRto             lower bound of the RTO, ns (Linux 200 ms, ns-3 1 s)
 * @param maxRto             upper bound of the backed-off RTO, ns (Linux 120 s)
 * @param clockGranularity   G of RFC 6298 §2, ns (ns-3: 1 ms)
 * @param synRetries         SYN or SYN/ACK retransmissions before giving up (Linux tcp_syn_retries 6)
 * @param dataRetries        consecutive RTOs without progress before aborting (Linux tcp_retries2 15)
 * @param timeWait           TIME_WAIT duration, 2*MSL, ns (Linux: 60 s); see {@link TcpStack} on why it
 *                           never keeps a simulation running
 * @param congestionControl  policy factory
 * @param recovery           fast-recovery window rule
 * @param limitedTransmit    RFC 3042: new data on the first two duplicate ACKs
 * @param dupAckThreshold    duplicate ACKs (or SACKed segments) that signal a loss (RFC 5681: 3)
 * @param ttl                IP TTL / hop limit of outgoing packets
 */
public record TcpConfig(int maxSegmentSize, boolean sack, boolean timestamps, boolean windowScaling,
        long receiveBuffer, int initialCwndSegments, int delayedAckCount, long delayedAckTimeout,
        long initialRto, long minRto, long maxRto, long clockGranularity, int synRetries, int dataRetries,
        long timeWait, CongestionControlFactory congestionControl, RecoveryAlgorithm recovery,
        boolean limitedTransmit, int dupAckThreshold, int ttl) {

    /** Validates ranges. */
    public TcpConfig {
        if (maxSegmentSize < 0 || maxSegmentSize > 0xFFFF) {
            throw new IllegalArgumentException("maxSegmentSize out of range: " + maxSegmentSize);
        }
        positive("receiveBuffer", receiveBuffer);
        positive("initialCwndSegments", initialCwndSegments);
        positive("delayedAckCount", delayedAckCount);
        positive("initialRto", initialRto);
        positive("minRto", minRto);
        positive("dupAckThreshold", dupAckThreshold);
        if (maxRto < minRto || delayedAckTimeout < 0 || clockGranularity < 0 || timeWait < 0
                || synRetries < 0 || dataRetries < 0 || ttl < 1 || ttl > 255) {
            throw new IllegalArgumentException("inconsistent TCP configuration: " + this);
        }
        Objects.requireNonNull(congestionControl, "congestionControl");
        Objects.requireNonNull(recovery, "recovery");
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }

    /** Linux-like defaults with ns-3's delayed ACK, NewReno and PRR; see the class notes. */
    public static TcpConfig defaults() {
        return new TcpConfig(0, true, true, true, 64L << 20, 10, 2, Time.millis(200), Time.SECOND,
                Time.millis(200), Time.seconds(120), Time.MILLISECOND, 6, 15, Time.seconds(60),
                CongestionControls.newReno(), RecoveryAlgorithm.PRR, true, 3, 64);
    }

    /** The settings of ns-3 3.37 used by the shared baseline (min RTO 1 s, SYN RTO 3 s, MSS 1448 + timestamps). */
    public static TcpConfig ns3() {
        return defaults().toBuilder().minRto(Time.SECOND).initialRto(Time.seconds(3)).build();
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Mutable builder for {@link TcpConfig}. */
    public static final class Builder {
        private int maxSegmentSize;
        private boolean sack;
        private boolean timestamps;
        private boolean windowScaling;
        private long receiveBuffer;
        private int initialCwndSegments;
        private int delayedAckCount;
        private long delayedAckTimeout;
        private long initialRto;
        private long minRto;
        private long maxRto;
        private long clockGranularity;
        private int synRetries;
        private int dataRetries;
        private long timeWait;
        private CongestionControlFactory congestionControl;
        private RecoveryAlgorithm recovery;
        private boolean limitedTransmit;
        private int dupAckThreshold;
        private int ttl;

        private Builder(TcpConfig c) {
            maxSegmentSize = c.maxSegmentSize;
            sack = c.sack;
            timestamps = c.timestamps;
            windowScaling = c.windowScaling;
            receiveBuffer = c.receiveBuffer;
            initialCwndSegments = c.initialCwndSegments;
            delayedAckCount = c.delayedAckCount;
            delayedAckTimeout = c.delayedAckTimeout;
            initialRto = c.initialRto;
            minRto = c.minRto;
            maxRto = c.maxRto;
            clockGranularity = c.clockGranularity;
            synRetries = c.synRetries;
            dataRetries = c.dataRetries;
            timeWait = c.timeWait;
            congestionControl = c.congestionControl;
            recovery = c.recovery;
            limitedTransmit = c.limitedTransmit;
            dupAckThreshold = c.dupAckThreshold;
            ttl = c.ttl;
        }

        public Builder maxSegmentSize(int v) { maxSegmentSize = v; return this; }
        public Builder sack(boolean v) { sack = v; return this; }
        public Builder timestamps(boolean v) { timestamps = v; return this; }
        public Builder windowScaling(boolean v) { windowScaling = v; return this; }
        public Builder receiveBuffer(long v) { receiveBuffer = v; return this; }
        public Builder initialCwndSegments(int v) { initialCwndSegments = v; return this; }
        public Builder delayedAckCount(int v) { delayedAckCount = v; return this; }
        public Builder delayedAckTimeout(long v) { delayedAckTimeout = v; return this; }
        public Builder initialRto(long v) { initialRto = v; return this; }
        public Builder minRto(long v) { minRto = v; return this; }
        public Builder maxRto(long v) { maxRto = v; return this; }
        public Builder clockGranularity(long v) { clockGranularity = v; return this; }
        public Builder synRetries(int v) { synRetries = v; return this; }
        public Builder dataRetries(int v) { dataRetries = v; return this; }
        public Builder timeWait(long v) { timeWait = v; return this; }
        public Builder congestionControl(CongestionControlFactory v) { congestionControl = v; return this; }
        public Builder recovery(RecoveryAlgorithm v) { recovery = v; return this; }
        public Builder limitedTransmit(boolean v) { limitedTransmit = v; return this; }
        public Builder dupAckThreshold(int v) { dupAckThreshold = v; return this; }
        public Builder ttl(int v) { ttl = v; return this; }

        /** The validated configuration. */
        public TcpConfig build() {
            return new TcpConfig(maxSegmentSize, sack, timestamps, windowScaling, receiveBuffer, initialCwndSegments,
                    delayedAckCount, delayedAckTimeout, initialRto, minRto, maxRto, clockGranularity, synRetries,
                    dataRetries, timeWait, congestionControl, recovery, limitedTransmit, dupAckThreshold, ttl);
        }
    }
}
