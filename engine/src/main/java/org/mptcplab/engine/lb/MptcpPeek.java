package org.mptcplab.engine.lb;

import java.util.OptionalInt;
import java.util.OptionalLong;
import org.mptcplab.engine.wire.MpCapableAck;
import org.mptcplab.engine.wire.MpCapableAckData;
import org.mptcplab.engine.wire.MpCapableSynAck;
import org.mptcplab.engine.wire.MpJoinSyn;
import org.mptcplab.engine.wire.MptcpOption;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.TcpFlags;
import org.mptcplab.engine.wire.TcpOption;

/**
 * The few MPTCP fields a middlebox reads from a packet without keeping any connection state
 * (RFC 8684 §3.1 for MP_CAPABLE, §3.2 for MP_JOIN). Used by the MPTCP-aware balancer modes and by
 * firewall rules; never by the stacks, which decode their own options.
 */
public final class MptcpPeek {
    private MptcpPeek() {}

    /** The receiver's token of an MP_JOIN SYN (SYN without ACK); empty for any other packet. */
    public static OptionalInt joinToken(Packet packet) {
        if (!TcpFlags.isSynOnly(packet.tcp().flags())) {
            return OptionalInt.empty();
        }
        for (TcpOption o : packet.tcp().options()) {
            if (o instanceof MpJoinSyn join) {
                return OptionalInt.of(join.receiverToken());
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The key of the receiver of a client-to-server MP_CAPABLE ACK (third ACK, or first data
     * segment): the server's key, which both of those forms echo back in v1.
     */
    public static OptionalLong receiverKey(Packet packet) {
        for (TcpOption o : packet.tcp().options()) {
            if (o instanceof MpCapableAck ack) {
                return OptionalLong.of(ack.receiverKey());
            }
            if (o instanceof MpCapableAckData data) {
                return OptionalLong.of(data.receiverKey());
            }
        }
        return OptionalLong.empty();
    }

    /** The sender's key in the MP_CAPABLE of a SYN/ACK (the server's key); empty otherwise. */
    public static OptionalLong synAckKey(Packet packet) {
        if (!TcpFlags.isSynAck(packet.tcp().flags())) {
            return OptionalLong.empty();
        }
        for (TcpOption o : packet.tcp().options()) {
            if (o instanceof MpCapableSynAck synAck) {
                return OptionalLong.of(synAck.key());
            }
        }
        return OptionalLong.empty();
    }

    /** True when the packet carries an MPTCP option of {@code subtype} (RFC 8684 §3, 0..15). */
    public static boolean hasSubtype(Packet packet, int subtype) {
        for (TcpOption o : packet.tcp().options()) {
            if (o instanceof MptcpOption m && m.subtype() == subtype) {
                return true;
            }
        }
        return false;
    }
}
