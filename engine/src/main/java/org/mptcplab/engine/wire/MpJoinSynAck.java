package org.mptcplab.engine.wire;

/**
 * MP_JOIN on a SYN/ACK (RFC 8684 §3.2, length 16): {@code 1e 10 (10|B) id | truncated HMAC (8) |
 * sender's random (4)}. Wireshark: {@code tcp.options.mptcp.sendtrunchmac},
 * {@code tcp.options.mptcp.sendrand}.
 *
 * @param backup flag B
 * @param addressId 0..255
 * @param truncatedHmac leftmost 64 bits of the HMAC
 * @param senderNonce R-B
 */
public record MpJoinSynAck(boolean backup, int addressId, long truncatedHmac, int senderNonce)
        implements MptcpOption {
    /** Validates field ranges. */
    public MpJoinSynAck {
        Check.range("addressId", addressId, 0, 0xFF);
    }

    @Override
    public int subtype() {
        return MptcpConstants.SUBTYPE_MP_JOIN;
    }

    @Override
    public int length() {
        return MptcpConstants.LEN_JOIN_SYNACK;
    }

    @Override
    public void writeTo(WireWriter out) {
        out.u8(kind()).u8(length()).u8(MptcpConstants.subtypeByte(subtype(), backup ? MptcpConstants.JOIN_BACKUP : 0))
                .u8(addressId).u64(truncatedHmac).u32(senderNonce);
    }
}
