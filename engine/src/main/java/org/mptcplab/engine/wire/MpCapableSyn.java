package org.mptcplab.engine.wire;

/**
 * MP_CAPABLE on a SYN, v1 (RFC 8684 §3.1, length 4, no key): {@code 1e 04 01 flags}.
 * Wireshark: {@code tcp.options.mptcp.version}, {@code tcp.options.mptcp.flags}.
 *
 * @param version 0..15; the decoder accepts only 1
 * @param flags {@link MpCapableFlags} bits, 0..255
 */
public record MpCapableSyn(int version, int flags) implements MptcpOption {
    /** Validates field ranges. */
    public MpCapableSyn {
        Check.range("version", version, 0, 0xF);
        Check.range("flags", flags, 0, 0xFF);
    }

    /** Version 1 with the given flags. */
    public static MpCapableSyn v1(int flags) {
        return new MpCapableSyn(MptcpConstants.VERSION, flags);
    }

    @Override
    public int subtype() {
        return MptcpConstants.SUBTYPE_MP_CAPABLE;
    }

    @Override
    public int length() {
        return MptcpConstants.LEN_CAPABLE_SYN;
    }

    @Override
    public void writeTo(WireWriter out) {
        out.u8(kind()).u8(length()).u8(MptcpConstants.subtypeByte(subtype(), version)).u8(flags);
    }
}
