package org.mptcplab.lessons.play;

import org.mptcplab.engine.trace.AddAddrEvent;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.trace.PacketEvent;
import org.mptcplab.engine.trace.SubflowEvent;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.wire.AddAddr;
import org.mptcplab.engine.wire.MpJoinSyn;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpFlags;
import org.mptcplab.engine.wire.TcpOption;
import org.mptcplab.lessons.model.PointKind;

/** Which trace events a lesson can stop at or ask about; data segments are not kept. */
final class Notable {
    private Notable() {
    }

    /** Whether the recording keeps {@code e}: handshakes, RSTs, ADD_ADDRs, drops, decisions, subflows. */
    static boolean keep(TraceEvent e) {
        if (e instanceof PacketEvent p) {
            Packet pk = p.packet();
            return p.kind() == PacketEvent.Kind.DROPPED || pk.hasFlag(TcpFlags.SYN) || pk.hasFlag(TcpFlags.RST)
                    || option(pk, AddAddr.class) != null;
        }
        return e instanceof HashDecision || e instanceof SubflowEvent || e instanceof AddAddrEvent;
    }

    /** Whether {@code e} counts as an event of {@code kind}. */
    static boolean is(PointKind kind, TraceEvent e) {
        if (kind == PointKind.HASH_DECISION) {
            return e instanceof HashDecision;
        }
        if (!(e instanceof PacketEvent p)) {
            return false;
        }
        Packet pk = p.packet();
        boolean sent = p.kind() == PacketEvent.Kind.SENT;
        return switch (kind) {
            case SYN -> sent && TcpFlags.isSynOnly(pk.tcp().flags()) && option(pk, MpJoinSyn.class) == null;
            case MP_JOIN -> sent && isJoinSyn(pk);
            case ADD_ADDR -> sent && option(pk, AddAddr.class) != null && !option(pk, AddAddr.class).echo();
            case RST -> sent && pk.hasFlag(TcpFlags.RST);
            case DROP -> p.kind() == PacketEvent.Kind.DROPPED;
            case HASH_DECISION -> false;
        };
    }

    static boolean isJoinSyn(Packet pk) {
        return TcpFlags.isSynOnly(pk.tcp().flags()) && option(pk, MpJoinSyn.class) != null;
    }

    /** The first option of {@code type} in {@code p}, or null. */
    static <T extends TcpOption> T option(Packet p, Class<T> type) {
        return p.tcp().find(type).orElse(null);
    }
}
