package org.mptcplab.engine.net;

import org.mptcplab.engine.wire.IpHeader;

/**
 * Remembers the decremented IP headers a router made lately, so that packets sharing a header object
 * (every segment of a connection shares one, see {@code tcp.SegmentWriter}) share the forwarded one too.
 *
 * <p>Why: a new header per packet per hop was one of the largest allocations of a long run. Headers are
 * immutable values, so handing out an earlier, equal header changes nothing observable. Entries are
 * matched by identity and replaced round-robin: no hashing, so nothing depends on identity hash codes.
 */
final class HopLimitCache {
    private static final int SIZE = 8;

    private final IpHeader[] in = new IpHeader[SIZE];
    private final IpHeader[] out = new IpHeader[SIZE];
    private int next;

    /** {@code ip} with its hop limit one lower, reusing an earlier result for the same header object. */
    IpHeader decremented(IpHeader ip) {
        for (int i = 0; i < SIZE; i++) {
            if (in[i] == ip) {
                return out[i];
            }
        }
        IpHeader made = ip.withHopLimit(ip.hopLimit() - 1);
        in[next] = ip;
        out[next] = made;
        next = (next + 1) % SIZE;
        return made;
    }
}
