package org.mptcplab.engine.mptcp;

import java.util.function.UnaryOperator;
import org.mptcplab.engine.net.NetInterface;
import org.mptcplab.engine.net.Network;
import org.mptcplab.engine.net.Router;
import org.mptcplab.engine.sim.RandomStream;
import org.mptcplab.engine.wire.Packet;

/**
 * A router for tests that misbehaves on purpose: it may rewrite packets (strip or corrupt options;
 * returning null drops the packet), hold some back for a random extra delay (reordering), and
 * forward some twice (duplication). Kept in test code: {@code net} has no such feature.
 */
final class Middlebox extends Router {
    private final RandomStream random;
    UnaryOperator<Packet> rewrite = UnaryOperator.identity();
    double reorderProbability;
    long maxExtraDelay;
    double duplicateProbability;
    long rewritten;

    Middlebox(Network network, String name) {
        super(network, name);
        this.random = network.simulator().random().stream("middlebox:" + name);
    }

    @Override
    protected void receive(Packet packet, NetInterface in) {
        Packet out = rewrite.apply(packet);
        if (out == null) {
            return;
        }
        if (!out.equals(packet)) {
            rewritten++;
        }
        if (reorderProbability > 0 && random.bernoulli(reorderProbability)) {
            long delay = 1 + (long) (random.nextDouble() * maxExtraDelay);
            simulator().schedule(delay, () -> forward(out, in));
        } else {
            forward(out, in);
        }
        if (duplicateProbability > 0 && random.bernoulli(duplicateProbability)) {
            simulator().schedule(1 + (long) (random.nextDouble() * Math.max(1, maxExtraDelay)), () -> forward(out, in));
        }
    }
}
