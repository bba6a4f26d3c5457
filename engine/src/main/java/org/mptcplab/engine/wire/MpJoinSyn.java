package org.mptcplab.engine.wire;

/**
 * MP_JOIN on a SYN (RFC 8684 §3.2, length 12): {@code 1e 0c (10|B) id | receiver's token (4) |
 * sender's random (4)}. Wireshark: {@code tcp.options.mptcp.backup.flag},
 * {@code tcp.options.mptcp.addrid}, {@code tcp.options.mptcp.recvtok},
 * {@code tcp.options.mptcp.sendrand}.
 *
 * @param backup flag B
 * @param addressId 0..255
 * @param receiverToken token of the connection being joined
 * @param senderNonce R-A
 */
public record MpJoinSyn(boolean backup, int addressId, int receiverToken, int senderNonce) implements MptcpOption {
    /** Validates field ranges. */
    public MpJoinSyn {
        Check.range("addressId", addressId, 0, 0xFF);
    }

    @Override
    public int subtype() {
        return MptcpConstants.SUBTYPE_MP_JOIN;
    }

    @Override
    public int length() {
        return MptcpConstants.LEN_JOIN_SYN;
    }

    @Override
    public void writeTo(WireWriter out) {
        out.u8(kind()).u8(length()).u8(MptcpConstants.subtypeByte(subtype(), backup ? MptcpConstants.JOIN_BACKUP : 0))
                .u8(addressId).u32(receiverToken).u32(senderNonce);
    }
}
