package org.mptcplab.engine.wire;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * Any option this package does not model, kept verbatim: kind, then the bytes after the length byte.
 * Also MPTCP (kind 30) options whose subtype is not one of RFC 8684's (subtype 9..15, e.g. 0xf
 * MP_EXPERIMENTAL). Kinds that have a dedicated record are refused, so each byte string has exactly
 * one representation. Equality is by content.
 *
 * @param kind option kind
 * @param data bytes after kind and length (copied)
 */
public record UnknownOption(int kind, byte[] data) implements TcpOption {
    /** Validates the kind and copies the data. */
    public UnknownOption {
        Check.range("kind", kind, 0, 0xFF);
        Check.notNull("data", data);
        Check.range("data length", data.length, 0, 0xFF - 2);
        if (TcpOptionCodec.hasDedicatedRecord(kind)) {
            throw new IllegalArgumentException("kind " + kind + " has its own record type");
        }
        if (kind == TcpConstants.KIND_MPTCP
                && (data.length == 0 || (data[0] & 0xFF) >>> 4 <= MptcpConstants.MAX_KNOWN_SUBTYPE)) {
            throw new IllegalArgumentException("MPTCP option with a known or missing subtype needs its own record");
        }
        data = data.clone();
    }

    /** A copy of the data bytes. */
    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public int length() {
        return 2 + data.length;
    }

    @Override
    public void writeTo(WireWriter out) {
        out.u8(kind).u8(length()).bytes(data);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UnknownOption that && kind == that.kind && Arrays.equals(data, that.data);
    }

    @Override
    public int hashCode() {
        return 31 * kind + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "UnknownOption[kind=" + kind + ", data=" + HexFormat.of().formatHex(data) + "]";
    }
}
