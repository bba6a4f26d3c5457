package org.mptcplab.engine.trace;

import java.util.List;
import org.mptcplab.engine.wire.FiveTuple;

/**
 * A load balancer or ECMP router picked a backend / next hop by hashing a packet's fields. Carries
 * everything a student needs to recompute the decision by hand.
 *
 * @param tuple     the 5-tuple as read from the packet
 * @param fields    which fields went into the hash, e.g. "src,dst,sport,dport,proto" or "src,dst"
 * @param function  hash function name, e.g. "crc32", "jenkins", "toeplitz"
 * @param input     the exact input bytes as hex, in order
 * @param hash      hash output (unsigned, in the low bits)
 * @param method    how the output became a choice, e.g. "mod 3", "maglev M=13", "hash-threshold"
 * @param slot      bucket or table slot (or -1 when not table-based)
 * @param candidates the backends / next hops in play, in table order
 * @param chosen    the one chosen
 * @param packet    the packet itself (null when not kept)
 */
public record HashDecision(long time, String node, FiveTuple tuple, String fields, String function, String input,
        long hash, String method, int slot, List<String> candidates, String chosen,
        org.mptcplab.engine.wire.Packet packet) implements TraceEvent {

    public HashDecision {
        candidates = List.copyOf(candidates);
    }

    @Override
    public <R> R accept(TraceVisitor<R> visitor) {
        return visitor.visitHashDecision(this);
    }
}
