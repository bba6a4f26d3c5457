package org.mptcplab.engine.lb;

import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.Packet;

/**
 * The classic stateless L4 balancer: {@code backend = selector(hash(fields))} for every packet. All
 * packets of one TCP connection share a 5-tuple and so a backend; an MP_JOIN opens a new 5-tuple and
 * lands wherever its hash says, which is the problem the product teaches.
 */
public final class HashDispatch implements Dispatch {

    @Override
    public String name() {
        return "hash";
    }

    @Override
    public Outcome decide(Packet packet, FiveTuple tuple, Balancing balancing, boolean explain) {
        return balancing.hashed(tuple, explain);
    }
}
