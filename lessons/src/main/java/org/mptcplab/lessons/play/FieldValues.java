package org.mptcplab.lessons.play;

import java.util.Optional;
import org.mptcplab.engine.trace.HashDecision;
import org.mptcplab.engine.trace.TraceEvent;
import org.mptcplab.engine.wire.AddAddr;
import org.mptcplab.engine.wire.MpCapableAck;
import org.mptcplab.engine.wire.MpCapableFlags;
import org.mptcplab.engine.wire.MpCapableSyn;
import org.mptcplab.engine.wire.MpCapableSynAck;
import org.mptcplab.engine.wire.MpJoinSyn;
import org.mptcplab.engine.wire.MpJoinSynAck;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpFlags;
import org.mptcplab.lessons.model.PacketField;

/** The value of a highlighted field in the cursor event; empty when the event has no such field. */
final class FieldValues {
    private FieldValues() {
    }

    static Optional<String> of(PacketField f, TraceEvent e) {
        if (e instanceof HashDecision d && f.word().startsWith("hash.")) {
            return Optional.of(switch (f) {
                case HASH_INPUT -> d.input();
                case HASH_VALUE -> String.format("0x%08x", d.hash());
                default -> d.chosen();
            });
        }
        Packet p = e == null ? null : QueryEvaluator.packetOf(e);
        if (p == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (f) {
            case IP_SRC -> p.src().toString();
            case IP_DST -> p.dst().toString();
            case TCP_SRC_PORT -> String.valueOf(p.srcPort());
            case TCP_DST_PORT -> String.valueOf(p.dstPort());
            case TCP_FLAGS -> TcpFlags.toString(p.tcp().flags());
            case MPTCP_KEY -> key(p);
            case MPTCP_C_FLAG -> cFlag(p);
            case MPTCP_TOKEN -> Notable.option(p, MpJoinSyn.class) == null ? null
                    : String.format("%08x", Notable.option(p, MpJoinSyn.class).receiverToken());
            case MPTCP_JOIN_HMAC -> Notable.option(p, MpJoinSynAck.class) == null ? null
                    : String.format("%016x", Notable.option(p, MpJoinSynAck.class).truncatedHmac());
            case ADD_ADDR_ADDRESS -> Notable.option(p, AddAddr.class) == null ? null
                    : Notable.option(p, AddAddr.class).address().toString();
            case ADD_ADDR_ECHO -> Notable.option(p, AddAddr.class) == null ? null
                    : String.valueOf(Notable.option(p, AddAddr.class).echo());
            case HASH_INPUT, HASH_VALUE, HASH_CHOSEN -> null;
        });
    }

    private static String key(Packet p) {
        MpCapableSynAck synAck = Notable.option(p, MpCapableSynAck.class);
        if (synAck != null) {
            return String.format("%016x", synAck.key());
        }
        MpCapableAck ack = Notable.option(p, MpCapableAck.class);
        return ack == null ? null : String.format("%016x", ack.senderKey());
    }

    private static String cFlag(Packet p) {
        MpCapableSynAck synAck = Notable.option(p, MpCapableSynAck.class);
        MpCapableSyn syn = Notable.option(p, MpCapableSyn.class);
        int flags = synAck != null ? synAck.flags() : syn != null ? syn.flags() : -1;
        return flags < 0 ? null : MpCapableFlags.has(flags, MpCapableFlags.NO_JOIN_TO_SOURCE) ? "1" : "0";
    }
}
