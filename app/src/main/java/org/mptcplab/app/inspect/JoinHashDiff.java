package org.mptcplab.app.inspect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.MpJoinSyn;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpOption;

/**
 * What changed between the hash decision on an MP_JOIN SYN and the decision on its connection's
 * initial subflow: the 5-tuple fields that differ, the two hash values and the two backends. This is
 * the whole failure of MPTCP behind a stateless L4 load balancer in one line (PROTOCOL.md §1).
 *
 * @param initial the decision on the initial subflow's first packet at the same node (or the nearest
 *                node that hashed it)
 * @param join    the decision on the MP_JOIN SYN
 * @param changed the fields that differ, each as "sport 37755 (was 41865)", in tuple order
 */
public record JoinHashDiff(HashDecision initial, HashDecision join, List<String> changed) {
    private static final List<String> NAMES = List.of("src", "dst", "sport", "dport", "proto");
    private static final List<Function<FiveTuple, Object>> FIELDS = List.of(FiveTuple::src, FiveTuple::dst,
            FiveTuple::srcPort, FiveTuple::dstPort, FiveTuple::protocol);

    public JoinHashDiff {
        changed = List.copyOf(changed);
    }

    /**
     * The diff for {@code join} when it hashed an MP_JOIN SYN whose connection's initial subflow was
     * hashed earlier in {@code traceUpToCursor}; empty otherwise (see {@link #describe} for why).
     */
    public static Optional<JoinHashDiff> of(HashDecision join, List<TraceEvent> traceUpToCursor) {
        return joinSyn(join, traceUpToCursor).flatMap(syn -> initialDecision(join, syn, traceUpToCursor))
                .map(initial -> new JoinHashDiff(initial, join, changes(initial, join)));
    }

    /**
     * The inspector's line for {@code decision}: the diff, or why there is none; empty when the decision
     * is not about an MP_JOIN SYN.
     */
    public static Optional<String> describe(HashDecision decision, List<TraceEvent> traceUpToCursor) {
        if (joinSyn(decision, traceUpToCursor).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(of(decision, traceUpToCursor).map(JoinHashDiff::summary).orElse(
                "no earlier hash decision on this connection's initial subflow (its token matches no MP_CAPABLE "
                        + "key seen so far, or the initial subflow was not hashed here)"));
    }

    /** E.g. "src 198.51.100.1 (was 192.0.2.1), sport 37755 (was 41865) -> hash 0x.. (was 0x..) -> s1 (was s2)". */
    public String summary() {
        String fields = changed.isEmpty() ? "same 5-tuple as the initial subflow" : String.join(", ", changed);
        String hash = join.hash() == initial.hash() ? "hash 0x" + Long.toHexString(join.hash()) + " (unchanged)"
                : "hash 0x" + Long.toHexString(join.hash()) + " (was 0x" + Long.toHexString(initial.hash()) + ")";
        String backend = join.chosen().equals(initial.chosen())
                ? join.chosen() + " (same as the initial subflow: the JOIN reaches its connection)"
                : join.chosen() + " (was " + initial.chosen() + ": that server does not know the token and "
                        + "answers RST)";
        return fields + " -> " + hash + " -> " + backend;
    }

    private static List<String> changes(HashDecision initial, HashDecision join) {
        List<String> hashed = Arrays.asList(join.fields().split(","));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            Object now = FIELDS.get(i).apply(join.tuple());
            Object was = FIELDS.get(i).apply(initial.tuple());
            if (!now.equals(was)) {
                // A field the function ignores cannot move the flow: say so rather than let it look guilty.
                out.add(NAMES.get(i) + " " + now + " (was " + was + ")"
                        + (hashed.contains(NAMES.get(i)) ? "" : " [not hashed]"));
            }
        }
        return out;
    }

    private static Optional<MpJoinSyn> joinSyn(HashDecision d, List<TraceEvent> trace) {
        Packet packet = d.packet();
        for (int i = trace.size() - 1; packet == null && i >= 0; i--) {
            if (trace.get(i) instanceof PacketEvent p && FiveTuple.of(p.packet()).equals(d.tuple())) {
                packet = p.packet();
            }
        }
        if (packet == null) {
            return Optional.empty();
        }
        for (TcpOption o : packet.tcp().options()) {
            if (o instanceof MpJoinSyn syn) {
                return Optional.of(syn);
            }
        }
        return Optional.empty();
    }

    private static Optional<HashDecision> initialDecision(HashDecision join, MpJoinSyn syn, List<TraceEvent> trace) {
        KeyLedger ledger = KeyLedger.of(trace);
        Optional<FiveTuple> initial = ledger.keyForToken(syn.receiverToken()).flatMap(s -> ledger.initialTuple(s.key()));
        if (initial.isEmpty()) {
            return Optional.empty();
        }
        HashDecision elsewhere = null;
        for (TraceEvent e : trace) {
            if (e instanceof HashDecision d && d != join && onTuple(d, initial.get())) {
                if (d.node().equals(join.node())) {
                    return Optional.of(d);
                }
                if (elsewhere == null) {
                    elsewhere = d;
                }
            }
        }
        return Optional.ofNullable(elsewhere);
    }

    private static boolean onTuple(HashDecision d, FiveTuple tuple) {
        return d.tuple().equals(tuple) || d.tuple().equals(tuple.reversed());
    }
}
