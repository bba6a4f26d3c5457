package org.mptcplab.engine.wire;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * MP_JOIN on the third ACK (RFC 8684 §3.2, length 24): {@code 1e 18 10 00 | HMAC (20)}, the leftmost
 * 160 bits of HMAC-SHA256. The 12 bits after the subtype are reserved and zero. Wireshark:
 * {@code tcp.options.mptcp.sendhmac}. Equality is by content.
 *
 * @param hmac exactly 20 bytes (copied)
 */
public record MpJoinAck(byte[] hmac) implements MptcpOption {
    /** Validates and copies the HMAC. */
    public MpJoinAck {
        Check.notNull("hmac", hmac);
        Check.range("hmac length", hmac.length, MptcpConstants.JOIN_ACK_HMAC_LENGTH,
                MptcpConstants.JOIN_ACK_HMAC_LENGTH);
        hmac = hmac.clone();
    }

    /** A copy of the HMAC bytes. */
    @Override
    public byte[] hmac() {
        return hmac.clone();
    }

    @Override
    public int subtype() {
        return MptcpConstants.SUBTYPE_MP_JOIN;
    }

    @Override
    public int length() {
        return MptcpConstants.LEN_JOIN_ACK;
    }

    @Override
    public void writeTo(WireWriter out) {
        out.u8(kind()).u8(length()).u8(MptcpConstants.subtypeByte(subtype(), 0)).u8(0).bytes(hmac);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MpJoinAck that && Arrays.equals(hmac, that.hmac);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hmac);
    }

    @Override
    public String toString() {
        return "MpJoinAck[hmac=" + HexFormat.of().formatHex(hmac) + "]";
    }
}
