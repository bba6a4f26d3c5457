package org.mptcplab.engine.mptcp;

import java.util.Arrays;
import org.mptcplab.engine.wire.AddAddr;
import org.mptcplab.engine.wire.Dss;
import org.mptcplab.engine.wire.MpCapableAck;
import org.mptcplab.engine.wire.MpCapableAckData;
import org.mptcplab.engine.wire.MpCapableSyn;
import org.mptcplab.engine.wire.MpCapableSynAck;
import org.mptcplab.engine.wire.MpFastclose;
import org.mptcplab.engine.wire.MpJoinAck;
import org.mptcplab.engine.wire.MpJoinSynAck;
import org.mptcplab.engine.wire.MpPrio;
import org.mptcplab.engine.wire.MpTcpRst;
import org.mptcplab.engine.wire.MptcpConstants;
import org.mptcplab.engine.wire.MptcpOption;
import org.mptcplab.engine.wire.Packet;
import org.mptcplab.engine.wire.RemoveAddr;
import org.mptcplab.engine.wire.TcpFlags;
import org.mptcplab.engine.wire.TcpHeader;
import org.mptcplab.engine.wire.TcpOption;
import org.mptcplab.engine.tcp.TcpState;
import org.mptcplab.engine.trace.SubflowEvent.Action;

/**
 * What a subflow does with the MPTCP options of each segment it receives, before TCP processes the
 * segment: handshake checks (MP_CAPABLE keys, MP_JOIN HMACs, RFC 8684 §3.1-3.2), fallback when
 * MP_CAPABLE is missing, DSS mappings, data ACKs and DATA_FIN (§3.3), address signals (§3.4),
 * MP_PRIO (§3.3.8), MP_TCPRST (§3.6) and MP_FASTCLOSE (§3.5).
 */
final class IncomingOptions {
    private final Subflow s;
    private final DssReceiver dss;

    IncomingOptions(Subflow subflow) {
        this.s = subflow;
        this.dss = new DssReceiver(subflow);
    }

    /** Returns false to drop the segment (after refusing the subflow). */
    boolean process(Packet p) {
        TcpHeader h = p.tcp();
        MptcpConnection c = s.conn;
        if (h.hasFlag(TcpFlags.RST)) {
            onReset(h);
            return true;
        }
        if (h.hasFlag(TcpFlags.SYN)) {
            return h.hasFlag(TcpFlags.ACK) ? synAck(h) : syn(h);
        }
        TcpState state = s.tcp.state();
        if (state == TcpState.SYN_SENT) {
            // Only a SYN/ACK is acceptable here (RFC 9293 §3.10.7.3); TCP answers anything else with RST.
            // Its options belong to an older incarnation of the 5-tuple and nothing is negotiated yet.
            return true;
        }
        if (c.isFallback() || !h.hasFlag(TcpFlags.ACK)) {
            return true;
        }
        if (state == TcpState.SYN_RECEIVED && !(s.initial ? capableThirdAck(p) : joinThirdAck(h))) {
            return false;
        }
        if (c.isFallback()) {
            return true;
        }
        if (!s.fullyEstablished && s.active && state == TcpState.ESTABLISHED) {
            if (!s.initial || h.find(Dss.class).isPresent()) {
                // Client: a DSS from the server confirms the keys arrived; A: any ACK after the third is the 4th.
                s.becomeFullyEstablished();
            } else if (h.options().stream().noneMatch(o -> o instanceof MptcpOption)) {
                // The server fell back (it missed MP_CAPABLE on the third ACK and first data): follow it.
                c.events().fallback(s, "server sends without MPTCP options");
                return true;
            }
        }
        for (TcpOption o : h.options()) {
            if (o instanceof Dss d) {
                dss.onDss(d, p);
            } else if (o instanceof MpCapableAckData m && s.initial && !s.active) {
                dss.implicitMapping(m, p);
            }
        }
        signals(h);
        return true;
    }

    private void signals(TcpHeader h) {
        for (TcpOption o : h.options()) {
            if (o instanceof AddAddr a) {
                s.conn.signalling().onAddAddr(s, a);
            } else if (o instanceof RemoveAddr r) {
                s.conn.signalling().onRemoveAddr(r);
            } else if (o instanceof MpPrio m && m.backup() != s.peerBackup) {
                s.peerBackup = m.backup();
                s.conn.trace().subflow(s.conn.token(), s.tcp.flow(), Action.PRIORITY_CHANGED,
                        (m.backup() ? "backup" : "regular") + " (MP_PRIO received)");
                s.conn.kick();
            } else if (o instanceof MpJoinAck && !s.active && s.tcp.state() != TcpState.SYN_RECEIVED) {
                // A repeats its third ACK: our 4th ACK was lost.
                s.requestAck();
            }
        }
    }

    private void onReset(TcpHeader h) {
        for (TcpOption o : h.options()) {
            if (o instanceof MpTcpRst r) {
                s.rstDetail = " (MP_TCPRST reason " + r.reason() + ": " + reasonText(r.reason()) + ")";
            } else if (o instanceof MpFastclose f) {
                s.conn.events().onFastclose(f.receiverKey());
            }
        }
    }

    /** Passive open: the client's MP_CAPABLE flags (the JOIN fields were read by the stack). */
    private boolean syn(TcpHeader h) {
        h.find(MpCapableSyn.class).ifPresent(m -> s.conn.keys().onPeerCapable(m.flags(), s.conn.isPassive()));
        return true;
    }

    private boolean synAck(TcpHeader h) {
        if (s.initial) {
            MpCapableSynAck m = h.find(MpCapableSynAck.class).orElse(null);
            if (m == null) {
                s.conn.events().fallback(s, "SYN/ACK without MP_CAPABLE");
            } else {
                s.conn.keys().onPeerCapable(m.flags(), s.conn.isPassive());
                s.conn.keys().setRemoteKey(m.key());
            }
            return true;
        }
        MpJoinSynAck j = h.find(MpJoinSynAck.class).orElse(null);
        if (j == null) {
            s.refuse("SYN/ACK without MP_JOIN");
            return false;
        }
        if (j.truncatedHmac() != s.conn.keys().expectedSynAckHmac(j.senderNonce(), s.localNonce)) {
            s.refuse("bad HMAC in MP_JOIN SYN/ACK");
            return false;
        }
        s.remoteNonce = j.senderNonce();
        s.peerBackup = j.backup();
        s.remoteId = j.addressId();
        return true;
    }

    private boolean capableThirdAck(Packet p) {
        TcpHeader h = p.tcp();
        long senderKey;
        long receiverKey;
        int flags;
        MpCapableAck ack = h.find(MpCapableAck.class).orElse(null);
        MpCapableAckData data = h.find(MpCapableAckData.class).orElse(null);
        if (ack != null) {
            senderKey = ack.senderKey();
            receiverKey = ack.receiverKey();
            flags = ack.flags();
        } else if (data != null) {
            senderKey = data.senderKey();
            receiverKey = data.receiverKey();
            flags = data.flags();
        } else {
            s.conn.events().fallback(s, "third ACK without MP_CAPABLE");
            return true;
        }
        if (receiverKey != s.conn.localKey().key()) {
            s.refuse("MP_CAPABLE ACK echoes a wrong key");
            return false;
        }
        s.conn.keys().onPeerCapable(flags, s.conn.isPassive());
        s.conn.keys().setRemoteKey(senderKey);
        s.becomeFullyEstablished();
        return true;
    }

    private boolean joinThirdAck(TcpHeader h) {
        MpJoinAck j = h.find(MpJoinAck.class).orElse(null);
        if (j == null) {
            s.refuse("MP_JOIN third ACK without HMAC");
            return false;
        }
        if (!Arrays.equals(j.hmac(), s.conn.keys().expectedJoinAckHmac(s.remoteNonce, s.localNonce))) {
            s.refuse("bad HMAC in MP_JOIN ACK");
            return false;
        }
        s.becomeFullyEstablished();
        return true;
    }

    /** RFC 8684 §3.6 reason names. */
    static String reasonText(int reason) {
        return switch (reason) {
            case MptcpConstants.RST_UNSPECIFIED -> "unspecified error";
            case MptcpConstants.RST_MPTCP_ERROR -> "MPTCP-specific error";
            case MptcpConstants.RST_LACK_OF_RESOURCES -> "lack of resources";
            case MptcpConstants.RST_ADMIN_PROHIBITED -> "administratively prohibited";
            case MptcpConstants.RST_TOO_MUCH_OUTSTANDING -> "too much outstanding data";
            case MptcpConstants.RST_UNACCEPTABLE_PERFORMANCE -> "unacceptable performance";
            case MptcpConstants.RST_MIDDLEBOX_INTERFERENCE -> "middlebox interference";
            default -> "unknown";
        };
    }
}
