package org.mptcplab.app.inspect;

import org.mptcplab.engine.wire.AddAddr;
import org.mptcplab.engine.wire.Dss;
import org.mptcplab.engine.wire.MpCapableAck;
import org.mptcplab.engine.wire.MpCapableAckData;
import org.mptcplab.engine.wire.MpCapableSyn;
import org.mptcplab.engine.wire.MpCapableSynAck;
import org.mptcplab.engine.wire.MpFail;
import org.mptcplab.engine.wire.MpFastclose;
import org.mptcplab.engine.wire.MpJoinAck;
import org.mptcplab.engine.wire.MpJoinSyn;
import org.mptcplab.engine.wire.MpJoinSynAck;
import org.mptcplab.engine.wire.MpPrio;
import org.mptcplab.engine.wire.MpTcpRst;
import org.mptcplab.engine.wire.MptcpOption;
import org.mptcplab.engine.wire.RemoveAddr;

/** Names and one-sentence explanations of MPTCP options, each with its RFC 8684 section. */
final class OptionExplanations {
    private OptionExplanations() {}

    static String name(MptcpOption o) {
        if (o instanceof MpCapableSyn || o instanceof MpCapableSynAck || o instanceof MpCapableAck
                || o instanceof MpCapableAckData) {
            return "MP_CAPABLE";
        }
        if (o instanceof MpJoinSyn || o instanceof MpJoinSynAck || o instanceof MpJoinAck) {
            return "MP_JOIN";
        }
        if (o instanceof Dss) {
            return "DSS";
        }
        if (o instanceof AddAddr a) {
            return a.echo() ? "ADD_ADDR (echo)" : "ADD_ADDR";
        }
        if (o instanceof RemoveAddr) {
            return "REMOVE_ADDR";
        }
        if (o instanceof MpPrio) {
            return "MP_PRIO";
        }
        if (o instanceof MpFail) {
            return "MP_FAIL";
        }
        return o instanceof MpFastclose ? "MP_FASTCLOSE" : "MP_TCPRST";
    }

    static String explain(MptcpOption o) {
        if (o instanceof MpCapableSyn) {
            return "Offers Multipath TCP v1 on this connection (RFC 8684 §3.1).";
        }
        if (o instanceof MpCapableSynAck s) {
            return "Accepts MPTCP and carries the sender's key, from which its token and initial data sequence"
                    + " number derive; flag C forbids new subflows to this source address (RFC 8684 §3.1)."
                    + ((s.flags() & 0x20) != 0 ? " C is set here." : "");
        }
        if (o instanceof MpCapableAck || o instanceof MpCapableAckData) {
            return "Echoes both keys on the third ACK so a stateless server can rebuild the connection (RFC 8684 §3.1).";
        }
        if (o instanceof MpJoinSyn) {
            return "Asks to add a subflow to the connection named by the receiver's token, with a nonce for"
                    + " authentication (RFC 8684 §3.2).";
        }
        if (o instanceof MpJoinSynAck) {
            return "Answers a join with a truncated HMAC proving it knows both keys, plus its own nonce (RFC 8684 §3.2).";
        }
        if (o instanceof MpJoinAck) {
            return "Completes the join with the initiator's full HMAC (RFC 8684 §3.2).";
        }
        if (o instanceof Dss) {
            return "Maps subflow bytes to the connection-level data sequence and acknowledges data at connection"
                    + " level (RFC 8684 §3.3).";
        }
        if (o instanceof AddAddr a) {
            return a.echo() ? "Echoes a received ADD_ADDR so the sender stops retransmitting it (RFC 8684 §3.4.1)."
                    : "Advertises another address of the sender that the peer may open subflows to (RFC 8684 §3.4.1).";
        }
        if (o instanceof RemoveAddr) {
            return "Withdraws addresses so the peer closes subflows using them (RFC 8684 §3.4.2).";
        }
        if (o instanceof MpPrio) {
            return "Changes whether this subflow is a backup that carries data only when others fail (RFC 8684 §3.3.8).";
        }
        if (o instanceof MpFail) {
            return "Reports a checksum failure and falls back to regular TCP from the given DSN (RFC 8684 §3.7).";
        }
        if (o instanceof MpFastclose) {
            return "Closes the whole MPTCP connection abruptly, proven by the receiver's key (RFC 8684 §3.5).";
        }
        return o instanceof MpTcpRst ? "Gives the reason for resetting this subflow (RFC 8684 §3.6)." : "";
    }
}
