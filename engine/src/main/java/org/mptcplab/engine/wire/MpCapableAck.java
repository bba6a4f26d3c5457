package org.mptcplab.engine.wire;

/**
 * MP_CAPABLE on the third ACK (RFC 8684 §3.1, length 20): {@code 1e 14 01 flags | sender key (8) |
 * receiver key (8)}. Wireshark: {@code tcp.options.mptcp.sendkey}, {@code tcp.options.mptcp.recvkey}.
 *
 * @param version 0..15; the decoder accepts only 1
 * @param flags {@link MpCapableFlags} bits, 0..255
 * @param senderKey key of this segment's sender
 * @param receiverKey key of this segment's receiver
 */
public record MpCapableAck(int version, int flags, long senderKey, long receiverKey) implements MptcpOption {
    /** Validates field ranges. */
    public MpCapableAck {
        Check.range("version", version, 0, 0xF);
        Check.range("flags", flags, 0, 0xFF);
    }

    /** Version 1 with the given flags and keys. */
    public static MpCapableAck v1(int flags, long senderKey, long receiverKey) {
        return new MpCapableAck(MptcpConstants.VERSION, flags, senderKey, receiverKey);
    }

    @Override
    public int subtype() {
        return MptcpConstants.SUBTYPE_MP_CAPABLE;
    }

    @Override
    public int length() {
        return MptcpConstants.LEN_CAPABLE_ACK;
    }

    @Override
    public void writeTo(WireWriter out) {
        out.u8(kind()).u8(length()).u8(MptcpConstants.subtypeByte(subtype(), version)).u8(flags)
                .u64(senderKey).u64(receiverKey);
    }
}
