package org.mptcplab.lessons.play;

import java.util.List;
import java.util.Optional;
import org.mptcplab.engine.crypto.MptcpCrypto;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.SubflowEvent;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.wire.AddAddr;
import org.mptcplab.engine.wire.FiveTuple;
import org.mptcplab.engine.wire.MpCapableFlags;
import org.mptcplab.engine.wire.MpCapableSynAck;
import org.mptcplab.engine.wire.MpJoinSyn;
import org.mptcplab.engine.wire.MpJoinSynAck;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpFlags;
import org.mptcplab.lessons.model.PointKind;
import org.mptcplab.lessons.model.Query;

/**
 * Computes a question's answer from a {@link Recording}. Empty means "not computable at this point"
 * (e.g. no JOIN follows), which the checker reports as an error in the lesson.
 */
final class QueryEvaluator {
    private QueryEvaluator() {
    }

    static Optional<String> evaluate(Query q, Recording r) {
        return switch (q) {
            case BACKEND_OF_NEXT_JOIN -> nextJoin(r).flatMap(j -> receiverOf(r, j));
            case BACKEND_OF_CONNECTION -> firstSent(r.events, PointKind.SYN).flatMap(s -> receiverOf(r, s.packet()));
            case TOKEN_LOOKED_UP_BY_SERVER -> nextJoin(r).map(j -> String.format("%08x",
                    Notable.option(j, MpJoinSyn.class).receiverToken()));
            case HASH_OF_JOIN -> nextJoin(r).flatMap(j -> r.events.stream().filter(HashDecision.class::isInstance)
                    .map(HashDecision.class::cast).filter(d -> d.packet() != null && sameJoin(d.packet(), j))
                    .findFirst().map(d -> String.format("0x%08x", d.hash())));
            case JOIN_OUTCOME -> nextJoin(r).flatMap(j -> joinOutcome(r, j));
            case SUBFLOWS_ESTABLISHED -> Optional.of(String.valueOf(r.upToCursor().stream()
                    .filter(e -> e instanceof SubflowEvent s && s.node().equals(r.client)
                            && s.action() == SubflowEvent.Action.ESTABLISHED).count()));
            case RST_COUNT -> Optional.of(String.valueOf(count(r.upToCursor(), PointKind.RST)));
            case ADD_ADDR_TRANSMISSIONS -> Optional.of(String.valueOf(count(r.upToCursor(), PointKind.ADD_ADDR)));
            case C_FLAG_SET -> serverSynAck(r).map(o -> MpCapableFlags.has(o.flags(), MpCapableFlags.NO_JOIN_TO_SOURCE)
                    ? "yes" : "no");
            case SERVER_IDSN -> serverSynAck(r).map(o -> String.format("%016x", MptcpCrypto.idsn(o.key())));
            case JOIN_SYNACK_HMAC -> nextJoin(r).flatMap(j -> r.events.stream()
                    .filter(e -> e instanceof PacketEvent p && p.kind() == PacketEvent.Kind.SENT
                            && TcpFlags.isSynAck(p.packet().tcp().flags()) && p.packet().dstPort() == j.srcPort()
                            && Notable.option(p.packet(), MpJoinSynAck.class) != null)
                    .findFirst().map(e -> String.format("%016x",
                            Notable.option(((PacketEvent) e).packet(), MpJoinSynAck.class).truncatedHmac())));
            case ADD_ADDR_ADDRESS -> firstSent(r.events, PointKind.ADD_ADDR)
                    .map(p -> Notable.option(p.packet(), AddAddr.class).address().toString());
        };
    }

    /** The JOIN SYN at or after the cursor: the cursor's own packet when it is one. */
    static Optional<Packet> nextJoin(Recording r) {
        for (TraceEvent e : r.fromCursor()) {
            Packet p = packetOf(e);
            if (p != null && Notable.isJoinSyn(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    static Packet packetOf(TraceEvent e) {
        if (e instanceof PacketEvent p) {
            return p.packet();
        }
        return e instanceof HashDecision d ? d.packet() : null;
    }

    /** The host other than the sender that received {@code sent}: same source, port and ISN survive NAT. */
    private static Optional<String> receiverOf(Recording r, Packet sent) {
        return r.events.stream().filter(e -> e instanceof PacketEvent p && p.kind() == PacketEvent.Kind.RECEIVED
                && sameSegment(p.packet(), sent)).map(TraceEvent::node).findFirst();
    }

    private static boolean sameSegment(Packet a, Packet b) {
        return a.src().equals(b.src()) && a.srcPort() == b.srcPort() && a.tcp().seq() == b.tcp().seq()
                && a.tcp().flags() == b.tcp().flags();
    }

    private static boolean sameJoin(Packet p, Packet join) {
        return Notable.isJoinSyn(p) && sameSegment(p, join);
    }

    private static Optional<String> joinOutcome(Recording r, Packet join) {
        FiveTuple flow = FiveTuple.of(join);
        for (TraceEvent e : r.events) {
            if (e instanceof SubflowEvent s && s.node().equals(r.client) && s.flow().equals(flow)) {
                if (s.action() == SubflowEvent.Action.ESTABLISHED) {
                    return Optional.of("established");
                }
                if (s.action() == SubflowEvent.Action.REFUSED || s.action() == SubflowEvent.Action.CLOSED) {
                    return Optional.of("refused");
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<MpCapableSynAck> serverSynAck(Recording r) {
        return r.events.stream().filter(e -> e instanceof PacketEvent p && p.kind() == PacketEvent.Kind.SENT)
                .map(e -> Notable.option(((PacketEvent) e).packet(), MpCapableSynAck.class))
                .filter(o -> o != null).findFirst();
    }

    private static Optional<PacketEvent> firstSent(List<TraceEvent> events, PointKind kind) {
        return events.stream().filter(e -> Notable.is(kind, e)).map(PacketEvent.class::cast).findFirst();
    }

    private static long count(List<TraceEvent> events, PointKind kind) {
        return events.stream().filter(e -> Notable.is(kind, e)).count();
    }
}
