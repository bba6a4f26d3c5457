package org.mptcplab.engine.wire;

import java.util.OptionalInt;

/**
 * MP_CAPABLE on the first data segment from the initiator (RFC 8684 §3.1, length 22, or 24 with
 * the DSS checksum): both keys plus the data-level length of the implicit mapping (DSN = IDSN + 1,
 * subflow sequence 1). Wireshark: {@code tcp.options.mptcp.datalvllen},
 * {@code tcp.options.mptcp.checksum}.
 *
 * @param version 0..15; the decoder accepts only 1
 * @param flags {@link MpCapableFlags} bits, 0..255
 * @param senderKey key of this segment's sender
 * @param receiverKey key of this segment's receiver
 * @param dataLength data-level length, 0..65535
 * @param checksum DSS checksum (0..65535) when checksums were negotiated
 */
public record MpCapableAckData(int version, int flags, long senderKey, long receiverKey, int dataLength,
        OptionalInt checksum) implements MptcpOption {
    /** Validates field ranges. */
    public MpCapableAckData {
        Check.range("version", version, 0, 0xF);
        Check.range("flags", flags, 0, 0xFF);
        Check.range("dataLength", dataLength, 0, 0xFFFF);
        Check.notNull("checksum", checksum);
        if (checksum.isPresent()) {
            Check.range("checksum", checksum.getAsInt(), 0, 0xFFFF);
        }
    }

    @Override
    public int subtype() {
        return MptcpConstants.SUBTYPE_MP_CAPABLE;
    }

    @Override
    public int length() {
        return checksum.isPresent() ? MptcpConstants.LEN_CAPABLE_ACK_DATA_CSUM : MptcpConstants.LEN_CAPABLE_ACK_DATA;
    }

    @Override
    public void writeTo(WireWriter out) {
        out.u8(kind()).u8(length()).u8(MptcpConstants.subtypeByte(subtype(), version)).u8(flags)
                .u64(senderKey).u64(receiverKey).u16(dataLength);
        if (checksum.isPresent()) {
            out.u16(checksum.getAsInt());
        }
    }
}
