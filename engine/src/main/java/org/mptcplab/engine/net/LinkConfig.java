package org.mptcplab.engine.net;

/**
 * The physical properties of one direction of a point-to-point link.
 *
 * <p>A packet of {@code n} IP bytes occupies the line for {@code (n + framingBytes) * 8 / rate}
 * seconds (store-and-forward), then travels for {@code propagationDelayNanos}, then is lost with
 * probability {@code lossProbability}. Packets waiting for the line sit in a drop-tail queue bounded
 * by {@code queueLimitPackets} and {@code queueLimitBytes} (IP bytes; {@code 0} means "no limit of
 * this kind"); the packet being serialised does not count, as in ns-3's point-to-point device.
 *
 * @param rateBitsPerSecond      line rate, strictly positive
 * @param propagationDelayNanos  one-way propagation delay, {@code >= 0}
 * @param lossProbability        independent per-packet loss, in [0, 1]
 * @param queueLimitPackets      waiting packets allowed, {@code 0} = unlimited
 * @param queueLimitBytes        waiting IP bytes allowed, {@code 0} = unlimited
 * @param framingBytes           link-layer bytes added to the serialisation time only (2 for PPP, as ns-3 uses)
 */
public record LinkConfig(long rateBitsPerSecond, long propagationDelayNanos, double lossProbability,
        int queueLimitPackets, long queueLimitBytes, int framingBytes) {

    /** ns-3's default drop-tail queue size, in packets. */
    public static final int DEFAULT_QUEUE_PACKETS = 100;

    /** Validates every field; a zero rate would make serialisation last forever. */
    public LinkConfig {
        if (rateBitsPerSecond <= 0) {
            throw new IllegalArgumentException("link rate must be positive: " + rateBitsPerSecond + " bit/s");
        }
        if (propagationDelayNanos < 0) {
            throw new IllegalArgumentException("propagation delay must not be negative: " + propagationDelayNanos + " ns");
        }
        if (!(lossProbability >= 0 && lossProbability <= 1)) {
            throw new IllegalArgumentException("loss probability must be in [0, 1]: " + lossProbability);
        }
        if (queueLimitPackets < 0 || queueLimitBytes < 0) {
            throw new IllegalArgumentException("queue limits must not be negative: " + queueLimitPackets
                    + " packets, " + queueLimitBytes + " bytes");
        }
        if (framingBytes < 0) {
            throw new IllegalArgumentException("framing bytes must not be negative: " + framingBytes);
        }
    }

    /** A loss-free link with the default queue of {@value #DEFAULT_QUEUE_PACKETS} packets and no framing. */
    public static LinkConfig of(long rateBitsPerSecond, long propagationDelayNanos) {
        return new LinkConfig(rateBitsPerSecond, propagationDelayNanos, 0.0, DEFAULT_QUEUE_PACKETS, 0, 0);
    }

    /** The same link with another loss probability. */
    public LinkConfig withLoss(double probability) {
        return new LinkConfig(rateBitsPerSecond, propagationDelayNanos, probability, queueLimitPackets,
                queueLimitBytes, framingBytes);
    }

    /** The same link with another packet limit ({@code 0} = unlimited). */
    public LinkConfig withQueueLimitPackets(int packets) {
        return new LinkConfig(rateBitsPerSecond, propagationDelayNanos, lossProbability, packets, queueLimitBytes,
                framingBytes);
    }

    /** The same link with another byte limit ({@code 0} = unlimited). */
    public LinkConfig withQueueLimitBytes(long bytes) {
        return new LinkConfig(rateBitsPerSecond, propagationDelayNanos, lossProbability, queueLimitPackets, bytes,
                framingBytes);
    }

    /** The same link with another link-layer overhead per packet. */
    public LinkConfig withFramingBytes(int bytes) {
        return new LinkConfig(rateBitsPerSecond, propagationDelayNanos, lossProbability, queueLimitPackets,
                queueLimitBytes, bytes);
    }
}
