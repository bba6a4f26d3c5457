package org.mptcplab.engine.wire;

/**
 * An MPTCP v1 option (TCP kind 30, RFC 8684 §3): kind, length, then a 4-bit subtype. One record per
 * wire form; MP_CAPABLE and MP_JOIN have one record per handshake segment because their length
 * depends on it. Wireshark: {@code tcp.options.mptcp.subtype}.
 */
public sealed interface MptcpOption extends TcpOption permits MpCapableSyn, MpCapableSynAck, MpCapableAck,
        MpCapableAckData, MpJoinSyn, MpJoinSynAck, MpJoinAck, Dss, AddAddr, RemoveAddr, MpPrio, MpFail,
        MpFastclose, MpTcpRst {

    /** Subtype, 0..8 ({@code MptcpConstants.SUBTYPE_*}). */
    int subtype();

    @Override
    default int kind() {
        return TcpConstants.KIND_MPTCP;
    }
}
