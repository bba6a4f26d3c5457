package org.mptcplab.engine.lb;

import java.util.List;
import java.util.Objects;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.Packet;

/**
 * One load-balancing or ECMP decision with every field of {@link HashDecision} except those only the
 * forwarding node knows (time, node name, packet). Pure value: computing it has no side effect.
 *
 * @param tuple      the packet's 5-tuple
 * @param fields     which fields were used, e.g. "src,dst,sport,dport,proto", "dport" or "token"
 * @param function   hash function name, or the table consulted ("port-map", "token-table")
 * @param input      the exact input as hex ({@link HashInput#hex(FiveTuple)} for hashes)
 * @param hash       hash output (unsigned 32 bits), or the key looked up for table methods
 * @param method     how the value became a choice, e.g. "mod 3", "maglev M=13", "hash-threshold"
 * @param slot       table slot or bucket, -1 when not table-based
 * @param candidates the backends in play, in table order
 * @param chosen     the backend chosen
 */
public record LbDecision(FiveTuple tuple, String fields, String function, String input, long hash,
        String method, int slot, List<String> candidates, String chosen) {

    public LbDecision {
        Objects.requireNonNull(tuple, "tuple");
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(chosen, "chosen");
        candidates = List.copyOf(candidates);
    }

    /** The trace event for this decision, taken at {@code time} by {@code node} ({@code packet} may be null). */
    public HashDecision toEvent(long time, String node, Packet packet) {
        return new HashDecision(time, node, tuple, fields, function, input, hash, method, slot, candidates, chosen,
                packet);
    }
}
