package org.mptcplab.engine.wire;

import java.util.OptionalInt;

import static org.mptcplab.engine.wire.DecodeException.Reason.BAD_LENGTH;
import static org.mptcplab.engine.wire.DecodeException.Reason.BAD_VERSION;
import static org.mptcplab.engine.wire.DecodeException.Reason.WRONG_CONTEXT;

/**
 * MP_CAPABLE (RFC 8684 §3.1) and MP_JOIN (§3.2) decoding. Their length selects the form and each
 * form belongs to one handshake segment: MP_CAPABLE 4 on SYN, 12 on SYN/ACK, 20 on ACK, 22/24 on
 * ACK with payload; MP_JOIN 12 on SYN, 16 on SYN/ACK, 24 on ACK without SYN.
 */
final class MptcpHandshakeDecoder {
    private MptcpHandshakeDecoder() {}

    static MptcpOption capable(byte[] buf, int at, int length, SegmentContext context) {
        if (length < MptcpConstants.LEN_CAPABLE_SYN) {
            throw new DecodeException(BAD_LENGTH, at + 1, "MP_CAPABLE has length " + length + ", minimum 4");
        }
        int version = Bytes.u8(buf, at + 2) & 0x0F;
        if (version != MptcpConstants.VERSION) {
            throw new DecodeException(BAD_VERSION, at + 2, "MP_CAPABLE version " + version
                    + " (this codec speaks MPTCP v1, RFC 8684; v0 is RFC 6824)");
        }
        int flags = Bytes.u8(buf, at + 3);
        switch (length) {
            case MptcpConstants.LEN_CAPABLE_SYN:
                requireContext(at, context.synOnly(), "MP_CAPABLE length 4 belongs on a SYN", context);
                return new MpCapableSyn(version, flags);
            case MptcpConstants.LEN_CAPABLE_SYNACK:
                requireContext(at, context.synAck(), "MP_CAPABLE length 12 belongs on a SYN/ACK", context);
                return new MpCapableSynAck(version, flags, Bytes.u64(buf, at + 4));
            case MptcpConstants.LEN_CAPABLE_ACK:
                requireContext(at, context.ackNoSyn(), "MP_CAPABLE length 20 belongs on an ACK without SYN", context);
                return new MpCapableAck(version, flags, Bytes.u64(buf, at + 4), Bytes.u64(buf, at + 12));
            case MptcpConstants.LEN_CAPABLE_ACK_DATA:
            case MptcpConstants.LEN_CAPABLE_ACK_DATA_CSUM:
                requireContext(at, context.ackNoSyn() && context.payloadLength() > 0,
                        "MP_CAPABLE length " + length + " belongs on an ACK carrying data", context);
                OptionalInt checksum = length == MptcpConstants.LEN_CAPABLE_ACK_DATA_CSUM
                        ? OptionalInt.of(Bytes.u16(buf, at + 22)) : OptionalInt.empty();
                return new MpCapableAckData(version, flags, Bytes.u64(buf, at + 4), Bytes.u64(buf, at + 12),
                        Bytes.u16(buf, at + 20), checksum);
            default:
                throw new DecodeException(BAD_LENGTH, at + 1,
                        "MP_CAPABLE length " + length + " is none of 4, 12, 20, 22, 24");
        }
    }

    static MptcpOption join(byte[] buf, int at, int length, SegmentContext context) {
        switch (length) {
            case MptcpConstants.LEN_JOIN_SYN:
                requireContext(at, context.synOnly(), "MP_JOIN length 12 belongs on a SYN", context);
                MptcpOptionDecoder.requireReserved(buf, at + 2, 0x0E, "MP_JOIN reserved bits");
                return new MpJoinSyn(backup(buf, at), Bytes.u8(buf, at + 3), Bytes.u32(buf, at + 4),
                        Bytes.u32(buf, at + 8));
            case MptcpConstants.LEN_JOIN_SYNACK:
                requireContext(at, context.synAck(), "MP_JOIN length 16 belongs on a SYN/ACK", context);
                MptcpOptionDecoder.requireReserved(buf, at + 2, 0x0E, "MP_JOIN reserved bits");
                return new MpJoinSynAck(backup(buf, at), Bytes.u8(buf, at + 3), Bytes.u64(buf, at + 4),
                        Bytes.u32(buf, at + 12));
            case MptcpConstants.LEN_JOIN_ACK:
                requireContext(at, context.ackNoSyn(), "MP_JOIN length 24 belongs on an ACK without SYN", context);
                MptcpOptionDecoder.requireReserved(buf, at + 2, 0x0F, "MP_JOIN ACK reserved bits");
                MptcpOptionDecoder.requireReserved(buf, at + 3, 0xFF, "MP_JOIN ACK reserved byte");
                return new MpJoinAck(Bytes.slice(buf, at + 4, MptcpConstants.JOIN_ACK_HMAC_LENGTH));
            default:
                throw new DecodeException(BAD_LENGTH, at + 1, "MP_JOIN length " + length + " is none of 12, 16, 24");
        }
    }

    private static boolean backup(byte[] buf, int at) {
        return (Bytes.u8(buf, at + 2) & MptcpConstants.JOIN_BACKUP) != 0;
    }

    private static void requireContext(int at, boolean valid, String rule, SegmentContext context) {
        if (!valid) {
            throw new DecodeException(WRONG_CONTEXT, at, rule + ", not on a " + context);
        }
    }
}
