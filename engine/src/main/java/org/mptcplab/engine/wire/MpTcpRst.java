package org.mptcplab.engine.wire;

/**
 * MP_TCPRST (RFC 8684 §3.6): {@code 1e 04 (80|U V W T) reason}, sent on a RST to say why a subflow
 * was reset. Wireshark: {@code tcp.options.mptcp.flag_T.flag}, {@code tcp.options.mptcp.rst_reason}.
 *
 * @param flags U 0x08, V 0x04, W 0x02, T 0x01 ({@link MptcpConstants}{@code .TCPRST_*}), 0..15
 * @param reason {@link MptcpConstants}{@code .RST_*} code, 0..255
 */
public record MpTcpRst(int flags, int reason) implements MptcpOption {
    /** Validates field ranges. */
    public MpTcpRst {
        Check.range("flags", flags, 0, 0xF);
        Check.range("reason", reason, 0, 0xFF);
    }

    @Override
    public int subtype() {
        return MptcpConstants.SUBTYPE_MP_TCPRST;
    }

    @Override
    public int length() {
        return MptcpConstants.LEN_MP_TCPRST;
    }

    @Override
    public void writeTo(WireWriter out) {
        out.u8(kind()).u8(length()).u8(MptcpConstants.subtypeByte(subtype(), flags)).u8(reason);
    }
}
