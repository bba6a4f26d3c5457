package org.mptcplab.engine.wire;

/**
 * MP_CAPABLE on a SYN/ACK (RFC 8684 §3.1, length 12): {@code 1e 0c 01 flags | key (8)}, the key of
 * the SYN/ACK's sender. The C flag here is the ICNP 2017 fix. Wireshark:
 * {@code tcp.options.mptcp.sendkey}.
 *
 * @param version 0..15; the decoder accepts only 1
 * @param flags {@link MpCapableFlags} bits, 0..255
 * @param key the sender's 64-bit key
 */
public record MpCapableSynAck(int version, int flags, long key) implements MptcpOption {
    /** Validates field ranges. */
    public MpCapableSynAck {
        Check.range("version", version, 0, 0xF);
        Check.range("flags", flags, 0, 0xFF);
    }

    /** Version 1 with the given flags and key. */
    public static MpCapableSynAck v1(int flags, long key) {
        return new MpCapableSynAck(MptcpConstants.VERSION, flags, key);
    }

    @Override
    public int subtype() {
        return MptcpConstants.SUBTYPE_MP_CAPABLE;
    }

    @Override
    public int length() {
        return MptcpConstants.LEN_CAPABLE_SYNACK;
    }

    @Override
    public void writeTo(WireWriter out) {
        out.u8(kind()).u8(length()).u8(MptcpConstants.subtypeByte(subtype(), version)).u8(flags).u64(key);
    }
}
