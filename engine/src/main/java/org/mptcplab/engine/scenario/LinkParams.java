package org.mptcplab.engine.scenario;

import org.mptcplab.engine.net.LinkConfig;

/**
 * One direction of a link as a scenario describes it; {@link #toConfig()} gives the engine's
 * {@link LinkConfig}, which documents the queueing model.
 *
 * @param rate         bit/s, positive
 * @param delay        one-way propagation delay, ns, not negative
 * @param loss         independent loss probability in [0, 1]
 * @param queuePackets drop-tail limit in packets, 0 = none
 * @param queueBytes   drop-tail limit in bytes, 0 = none
 * @param framing      link-layer bytes per packet counted in the serialisation time
 */
public record LinkParams(long rate, long delay, double loss, int queuePackets, long queueBytes, int framing) {
    /** Defaults for fields a file leaves out: no loss, ns-3's 100-packet queue, no framing. */
    public static LinkParams of(long rate, long delay) {
        return new LinkParams(rate, delay, 0.0, LinkConfig.DEFAULT_QUEUE_PACKETS, 0, 0);
    }

    /** The engine's link configuration (which validates every range). */
    public LinkConfig toConfig() {
        return new LinkConfig(rate, delay, loss, queuePackets, queueBytes, framing);
    }
}
