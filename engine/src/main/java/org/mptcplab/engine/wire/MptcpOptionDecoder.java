package org.mptcplab.engine.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

import static org.mptcplab.engine.wire.DecodeException.Reason.BAD_LENGTH;
import static org.mptcplab.engine.wire.DecodeException.Reason.BAD_VALUE;

/**
 * Strict decoder of MPTCP v1 options (RFC 8684 §3). Reserved bits must be zero (the RFC lets a
 * receiver ignore them, but accepting them would break exact re-encoding); lengths must be one of
 * the subtype's forms. Handshake forms are in {@link MptcpHandshakeDecoder}.
 */
final class MptcpOptionDecoder {
    private MptcpOptionDecoder() {}

    /** Decodes the option of {@code length} bytes at {@code at}; kind and length are already checked. */
    static TcpOption decode(byte[] buf, int at, int length, SegmentContext context) {
        if (length < 3) {
            throw new DecodeException(BAD_LENGTH, at + 1, "MPTCP option of length " + length + " has no subtype");
        }
        int subtype = Bytes.u8(buf, at + 2) >>> 4;
        return switch (subtype) {
            case MptcpConstants.SUBTYPE_MP_CAPABLE -> MptcpHandshakeDecoder.capable(buf, at, length, context);
            case MptcpConstants.SUBTYPE_MP_JOIN -> MptcpHandshakeDecoder.join(buf, at, length, context);
            case MptcpConstants.SUBTYPE_DSS -> dss(buf, at, length);
            case MptcpConstants.SUBTYPE_ADD_ADDR -> addAddr(buf, at, length);
            case MptcpConstants.SUBTYPE_REMOVE_ADDR -> removeAddr(buf, at, length);
            case MptcpConstants.SUBTYPE_MP_PRIO -> mpPrio(buf, at, length);
            case MptcpConstants.SUBTYPE_MP_FAIL -> new MpFail(keyLike(buf, at, length, MptcpConstants.LEN_MP_FAIL));
            case MptcpConstants.SUBTYPE_MP_FASTCLOSE ->
                    new MpFastclose(keyLike(buf, at, length, MptcpConstants.LEN_MP_FASTCLOSE));
            case MptcpConstants.SUBTYPE_MP_TCPRST -> mpTcpRst(buf, at, length);
            default -> new UnknownOption(TcpConstants.KIND_MPTCP, Bytes.slice(buf, at + 2, length - 2));
        };
    }

    private static Dss dss(byte[] buf, int at, int length) {
        requireMinLength(at, length, MptcpConstants.LEN_DSS_BASE, "DSS");
        requireReserved(buf, at + 2, 0x0F, "DSS reserved bits after the subtype");
        int flags = Bytes.u8(buf, at + 3);
        requireReserved(buf, at + 3, 0xE0, "DSS reserved flag bits");
        boolean hasAck = (flags & MptcpConstants.DSS_ACK) != 0;
        boolean ack8 = (flags & MptcpConstants.DSS_ACK8) != 0;
        boolean hasMap = (flags & MptcpConstants.DSS_MAPPING) != 0;
        boolean dsn8 = (flags & MptcpConstants.DSS_DSN8) != 0;
        if (ack8 && !hasAck) {
            throw new DecodeException(BAD_VALUE, at + 3, "DSS flag a (8-byte data ACK) without flag A");
        }
        if (dsn8 && !hasMap) {
            throw new DecodeException(BAD_VALUE, at + 3, "DSS flag m (8-byte DSN) without flag M");
        }
        int ackBytes = hasAck ? (ack8 ? 8 : 4) : 0;
        int mapBytes = hasMap ? (dsn8 ? 8 : 4) + 4 + 2 : 0;
        int base = MptcpConstants.LEN_DSS_BASE + ackBytes + mapBytes;
        boolean checksum = hasMap && length == base + 2;
        if (length != base && !checksum) {
            throw new DecodeException(BAD_LENGTH, at + 1, "DSS with flags 0x" + Integer.toHexString(flags)
                    + " has length " + length + ", expected " + base + (hasMap ? " or " + (base + 2) : ""));
        }
        int p = at + MptcpConstants.LEN_DSS_BASE;
        OptionalLong dataAck = OptionalLong.empty();
        if (hasAck) {
            dataAck = OptionalLong.of(ack8 ? Bytes.u64(buf, p) : Integer.toUnsignedLong(Bytes.u32(buf, p)));
            p += ackBytes;
        }
        Dss.Mapping mapping = null;
        if (hasMap) {
            long dsn = dsn8 ? Bytes.u64(buf, p) : Integer.toUnsignedLong(Bytes.u32(buf, p));
            p += dsn8 ? 8 : 4;
            OptionalInt sum = checksum ? OptionalInt.of(Bytes.u16(buf, p + 6)) : OptionalInt.empty();
            mapping = new Dss.Mapping(dsn, Bytes.u32(buf, p), Bytes.u16(buf, p + 4), sum);
        }
        return new Dss((flags & MptcpConstants.DSS_DATA_FIN) != 0, dataAck, ack8, mapping, dsn8);
    }

    private static AddAddr addAddr(byte[] buf, int at, int length) {
        requireReserved(buf, at + 2, 0x0E, "ADD_ADDR reserved bits");
        boolean echo = (Bytes.u8(buf, at + 2) & MptcpConstants.ADD_ADDR_ECHO) != 0;
        int hmac = echo ? 0 : MptcpConstants.LEN_ADD_ADDR_HMAC;
        int addressBytes = -1;
        boolean port = false;
        for (int candidate : new int[] {4, 16}) {
            int plain = MptcpConstants.LEN_ADD_ADDR_BASE + candidate + hmac;
            if (length == plain || length == plain + MptcpConstants.LEN_ADD_ADDR_PORT) {
                addressBytes = candidate;
                port = length != plain;
            }
        }
        if (addressBytes < 0) {
            throw new DecodeException(BAD_LENGTH, at + 1, "ADD_ADDR " + (echo ? "echo " : "") + "length " + length
                    + " fits no address family (" + (echo ? "8, 10, 20, 22" : "16, 18, 28, 30") + ")");
        }
        int p = at + MptcpConstants.LEN_ADD_ADDR_BASE;
        IpAddress address = addressBytes == 4 ? Ipv4Address.fromBytes(buf, p) : Ipv6Address.fromBytes(buf, p);
        p += addressBytes;
        OptionalInt portValue = port ? OptionalInt.of(Bytes.u16(buf, p)) : OptionalInt.empty();
        p += port ? MptcpConstants.LEN_ADD_ADDR_PORT : 0;
        OptionalLong truncated = echo ? OptionalLong.empty() : OptionalLong.of(Bytes.u64(buf, p));
        return new AddAddr(echo, Bytes.u8(buf, at + 3), address, portValue, truncated);
    }

    private static RemoveAddr removeAddr(byte[] buf, int at, int length) {
        if (length < MptcpConstants.LEN_REMOVE_ADDR_BASE + 1) {
            throw new DecodeException(BAD_LENGTH, at + 1, "REMOVE_ADDR without any address id");
        }
        requireReserved(buf, at + 2, 0x0F, "REMOVE_ADDR reserved bits");
        List<Integer> ids = new ArrayList<>();
        for (int i = at + MptcpConstants.LEN_REMOVE_ADDR_BASE; i < at + length; i++) {
            ids.add(Bytes.u8(buf, i));
        }
        return new RemoveAddr(ids);
    }

    private static MpPrio mpPrio(byte[] buf, int at, int length) {
        requireExactLength(at, length, MptcpConstants.LEN_MP_PRIO, "MP_PRIO");
        requireReserved(buf, at + 2, 0x0E, "MP_PRIO reserved bits");
        return new MpPrio((Bytes.u8(buf, at + 2) & MptcpConstants.PRIO_BACKUP) != 0);
    }

    private static MpTcpRst mpTcpRst(byte[] buf, int at, int length) {
        requireExactLength(at, length, MptcpConstants.LEN_MP_TCPRST, "MP_TCPRST");
        return new MpTcpRst(Bytes.u8(buf, at + 2) & 0x0F, Bytes.u8(buf, at + 3));
    }

    /** MP_FAIL and MP_FASTCLOSE: subtype, 12 reserved bits, one 64-bit value. */
    private static long keyLike(byte[] buf, int at, int length, int expected) {
        String name = Bytes.u8(buf, at + 2) >>> 4 == MptcpConstants.SUBTYPE_MP_FAIL ? "MP_FAIL" : "MP_FASTCLOSE";
        requireExactLength(at, length, expected, name);
        requireReserved(buf, at + 2, 0x0F, name + " reserved bits");
        requireReserved(buf, at + 3, 0xFF, name + " reserved byte");
        return Bytes.u64(buf, at + 4);
    }

    static void requireExactLength(int at, int length, int expected, String name) {
        if (length != expected) {
            throw new DecodeException(BAD_LENGTH, at + 1, name + " has length " + length + ", expected " + expected);
        }
    }

    private static void requireMinLength(int at, int length, int minimum, String name) {
        if (length < minimum) {
            throw new DecodeException(BAD_LENGTH, at + 1, name + " has length " + length + ", minimum " + minimum);
        }
    }

    static void requireReserved(byte[] buf, int offset, int mask, String what) {
        if ((Bytes.u8(buf, offset) & mask) != 0) {
            throw new DecodeException(BAD_VALUE, offset, what + " must be zero");
        }
    }
}
